import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../api/errors';
import { isCaseStaff, useSession } from '../auth/session';
import {
  CloseConferenceDocument,
  ConferenceDocument,
  StartConferenceDocument,
} from '../generated/graphql';
import { useI18n } from '../i18n';
import { FormProblems } from '../ui/Problems';
import { RecordEntryForm } from './RecordEntryForm';
import { useConferenceStream } from './stream';
import { Loading } from '../ui/Loading';

/** The live conference: agenda, then minutes, decisions and action items as they are recorded. */
export function ConferencePage() {
  const { id = '' } = useParams();
  const { t, label, show, date, dateTime } = useI18n();
  // Coordinating a conference is case staff's (the API refuses analysts and administrators).
  const coordinator = isCaseStaff(useSession());
  const [{ data, fetching }, reexecute] = useQuery({
    query: ConferenceDocument,
    variables: { id },
  });
  const stream = useConferenceStream(id, () => reexecute({ requestPolicy: 'network-only' }));
  const [started, start] = useMutation(StartConferenceDocument);
  const [closed, close] = useMutation(CloseConferenceDocument);

  if (stream.ended) {
    return (
      <Alert color="red.9" role="alert" title={t('conference.endedTitle')}>
        {stream.ended === 'revoked' ? t('conference.revoked') : t('conference.notShared')}
      </Alert>
    );
  }
  if (!data) {
    return fetching ? <Loading /> : null;
  }
  const conference = data.conference;
  if (!conference) {
    return <Alert role="alert">{t('conference.notShared')}</Alert>;
  }
  const status = stream.status ?? conference.status;
  // What was recorded before this page opened (read once), then what the stream brings; an
  // entry that is in both is shown once.
  const known = new Set(conference.entries.map((e) => e.id));
  const entries = [...conference.entries, ...stream.entries.filter((e) => !known.has(e.id))];
  return (
    <>
      <Group justify="space-between">
        <Title order={1}>{t('conference.title', { code: conference.case?.code ?? '' })}</Title>
        <Badge size="lg" variant="outline">
          {label('ConferenceStatus', status)}
        </Badge>
      </Group>
      <Text role="status" my="xs" fw={600} c={stream.connection === 'lost' ? 'red.9' : undefined}>
        {t(`conference.connection.${stream.connection}`)}
      </Text>
      {coordinator && conference.case && (
        <Anchor component={Link} to={`/cases/${conference.case.id}/consent`}>
          {t('case.consentLink')}
        </Anchor>
      )}
      <Text>
        {t('conference.scheduled', {
          at: dateTime(conference.scheduledAt),
          coordinator: conference.coordinator,
        })}
      </Text>
      <Group align="start" grow mt="md">
        <Card withBorder component="section" aria-labelledby="agenda">
          <Title order={2} size="h3" id="agenda">
            {t('conference.agenda')}
          </Title>
          <List type="ordered">
            {conference.agenda.map((item, i) => (
              <List.Item key={i}>{show(item)}</List.Item>
            ))}
          </List>
          <Title order={2} size="h3" mt="md">
            {t('conference.participants')}
          </Title>
          <List>
            {conference.participants.map((p, i) => (
              <List.Item key={i}>
                {show(p.name)}
                {p.partner ? ` (${p.partner})` : ''}
              </List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder component="section" aria-labelledby="entries">
          <Title order={2} size="h3" id="entries">
            {t('conference.entries')}
          </Title>
          <ol aria-label={t('conference.entries')} aria-live="polite">
            {entries.map((entry) => (
              <li key={entry.id}>
                <strong>{label('ConferenceEntryKind', entry.kind)}:</strong> {show(entry.text)}
                {entry.assignee
                  ? ` — ${t('conference.assignee', { assignee: entry.assignee, due: entry.dueOn ? date(entry.dueOn) : '—' })}`
                  : ''}
              </li>
            ))}
          </ol>
          {entries.length === 0 && <Text>{t('common.nothingYet')}</Text>}
        </Card>
      </Group>
      {coordinator && (
        <Stack mt="md">
          <Group>
            {status === 'SCHEDULED' && (
              <Button
                onClick={async () => {
                  await start({ id });
                  reexecute({ requestPolicy: 'network-only' });
                }}
                loading={started.fetching}
              >
                {t('conference.start')}
              </Button>
            )}
            {status === 'LIVE' && (
              <Button
                variant="outline"
                onClick={async () => {
                  await close({ id });
                }}
                loading={closed.fetching}
              >
                {t('conference.close')}
              </Button>
            )}
          </Group>
          <FormProblems
            problems={[...problemsOf(started.error), ...problemsOf(closed.error)]}
            fields={[]}
          />
          {status === 'LIVE' && <RecordEntryForm conferenceId={id} />}
        </Stack>
      )}
    </>
  );
}
