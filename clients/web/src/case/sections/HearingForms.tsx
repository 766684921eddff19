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
import { instant, useStep, useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

/** Schedule a hearing of a proceeding, with the support and protective measures it needs. */
export function ScheduleHearingForm(props: { proceedingId: string; refresh: () => void }) {
  const { t } = useI18n();
  const { form, step, input, choice } = useStepForm(
    ScheduleHearingDocument,
    props.refresh,
    `hearing:${props.proceedingId}`,
    { at: '', purpose: '', support: [] as string[], measures: [] as string[], interpreter: '' },
    'ProceedingStage',
  );
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
          {...input('at', 'scheduledAt')}
        />
        <TextInput label={t('legal.purpose')} {...input('purpose')} />
        <EnumChecks
          name="HearingSupport"
          legend={t('legal.support')}
          {...choice('support', 'supportNeeded')}
        />
        <EnumChecks
          name="ProtectiveMeasure"
          legend={t('legal.measures')}
          {...choice('measures', 'protectiveMeasures')}
        />
        <TextInput
          label={t('legal.interpreter')}
          {...input('interpreter', 'interpreterLanguage')}
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
