import {
  forbidden,
  grantStore,
  keysetPage,
  searchKey,
  searchKeySql,
  searchPattern,
  type Connection,
  type HubContext,
  type PageRequest,
  byKey,
} from '@hub/common';
import { IsDate, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Case } from './case.entity';
import { CaseStatus } from './case.types';

@InputType({
  description:
    'What to look for among cases. Every part given must match. Text and municipality concern the person and are for Centre case staff; a partner may search by code, status, case worker and dates.',
})
export class CaseSearch {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the case code, any case (e.g. "2026-01").',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  code?: string | null;

  @Field(() => CaseStatus, { nullable: true, description: 'Only cases in this status.' })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the responsible case worker’s name, in either script and any case.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  caseWorker?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The person’s municipality, in either script and any case (e.g. "Ниш" or "nis"). Centre case staff.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  municipality?: string | null;

  @Field({ nullable: true, description: 'Only cases opened at or after this time.' })
  @IsOptional()
  @IsDate()
  openedFrom?: Date;

  @Field({ nullable: true, description: 'Only cases opened before this time.' })
  @IsOptional()
  @IsDate()
  openedTo?: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Words in the code or the person’s given or family name, in either script and any case. Centre case staff.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  text?: string | null;
}

/**
 * The cases the caller may see that match `search`, newest first (opened, then id), one page at
 * a time. Partners see only cases their partner holds an active grant for, and may not search by
 * what concerns the person (its LOCATION or IDENTITY): a match would tell them what they may not
 * see. totalCount counts only cases the caller may see.
 */
export function searchCases(
  ctx: HubContext,
  search: CaseSearch | null | undefined,
  page: PageRequest,
): Promise<Connection<Case>> {
  const { consent } = ctx;
  const centre = !consent.enforce || consent.isCentreCaseStaff;
  if (!centre && (search?.text || search?.municipality)) {
    throw forbidden('Searching cases by text or municipality is done by Centre case staff.');
  }
  const where: string[] = [];
  const params: unknown[] = [];
  if (!centre) {
    // Analysts and administrators see no case; a partner, the cases it holds grants for.
    const granted = consent.isPartner
      ? grantStore.grantedCases('c.id', ctx.caller.partner)
      : { sql: 'false', params: [] };
    where.push(granted.sql);
    params.push(...granted.params);
  }
  if (search?.code) {
    where.push(`lower(c.code) like ?`);
    params.push(
      `%${search.code
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  }
  if (search?.status) {
    where.push('c.status = ?');
    params.push(search.status);
  }
  if (search?.caseWorker) {
    where.push(`${searchKeySql('c.case_worker_name')} like ?`);
    params.push(searchPattern(search.caseWorker));
  }
  if (search?.municipality) {
    where.push(`${searchKeySql('c.person_municipality')} = ?`);
    params.push(searchKey(search.municipality.trim()));
  }
  if (search?.openedFrom) {
    where.push('c.opened_at >= ?');
    params.push(search.openedFrom);
  }
  if (search?.openedTo) {
    where.push('c.opened_at < ?');
    params.push(search.openedTo);
  }
  if (search?.text) {
    const columns = ['c.code', 'c.person_given_name', 'c.person_family_name'];
    where.push(`(${columns.map((column) => `${searchKeySql(column)} like ?`).join(' or ')})`);
    params.push(...columns.map(() => searchPattern(search.text ?? '')));
  }
  return keysetPage(
    ctx.em,
    {
      from: `from cases."case" c${where.length ? ` where ${where.join(' and ')}` : ''}`,
      params,
      keys: [{ sql: 'c.opened_at', type: 'timestamptz' }],
      id: 'c.id',
      direction: 'desc',
    },
    page,
    async (ids) => byKey(ids, await ctx.em.find(Case, { id: { $in: ids } }), (row) => row.id),
    true,
  );
}
