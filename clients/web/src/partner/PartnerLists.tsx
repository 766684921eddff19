import { Anchor, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { refusedCategory, visible } from '../api/errors';
import { useSession } from '../auth/session';
import {
  PartnerCasesDocument,
  PartnerHearingsDocument,
  PartnerPlanItemsDocument,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { HearingOutcomeForm } from '../case/sections/HearingForms';
import { MoveItemForm, PARTNER_MOVES } from '../case/sections/PlanItemForms';
import { CaseCodeCell } from '../ui/CaseCodeCell';
import { Loading } from '../ui/Loading';

/** The cases this partner holds an active grant for (the API lists no other). */
export function PartnerCases() {
  const { t, label, show } = useI18n();
  const [{ data, error }] = useQuery({ query: PartnerCasesDocument });
  if (!data) {
    return <Loading />;
  }
  return (
    <>
      <Title order={1} mb="md">
        {t('nav.partnerCases')}
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.code')}</Table.Th>
            <Table.Th>{t('case.name')}</Table.Th>
            <Table.Th>{t('cases.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.cases.map((c, i) => {
            const refused = error?.graphQLErrors.some(
              (e) =>
                e.path?.[1] === i &&
                e.path?.[2] === 'person' &&
                e.extensions?.code === 'CONSENT_REQUIRED',
            );
            const name = [c.person.givenName, c.person.familyName].filter(Boolean).join(' ');
            return (
              <Table.Tr key={c.id}>
                <CaseCodeCell id={c.id} code={c.code} />
                <Table.Td>
                  {name
                    ? show(name)
                    : refused
                      ? t('consent.notShared', { category: label('DataCategory', 'IDENTITY') })
                      : t('common.notRecorded')}
                </Table.Td>
                <Table.Td>{label('CaseStatus', c.status)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}

/**
 * Plan items this partner is responsible for, on cases it holds PLAN consent for; it reports each
 * in progress and done (the moves the API lets a responsible partner make).
 */
export function PartnerPlanItems() {
  const { t, label, show, date } = useI18n();
  const session = useSession();
  const [{ data, error }, reexecute] = useQuery({ query: PartnerPlanItemsDocument });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (!data) {
    return <Loading />;
  }
  // Cases whose plan this partner may not see: said so, never left out silently.
  const refused = data.cases.flatMap((c, i) => {
    const category = refusedCategory(error, ['cases', i, 'protectionPlan']);
    return category ? [{ id: c.id, code: c.code, category }] : [];
  });
  const items = data.cases.flatMap((c) =>
    (c.protectionPlan?.items ?? [])
      .filter((item) => item.responsiblePartner?.code === session?.partner)
      .map((item) => ({ ...item, caseId: c.id, code: c.code })),
  );
  return (
    <>
      <Title order={1} mb="md">
        {t('nav.planItems')}
      </Title>
      {items.length === 0 && <Text>{t('common.nothingYet')}</Text>}
      <Table striped>
        <Table.Tbody>
          {refused.map((c) => (
            <Table.Tr key={c.id}>
              <CaseCodeCell id={c.id} code={c.code} />
              <Table.Td colSpan={4}>
                <Text component="span" fs="italic">
                  {t('consent.notShared', { category: label('DataCategory', c.category) })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <CaseCodeCell id={item.caseId} code={item.code} />
              <Table.Td>{show(item.description)}</Table.Td>
              <Table.Td>{date(item.dueOn)}</Table.Td>
              <Table.Td>
                {label('PlanItemStatus', item.status)}
                {item.overdue ? ` · ${t('plan.overdue')}` : ''}
              </Table.Td>
              <Table.Td>
                {item.status !== 'DONE' && item.status !== 'CANCELLED' && (
                  <MoveItemForm
                    key={item.status}
                    itemId={item.id}
                    moves={PARTNER_MOVES.filter((status) => status !== item.status)}
                    refresh={refresh}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/**
 * Hearings of the past 14 and the coming 30 days of the cases whose legal data this partner may
 * see; where it represents the victim (an active representation covering the proceeding), it
 * records the outcome, as the API allows.
 */
export function PartnerHearings() {
  const { t, label, show, dateTime } = useI18n();
  const partner = useSession()?.partner;
  const variables = useMemo(() => {
    const now = Date.now();
    return {
      from: new Date(now - 14 * 86_400_000).toISOString(),
      to: new Date(now + 30 * 86_400_000).toISOString(),
    };
  }, []);
  const [{ data }, reexecute] = useQuery({ query: PartnerHearingsDocument, variables });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  if (!data) {
    return <Loading />;
  }
  return (
    <>
      <Title order={1} mb="md">
        {t('nav.hearings')}
      </Title>
      {data.upcomingHearings.length === 0 && <Text>{t('common.nothingYet')}</Text>}
      <Table striped>
        <Table.Tbody>
          {visible(data.upcomingHearings).map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                {h.proceeding?.case ? (
                  <Anchor component={Link} to={`/cases/${h.proceeding.case.id}`}>
                    {h.proceeding.case.code}
                  </Anchor>
                ) : (
                  t('common.notRecorded')
                )}
              </Table.Td>
              <Table.Td>{dateTime(h.scheduledAt)}</Table.Td>
              <Table.Td>{show(h.purpose)}</Table.Td>
              <Table.Td>
                {h.supportNeeded.map((s) => label('HearingSupport', s)).join(', ')}
              </Table.Td>
              <Table.Td>
                {h.outcome ? (
                  `${t('legal.outcome')}: ${show(h.outcome)}`
                ) : (h.proceeding?.case?.representations ?? []).some(
                    (r) =>
                      r.active &&
                      r.partnerCode === partner &&
                      (!r.proceeding || r.proceeding.id === h.proceeding?.id),
                  ) ? (
                  <HearingOutcomeForm id={h.id} at={dateTime(h.scheduledAt)} refresh={refresh} />
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
