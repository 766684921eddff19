import { Case, Report } from '@hub/cases';
import { Proceeding } from '@hub/legal';
import { Partner } from '@hub/partners';
import { Service } from '@hub/services';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphOrm } from '../database';
import { demoCaseRows, demoProceedingRows } from './cases';
import { demoPartnerRows } from './partners';
import { demoServiceRows } from './services';

export interface SeedResult {
  partners: number;
  services: number;
  cases: number;
  proceedings: number;
}

async function withOrm<T>(orm: Promise<MikroORM>, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const opened = await orm;
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

/**
 * Loads the synthetic demo data, each subgraph's part through its own role. Idempotent: a part
 * already present (its first row exists) is left as it is, so restarts keep whatever changed.
 */
export async function seedDemoData(adminUrl: string, roleSecret: string): Promise<SeedResult> {
  const result: SeedResult = { partners: 0, services: 0, cases: 0, proceedings: 0 };
  const partners = demoPartnerRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'partners'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Partner, { id: partners[0].id }))) {
      partners.forEach((row) => em.create(Partner, row));
      await em.flush();
      result.partners = partners.length;
    }
  });
  const services = demoServiceRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'services'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Service, { id: services[0].id }))) {
      services.forEach((row) => em.create(Service, row));
      await em.flush();
      result.services = services.length;
    }
  });
  const cases = demoCaseRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'cases'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Case, { id: cases[0].id }))) {
      for (const { report, ...row } of cases) {
        const kase = em.create(Case, row);
        em.create(Report, { ...report, case: kase });
      }
      await em.flush();
      result.cases = cases.length;
    }
  });
  const proceedings = demoProceedingRows();
  await withOrm(openSubgraphOrm(adminUrl, roleSecret, 'legal'), async (orm) => {
    const em = orm.em.fork();
    if (!(await em.findOne(Proceeding, { id: proceedings[0].id }))) {
      proceedings.forEach((row) => em.create(Proceeding, row));
      await em.flush();
      result.proceedings = proceedings.length;
    }
  });
  return result;
}
