import { Anchor, Badge, Card, SimpleGrid, Table, Title } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { claimsOf, hasRole, useSession } from '../auth/session';
import { TodayDocument } from '../generated/graphql';
import { useI18n } from '../i18n';
import { useDuration } from './duration';
import { Loading } from '../ui/Loading';

const StatusChart = lazy(() => import('./StatusChart'));

const DAY = 86_400_000;

/** A Centre worker's day: what is late, what is due, what needs a second look. */
export function Today() {
  const { t, label, show, date, dateTime, number } = useI18n();
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
  const heading = (id: string, text: string, count: number) => (
    <Title order={2} size="h3" id={id}>
      {text} <Badge aria-label={t('today.count', { count })}>{number(count)}</Badge>
    </Title>
  );

  return (
    <>
      <Title order={1} mb="md">
        {t('today.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="overdue-reports">
          {heading(
            'overdue-reports',
            t('today.overdueReports'),
            data.overdueReports.length + awaiting.length,
          )}
          <Table>
            <Table.Tbody>
              {data.overdueReports.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${r.case?.id}`}>
                      {r.case?.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label('ReportUrgency', r.urgency)}</Table.Td>
                  <Table.Td>
                    {t('today.overdueBy', duration(now - new Date(r.firstContactDueAt).getTime()))}
                  </Table.Td>
                </Table.Tr>
              ))}
              {awaiting.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/cases/${r.caseId}`}>
                      {r.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label('ReportUrgency', r.urgency)}</Table.Td>
                  <Table.Td>
                    {t('today.timeLeft', duration(new Date(r.firstContactDueAt).getTime() - now))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder component="section" aria-labelledby="overdue-items">
          {heading('overdue-items', t('today.overduePlanItems'), data.overduePlanItems.length)}
          <Table>
            <Table.Tbody>
              {data.overduePlanItems
                .filter((x): x is NonNullable<typeof x> => x != null)
                .map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${item.case?.id}`}>
                        {item.case?.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{show(item.description)}</Table.Td>
                    <Table.Td>{date(item.dueOn)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder component="section" aria-labelledby="hearings">
          {heading('hearings', t('today.hearings'), data.upcomingHearings.length)}
          <Table>
            <Table.Tbody>
              {data.upcomingHearings
                .filter((x): x is NonNullable<typeof x> => x != null)
                .map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${h.proceeding?.case?.id}`}>
                        {h.proceeding?.case?.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{dateTime(h.scheduledAt)}</Table.Td>
                    <Table.Td>{show(h.purpose)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder component="section" aria-labelledby="conferences">
          {heading('conferences', t('today.conferences'), conferencesToday.length)}
          <Table>
            <Table.Tbody>
              {conferencesToday.map((k) => (
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
            </Table.Tbody>
          </Table>
        </Card>
        {variables.supervisor && (
          <Card withBorder component="section" aria-labelledby="break-glass">
            {heading('break-glass', t('today.breakGlass'), reviews.length)}
            <Anchor component={Link} to="/break-glass">
              {t('today.toReview')}
            </Anchor>
          </Card>
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
