import { Button, Group, List, Stack, TextInput, Title } from '@mantine/core';
import {
  AdvanceProceedingDocument,
  OpenProceedingDocument,
  type ProceedingKind,
  type ProceedingStage,
  type VictimRole,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect, today } from '../../ui/forms';
import { FormProblems } from '../../ui/Problems';
import { NotShared } from '../../ui/Value';
import { useSession } from '../../auth/session';
import type { CaseData, SectionProps } from '../CasePage';
import { CompensationPart } from './CompensationPart';
import { HearingOutcomeForm, ScheduleHearingForm } from './HearingForms';
import { RepresentationPart, represents } from './RepresentationPart';
import { Section } from './Section';
import { useStepForm } from './step';

type Proceeding = NonNullable<CaseData['proceedings']>[number];

function OpenProceedingForm({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t } = useI18n();
  const { form, step, input, choice } = useStepForm(
    OpenProceedingDocument,
    refresh,
    `proceeding:${kase.id}`,
    {
      kind: 'CRIMINAL',
      stage: 'PRE_INVESTIGATION',
      victimRole: 'INJURED_PARTY',
      fileNumber: '',
      charges: '',
      startedOn: today(),
    },
    'ProceedingStage',
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: {
          caseId: kase.id,
          kind: form.kind as ProceedingKind,
          stage: form.stage as ProceedingStage,
          victimRole: form.victimRole as VictimRole,
          fileNumber: form.fileNumber.trim() || null,
          charges: form.charges
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
          startedOn: form.startedOn || null,
        },
      }))}
    >
      <Title order={3} size="h4" mt="md">
        {t('legal.openForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <EnumSelect name="ProceedingKind" label={t('legal.kind')} {...choice('kind')} />
        <EnumSelect name="ProceedingStage" label={t('legal.stage')} {...choice('stage')} />
        <EnumSelect name="VictimRole" label={t('legal.victimRole')} {...choice('victimRole')} />
        <TextInput label={t('legal.fileNumber')} {...input('fileNumber')} />
        <TextInput label={t('legal.charges')} {...input('charges')} />
        <TextInput type="date" label={t('legal.startedOn')} {...input('startedOn')} />
        <FormProblems
          problems={step.problems}
          fields={['kind', 'stage', 'victimRole', 'fileNumber', 'charges', 'startedOn']}
        />
        <Button type="submit" loading={step.fetching}>
          {t('legal.open')}
        </Button>
      </Stack>
    </form>
  );
}

function AdvanceForm({ proceeding, refresh }: { proceeding: Proceeding; refresh: () => void }) {
  const { t } = useI18n();
  const { form, setForm, step, choice } = useStepForm(
    AdvanceProceedingDocument,
    refresh,
    `advance:${proceeding.id}`,
    { stage: proceeding.stage as string, fileNumber: '' },
    'ProceedingStage',
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: {
          id: proceeding.id,
          stage: form.stage as ProceedingStage,
          fileNumber: form.fileNumber.trim() || null,
        },
      }))}
    >
      <Group align="end">
        <EnumSelect name="ProceedingStage" label={t('legal.advanceTo')} {...choice('stage')} />
        <TextInput
          label={t('legal.fileNumber')}
          value={form.fileNumber}
          onChange={(e) => setForm({ ...form, fileNumber: e.currentTarget.value })}
        />
        <Button type="submit" variant="light" loading={step.fetching}>
          {t('legal.advance')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['stage']} />
    </form>
  );
}

/**
 * Legal proceedings with their hearings, the victim's lawyers and compensation claims, and the
 * steps of each. Centre case staff take every step; the partner of an active representation
 * records hearing outcomes and claims where it represents the victim, as the API allows.
 */
export function LegalSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, show, dateTime, date } = useI18n();
  const partner = useSession()?.partner;
  const mayRecord = (proceedingId: string | null) =>
    staff || represents(kase, partner, proceedingId);
  return (
    <Section id="legal" title={t('case.legal')}>
      <NotShared error={error} path={['case', 'proceedings']} />
      {(kase.proceedings ?? []).map((p) => (
        <article key={p.id} className="proceeding" aria-label={label('ProceedingKind', p.kind)}>
          <Title order={3} size="h4">
            {label('ProceedingKind', p.kind)} · {label('ProceedingStage', p.stage)}
          </Title>
          <p>
            {label('VictimRole', p.victimRole)}
            {p.fileNumber ? ` · ${p.fileNumber}` : ''}
            {p.charges.length ? ` · ${p.charges.join(', ')}` : ''}
            {p.startedOn ? ` · ${t('legal.startedOn')} ${date(p.startedOn)}` : ''}
          </p>
          <List aria-label={t('legal.hearings')}>
            {p.hearings.map((h) => (
              <List.Item key={h.id}>
                {dateTime(h.scheduledAt)} — {show(h.purpose)}
                {h.protectiveMeasures.length
                  ? ` · ${t('legal.measuresList', {
                      measures: h.protectiveMeasures
                        .map((m) => label('ProtectiveMeasure', m))
                        .join(', '),
                    })}`
                  : ''}
                {h.supportNeeded.length
                  ? ` · ${h.supportNeeded.map((s) => label('HearingSupport', s)).join(', ')}`
                  : ''}
                {h.outcome ? ` — ${t('legal.outcome')}: ${show(h.outcome)}` : ''}
                {mayRecord(p.id) && !h.outcome && (
                  <HearingOutcomeForm id={h.id} at={dateTime(h.scheduledAt)} refresh={refresh} />
                )}
              </List.Item>
            ))}
          </List>
          {staff && (
            <>
              <AdvanceForm proceeding={p} refresh={refresh} />
              <ScheduleHearingForm proceedingId={p.id} refresh={refresh} />
            </>
          )}
        </article>
      ))}
      {kase.proceedings?.length === 0 && <p>{t('common.nothingYet')}</p>}
      {staff && <OpenProceedingForm kase={kase} refresh={refresh} />}
      {kase.representations && <RepresentationPart kase={kase} staff={staff} refresh={refresh} />}
      {kase.compensationClaims && (
        <CompensationPart kase={kase} mayAct={mayRecord} refresh={refresh} />
      )}
    </Section>
  );
}
