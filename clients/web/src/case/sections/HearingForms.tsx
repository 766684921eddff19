import { Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import {
  RecordHearingOutcomeDocument,
  ScheduleHearingDocument,
  type HearingSupport,
  type ProtectiveMeasure,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumChecks } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { instant, useStep } from './step';
import { useDraft, useDraftValue } from '../../auth/drafts';

/** Schedule a hearing of a proceeding, with the support and protective measures it needs. */
export function ScheduleHearingForm(props: { proceedingId: string; refresh: () => void }) {
  const { t } = useI18n();
  const text = useProblemText('ProceedingStage');
  const [form, setForm] = useDraft(`hearing:${props.proceedingId}`, {
    at: '',
    purpose: '',
    support: [] as string[],
    measures: [] as string[],
    interpreter: '',
  });
  const step = useStep(ScheduleHearingDocument, props.refresh);
  const error = (field: string) => fieldError(step.problems, field, text);
  return (
    <form
      onSubmit={step.submit(() => ({
        input: {
          proceedingId: props.proceedingId,
          scheduledAt: instant(form.at),
          purpose: form.purpose,
          supportNeeded: form.support as HearingSupport[],
          protectiveMeasures: form.measures as ProtectiveMeasure[],
          interpreterLanguage: form.interpreter.trim() || null,
        },
      }))}
    >
      <Title order={4} size="h5" mt="sm">
        {t('legal.scheduleForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <TextInput
          type="datetime-local"
          label={t('legal.scheduledAt')}
          value={form.at}
          onChange={(e) => setForm({ ...form, at: e.currentTarget.value })}
          error={error('scheduledAt')}
        />
        <TextInput
          label={t('legal.purpose')}
          value={form.purpose}
          onChange={(e) => setForm({ ...form, purpose: e.currentTarget.value })}
          error={error('purpose')}
        />
        <EnumChecks
          name="HearingSupport"
          legend={t('legal.support')}
          value={form.support}
          onChange={(support) => setForm({ ...form, support })}
          error={error('supportNeeded')}
        />
        <EnumChecks
          name="ProtectiveMeasure"
          legend={t('legal.measures')}
          value={form.measures}
          onChange={(measures) => setForm({ ...form, measures })}
          error={error('protectiveMeasures')}
        />
        <TextInput
          label={t('legal.interpreter')}
          value={form.interpreter}
          onChange={(e) => setForm({ ...form, interpreter: e.currentTarget.value })}
          error={error('interpreterLanguage')}
        />
        <FormProblems
          problems={step.problems}
          fields={[
            'scheduledAt',
            'purpose',
            'supportNeeded',
            'protectiveMeasures',
            'interpreterLanguage',
          ]}
        />
        <Button type="submit" variant="light" loading={step.fetching}>
          {t('legal.schedule')}
        </Button>
      </Stack>
    </form>
  );
}

/** What happened at a hearing. */
export function HearingOutcomeForm(props: { id: string; at: string; refresh: () => void }) {
  const { t } = useI18n();
  const text = useProblemText();
  const [outcome, setOutcome] = useDraftValue(`outcome:${props.id}`, '');
  const step = useStep(RecordHearingOutcomeDocument, props.refresh);
  return (
    <form onSubmit={step.submit(() => ({ id: props.id, outcome }))}>
      <Group align="end">
        <Textarea
          autosize
          minRows={1}
          label={t('legal.outcomeFor', { at: props.at })}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          error={fieldError(step.problems, 'outcome', text)}
        />
        <Button type="submit" size="sm" variant="light" loading={step.fetching}>
          {t('legal.recordOutcome')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['outcome']} />
    </form>
  );
}
