import type { DataCategory, ServiceType } from '@hub/common';
import type { GraphQLResponse, TestHub } from './hub';

/**
 * A test's own world, made through the API as a user would make it (after the graphql-hive
 * console's integration testkit): open a case, grant consent, refer to a service. Each returns the
 * ids it made, so a test needs no demo ids and runs alone and in any order. The catalogue and the
 * partner directory are the hub's reference data; everything about a case is made here.
 */
export interface Kit {
  /** A Centre case worker's token: the one who records cases and grants. */
  readonly worker: string;
  /** Runs an operation and fails the test, showing the errors, if any came back. */
  data<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  /** Reports a new synthetic case (an adult foreign woman, reported by an NGO). */
  openCase(
    person?: Record<string, unknown>,
  ): Promise<{ id: string; code: string; reportId: string }>;
  /** Closes the case (support completed): from then on it is sealed to CORE. */
  closeCase(caseId: string): Promise<void>;
  /** Records the victim's consent for `grantee` to see `categories` of the case. */
  grantConsent(
    caseId: string,
    grantee: string,
    categories: (DataCategory | `${DataCategory}`)[],
    more?: Record<string, unknown>,
  ): Promise<string>;
  /** The catalogue service of this type that `provider` offers, and what it needs to see. */
  service(
    provider: string,
    type: ServiceType | `${ServiceType}`,
  ): Promise<{ id: string; requiredCategories: DataCategory[] }>;
  /** Grants the provider what the service needs and refers the case to it. */
  refer(caseId: string, provider: string, type: ServiceType | `${ServiceType}`): Promise<string>;
}

const REPORT_CASE = `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id code reports { id } } }`;
const CLOSE_CASE = `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }`;
const GRANT = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const SERVICES = `query ($type: ServiceType!) { services(type: $type, first: 500) { id requiredCategories provider { code } } }`;
export const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;

export async function createKit(hub: TestHub): Promise<Kit> {
  const worker = await hub.token('centre', ['CASE_WORKER']);
  const data: Kit['data'] = async (token, query, variables) => {
    const response: GraphQLResponse = await hub.query(token, query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data as never;
  };
  const kit: Kit = {
    worker,
    data,
    openCase: async (person = {}) => {
      const { reportCase } = await data<{
        reportCase: { id: string; code: string; reports: { id: string }[] };
      }>(worker, REPORT_CASE, {
        input: {
          report: { channel: 'NGO', reportingPartner: 'astra', urgency: 'NORMAL' },
          person: {
            givenName: 'Synthetic',
            sex: 'FEMALE',
            dateOfBirth: '1995-05-05',
            citizenship: 'UA',
            ...person,
          },
          caseWorkerName: 'Synthetic case worker',
        },
      });
      return { id: reportCase.id, code: reportCase.code, reportId: reportCase.reports[0].id };
    },
    closeCase: async (caseId) => {
      await data(worker, CLOSE_CASE, { input: { caseId, reason: 'SUPPORT_COMPLETED' } });
    },
    grantConsent: async (caseId, grantee, categories, more = {}) => {
      const { grantConsent } = await data<{ grantConsent: { id: string } }>(worker, GRANT, {
        input: {
          caseId,
          grantee,
          categories: [...new Set(categories)],
          purpose: 'SERVICE_DELIVERY',
          legalBasis: 'CONSENT',
          givenBy: 'VICTIM',
          evidence: 'SYNTHETIC-FORM',
          ...more,
        },
      });
      return grantConsent.id;
    },
    service: async (provider, type) => {
      const { services } = await data<{
        services: { id: string; requiredCategories: DataCategory[]; provider: { code: string } }[];
      }>(worker, SERVICES, { type });
      const found = services.find((s) => s.provider.code === provider);
      if (!found) {
        throw new Error(`The catalogue has no ${type} service of ${provider}.`);
      }
      return { id: found.id, requiredCategories: found.requiredCategories };
    },
    refer: async (caseId, provider, type) => {
      const service = await kit.service(provider, type);
      await kit.grantConsent(caseId, provider, ['PLAN', ...service.requiredCategories]);
      const { createReferral } = await data<{ createReferral: { id: string } }>(
        worker,
        CREATE_REFERRAL,
        { input: { caseId, serviceId: service.id, note: 'Synthetic referral.' } },
      );
      return createReferral.id;
    },
  };
  return kit;
}
