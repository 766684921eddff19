import { Button, Group, List, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { AppointRepresentationDocument, EndRepresentationDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { today } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import type { CaseData } from '../CasePage';
import { PartnerSelect } from './PlacementSections';
import { useStep, useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

type Representation = NonNullable<CaseData['representations']>[number];

/** The case's proceedings as a step's choices: each by its kind, and its file number if it has one. */
export function useProceedingChoices(proceedings: CaseData['proceedings']) {
  const { label } = useI18n();
  return (proceedings ?? []).map((p) => ({
    value: p.id,
    label: `${label('ProceedingKind', p.kind)}${p.fileNumber ? ` · ${p.fileNumber}` : ''}`,
  }));
}

/**
 * Whether `partner` holds an active representation of the victim covering `proceedingId` (one
 * for the whole case covers every proceeding; null asks about the case as a whole): the API lets
 * that partner record hearing outcomes and compensation claims there.
 */
export function represents(
  kase: CaseData,
  partner: string | undefined,
  proceedingId: string | null,
): boolean {
  return (kase.representations ?? []).some(
    (r) =>
      r.active &&
      r.partnerCode === partner &&
      (!r.proceeding || (proceedingId !== null && r.proceeding.id === proceedingId)),
  );
}

/** Appoint a lawyer for the case or one proceeding. */
function AppointForm({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t } = useI18n();
  const proceedings = useProceedingChoices(kase.proceedings);
  const empty = { lawyerName: '', partner: '', proceedingId: '', startedOn: today(), poa: '' };
  const { form, clearForm, step, input, choice } = useStepForm(
    AppointRepresentationDocument,
    refresh,
    `appoint:${kase.id}`,
    empty,
  );
  return (
    <form
      onSubmit={step.submit(
        () => ({
          input: {
            caseId: kase.id,
            lawyerName: form.lawyerName.trim(),
            partnerCode: form.partner,
            proceedingId: form.proceedingId || null,
            startedOn: form.startedOn || null,
            powerOfAttorneyOn: form.poa || null,
          },
        }),
        clearForm,
      )}
    >
      <Title order={4} size="h5" mt="sm">
        {t('lawyer.appointForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <TextInput label={t('lawyer.lawyerName')} {...input('lawyerName')} />
        <PartnerSelect label={t('lawyer.partner')} {...choice('partner', 'partnerCode')} />
        <NativeSelect
          label={t('lawyer.scope')}
          {...input('proceedingId')}
          data={[{ value: '', label: t('lawyer.wholeCase') }, ...proceedings]}
        />
        <TextInput type="date" label={t('lawyer.startedOn')} {...input('startedOn')} />
        <TextInput
          type="date"
          label={t('lawyer.powerOfAttorneyOn')}
          {...input('poa', 'powerOfAttorneyOn')}
        />
        <FormProblems
          problems={step.problems}
          fields={['lawyerName', 'partnerCode', 'proceedingId', 'startedOn', 'powerOfAttorneyOn']}
        />
        <Button type="submit" variant="light" loading={step.fetching} w="fit-content">
          {t('lawyer.appoint')}
        </Button>
      </Stack>
    </form>
  );
}

/** End a representation, with the reason. */
function EndForm({
  representation,
  refresh,
}: {
  representation: Representation;
  refresh: () => void;
}) {
  const { t } = useI18n();
  const text = useProblemText();
  const [reason, setReason] = useDraftValue(`end-representation:${representation.id}`, '');
  const step = useStep(EndRepresentationDocument, refresh);
  return (
    <form onSubmit={step.submit(() => ({ input: { id: representation.id, reason } }))}>
      <Group align="end">
        <TextInput
          label={t('lawyer.endReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(step.problems, 'reason', text)}
        />
        <Button type="submit" size="sm" variant="light" loading={step.fetching}>
          {t('lawyer.end')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['reason']} />
    </form>
  );
}

/** The victim's lawyers, past and present; Centre case staff appoint and end them. */
export function RepresentationPart(props: { kase: CaseData; staff: boolean; refresh: () => void }) {
  const { kase, staff, refresh } = props;
  const { t, label, show, date } = useI18n();
  const [appointing, setAppointing] = useDraftValue(`appointing:${props.kase.id}`, false);
  const representations = kase.representations ?? [];
  return (
    <div>
      <Title order={3} size="h4" mt="md">
        {t('lawyer.title')}
      </Title>
      <List aria-label={t('lawyer.title')}>
        {representations.map((r) => (
          <List.Item key={r.id}>
            {t('lawyer.item', {
              name: show(r.lawyerName),
              partner: r.partnerCode ?? '',
              scope: r.proceeding
                ? label('ProceedingKind', r.proceeding.kind)
                : t('lawyer.wholeCase'),
              from: date(r.startedOn),
            })}
            {' · '}
            {r.active
              ? t('lawyer.active')
              : t('lawyer.ended', { on: date(r.endedOn), reason: show(r.endReason) })}
            {staff && r.active && <EndForm representation={r} refresh={refresh} />}
          </List.Item>
        ))}
      </List>
      {representations.length === 0 && <p>{t('common.nothingYet')}</p>}
      {staff &&
        (appointing ? (
          <AppointForm kase={kase} refresh={refresh} />
        ) : (
          <Button variant="light" onClick={() => setAppointing(true)}>
            {t('lawyer.appointForm')}
          </Button>
        ))}
    </div>
  );
}
