import { Anchor, Badge, Card, SimpleGrid, Table, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { visible } from '../api/errors';
import { claimsOf, hasRole, useSession } from '../auth/session';
import { TodayDocument } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useDuration } from './duration';
import { CaseCodeCell } from '../ui/CaseCodeCell';
import { Loading } from '../ui/Loading';

const StatusChart = lazy(() => import('./StatusChart'));

const DAY = 86_400_000;

/** One card of the day: its heading with how many there are, then their rows (or a link). */
function DayCard(props: {
  id: string;
  title: string;
  count: number;
  rows?: ReactNode;
  children?: ReactNode;
}) {
  const { t, number } = useI18n();
  return (
    <Card withBorder component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id}>
        {props.title}{' '}
        <Badge aria-label={t('today.count', { count: props.count })}>{number(props.count)}</Badge>
      </Title>
      {props.rows !== undefined && (
        <Table>
          <Table.Tbody>{props.rows}</Table.Tbody>
        </Table>
      )}
      {props.children}
    </Card>
  );
}

/** A Centre worker's day: what is late, what is due, what needs a second look. */
export function Today() {
  const { t, label, show, date, dateTime } = useI18n();
  const session = useSession();
  const duration = useDuration();
  const variables = useMemo(() => {
    const now = Date.now();
    return {
      from: new Date(now).toISOString(),
      to: new Date(now + 7 * DAY).toISOString(),
      supervisor: hasRole(session, 'SUPERVISOR'),
    };
  }, [session]);
  const [{ data, fetching }] = useQuery({ query: TodayDocument, variables });
  if (!data) {
    return fetching ? <Loading /> : null;
  }
  const now = Date.now();
  const awaiting = data.awaiting.flatMap((c) =>
    c.reports
      .filter((r) => !r.firstContactAt && !r.overdue)
      .map((r) => ({ ...r, caseId: c.id, code: c.code })),
  );
  const startOfDay = new Date().setHours(0, 0, 0, 0);
  const conferencesToday = data.withConferences.flatMap((c) =>
    (c.conferences ?? [])
      .filter((k) => {
        const at = new Date(k.scheduledAt).getTime();
        return at >= startOfDay && at < startOfDay + DAY;
      })
      .map((k) => ({ ...k, code: c.code })),
  );
  // To review: other supervisors' sessions (the API refuses a review of one's own).
  const me = session ? claimsOf(session.token).sub : undefined;
  const reviews = (data.breakGlassReviews ?? []).filter((s) => s.supervisor !== me);
  return (
    <>
      <Title order={1} mb="md">
        {t('today.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DayCard
          id="overdue-reports"
          title={t('today.overdueReports')}
          count={data.overdueReports.length + awaiting.length}
          rows={
            <>
              {data.overdueReports.map((r) => (
                <Table.Tr key={r.id}>
                  <CaseCodeCell id={r.case?.id} code={r.case?.code} />
                  <Table.Td>{label('ReportUrgency', r.urgency)}</Table.Td>
                  <Table.Td>
                    {t('today.overdueBy', duration(now - new Date(r.firstContactDueAt).getTime()))}
                  </Table.Td>
                </Table.Tr>
              ))}
              {awaiting.map((r) => (
                <Table.Tr key={r.id}>
                  <CaseCodeCell id={r.caseId} code={r.code} />
                  <Table.Td>{label('ReportUrgency', r.urgency)}</Table.Td>
                  <Table.Td>
                    {t('today.timeLeft', duration(new Date(r.firstContactDueAt).getTime() - now))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </>
          }
        />
        <DayCard
          id="overdue-items"
          title={t('today.overduePlanItems')}
          count={data.overduePlanItems.length}
          rows={visible(data.overduePlanItems).map((item) => (
            <Table.Tr key={item.id}>
              <CaseCodeCell id={item.case?.id} code={item.case?.code} />
              <Table.Td>{show(item.description)}</Table.Td>
              <Table.Td>{date(item.dueOn)}</Table.Td>
            </Table.Tr>
          ))}
        />
        <DayCard
          id="hearings"
          title={t('today.hearings')}
          count={data.upcomingHearings.length}
          rows={visible(data.upcomingHearings).map((h) => (
            <Table.Tr key={h.id}>
              <CaseCodeCell id={h.proceeding?.case?.id} code={h.proceeding?.case?.code} />
              <Table.Td>{dateTime(h.scheduledAt)}</Table.Td>
              <Table.Td>{show(h.purpose)}</Table.Td>
            </Table.Tr>
          ))}
        />
        <DayCard
          id="conferences"
          title={t('today.conferences')}
          count={conferencesToday.length}
          rows={conferencesToday.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>
                <Anchor component={Link} to={`/conferences/${k.id}`}>
                  {k.code}
                </Anchor>
              </Table.Td>
              <Table.Td>{dateTime(k.scheduledAt)}</Table.Td>
              <Table.Td>{label('ConferenceStatus', k.status)}</Table.Td>
            </Table.Tr>
          ))}
        />
        {variables.supervisor && (
          <DayCard id="break-glass" title={t('today.breakGlass')} count={reviews.length}>
            <Anchor component={Link} to="/break-glass">
              {t('today.toReview')}
            </Anchor>
          </DayCard>
        )}
        <Card withBorder component="section" aria-labelledby="by-status">
          <Title order={2} size="h3" id="by-status">
            {t('today.byStatus')}
          </Title>
          <Suspense fallback={<Loading />}>
            <StatusChart
              data={Object.entries(
                data.withConferences.reduce<Record<string, number>>((acc, c) => {
                  acc[c.status] = (acc[c.status] ?? 0) + 1;
                  return acc;
                }, {}),
              ).map(([status, count]) => ({ name: label('CaseStatus', status), count }))}
            />
          </Suspense>
        </Card>
      </SimpleGrid>
    </>
  );
}
