import { Anchor, Button, Group, List, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import {
  CloseConferenceDocument,
  ScheduleConferenceDocument,
  StartConferenceDocument,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { FormProblems } from '../../ui/Problems';
import { NotShared } from '../../ui/Value';
import type { CaseData, SectionProps } from '../CasePage';
import { ActionItems } from './ActionItems';
import { Section } from './Section';
import { instant, useStep, useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Schedule a conference: when, the agenda (a line an item), who takes part (name, partner). */
function ScheduleConferenceForm({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t } = useI18n();
  const { form, setForm, clearForm, step, error, input } = useStepForm(
    ScheduleConferenceDocument,
    refresh,
    `conference:${kase.id}`,
    { at: '', agenda: '', participants: '' },
    'ConferenceStatus',
  );
  return (
    <form
      onSubmit={step.submit(
        () => ({
          input: {
            caseId: kase.id,
            scheduledAt: instant(form.at),
            agenda: lines(form.agenda),
            participants: lines(form.participants).map((line) => {
              const [name, partner] = line.split(',').map((part) => part.trim());
              return { name: name ?? '', partner: partner || null };
            }),
          },
        }),
        clearForm,
      )}
    >
      <Title order={3} size="h4" mt="md">
        {t('conf.scheduleForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <TextInput
          type="datetime-local"
          label={t('conf.scheduledAt')}
          {...input('at', 'scheduledAt')}
        />
        <Textarea autosize minRows={2} label={t('conf.agenda')} {...input('agenda')} />
        <Textarea
          autosize
          minRows={2}
          label={t('conf.participants')}
          value={form.participants}
          onChange={(e) => setForm({ ...form, participants: e.currentTarget.value })}
          error={error('participants') ?? error('name') ?? error('partner')}
        />
        <FormProblems
          problems={step.problems}
          fields={['scheduledAt', 'agenda', 'participants', 'name', 'partner']}
        />
        <Button type="submit" loading={step.fetching}>
          {t('conf.schedule')}
        </Button>
      </Stack>
    </form>
  );
}

type Conference = NonNullable<CaseData['conferences']>[number];

/** Start a scheduled conference, or close a live one, from the case page. */
function ConferenceSteps({ conference, refresh }: { conference: Conference; refresh: () => void }) {
  const { t } = useI18n();
  const start = useStep(StartConferenceDocument, refresh);
  const close = useStep(CloseConferenceDocument, refresh);
  return (
    <>
      {conference.status === 'SCHEDULED' && (
        <Button
          size="xs"
          variant="light"
          loading={start.fetching}
          onClick={() => start.take({ id: conference.id })}
        >
          {t('conference.start')}
        </Button>
      )}
      {conference.status === 'LIVE' && (
        <Button
          size="xs"
          variant="outline"
          loading={close.fetching}
          onClick={() => close.take({ id: conference.id })}
        >
          {t('conference.close')}
        </Button>
      )}
      <FormProblems problems={[...start.problems, ...close.problems]} fields={[]} />
    </>
  );
}

/**
 * The case's conferences, each linked to its live view, and their steps; their action items, each
 * of which Centre case staff may turn into an item of the plan.
 */
export function ConferencesSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, dateTime } = useI18n();
  const [scheduling, setScheduling] = useDraftValue(`scheduling:${kase.id}`, false);
  return (
    <Section id="conferences" title={t('case.conferences')}>
      <NotShared error={error} path={['case', 'conferences']} />
      <List>
        {(kase.conferences ?? []).map((c) => (
          <List.Item key={c.id}>
            <Group gap="xs">
              <Anchor component={Link} to={`/conferences/${c.id}`}>
                {t('case.conferenceAt', { at: dateTime(c.scheduledAt) })}
              </Anchor>
              <span>({label('ConferenceStatus', c.status)})</span>
              {staff && <ConferenceSteps conference={c} refresh={refresh} />}
            </Group>
            <ActionItems kase={kase} conference={c} staff={staff} refresh={refresh} />
          </List.Item>
        ))}
      </List>
      {kase.conferences?.length === 0 && <p>{t('common.nothingYet')}</p>}
      {staff &&
        (scheduling ? (
          <ScheduleConferenceForm kase={kase} refresh={refresh} />
        ) : (
          <Button mt="sm" variant="light" onClick={() => setScheduling(true)}>
            {t('conf.scheduleForm')}
          </Button>
        ))}
    </Section>
  );
}
