import { Button, Group, List, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { FileCompensationClaimDocument, type CompensationForum } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect, today } from '../../ui/forms';
import { FormProblems } from '../../ui/Problems';
import type { CaseData } from '../CasePage';
import { DecideForm, minor, PayForm, useMoney } from './CompensationSteps';
import { useProceedingChoices } from './RepresentationPart';
import { useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

type Refresh = { refresh: () => void };

/**
 * File a claim: outside any proceeding only where the case as a whole may be acted for
 * (`outside`), otherwise in one of `proceedings`.
 */
function FileClaimForm(
  props: { kase: CaseData; proceedings: CaseData['proceedings']; outside: boolean } & Refresh,
) {
  const { t } = useI18n();
  const proceedings = useProceedingChoices(props.proceedings);
  const empty = {
    forum: 'STATE_FUND',
    proceedingId: props.outside ? '' : (props.proceedings?.[0]?.id ?? ''),
    amount: '',
    currency: 'RSD',
    filedOn: today(),
    note: '',
  };
  const { form, clearForm, step, input, choice } = useStepForm(
    FileCompensationClaimDocument,
    props.refresh,
    `claim:${props.kase.id}`,
    empty,
    'CompensationStatus',
  );
  return (
    <form
      onSubmit={step.submit(
        () => ({
          input: {
            caseId: props.kase.id,
            forum: form.forum as CompensationForum,
            proceedingId: form.proceedingId || null,
            amountClaimed: minor(form.amount),
            currency: form.currency.trim().toUpperCase(),
            filedOn: form.filedOn || null,
            note: form.note.trim() || null,
          },
        }),
        clearForm,
      )}
    >
      <Title order={4} size="h5" mt="sm">
        {t('claim.fileForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <EnumSelect name="CompensationForum" label={t('claim.forum')} {...choice('forum')} />
        <NativeSelect
          label={t('claim.proceeding')}
          {...input('proceedingId')}
          data={[
            ...(props.outside ? [{ value: '', label: t('claim.noProceeding') }] : []),
            ...proceedings,
          ]}
        />
        <Group align="start">
          <TextInput
            label={t('claim.amountClaimed')}
            inputMode="decimal"
            {...input('amount', 'amountClaimed')}
          />
          <TextInput label={t('claim.currency')} {...input('currency')} />
          <TextInput type="date" label={t('claim.filedOn')} {...input('filedOn')} />
        </Group>
        <TextInput label={t('claim.note')} {...input('note')} />
        <FormProblems
          problems={step.problems}
          fields={['forum', 'proceedingId', 'amountClaimed', 'currency', 'filedOn', 'note']}
        />
        <Button type="submit" variant="light" loading={step.fetching} w="fit-content">
          {t('claim.file')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The compensation claims of the case and their steps, for whoever the API lets act: Centre case
 * staff, or the partner representing the victim where the claim is made (`mayAct`).
 */
export function CompensationPart(props: {
  kase: CaseData;
  mayAct: (proceedingId: string | null) => boolean;
  refresh: () => void;
}) {
  const { kase, mayAct, refresh } = props;
  const { t, label, date } = useI18n();
  const money = useMoney();
  const [filing, setFiling] = useDraftValue(`filing:${kase.id}`, false);
  const claims = kase.compensationClaims ?? [];
  // A partner files only where it represents the victim: the case as a whole, or its proceedings.
  const proceedings = (kase.proceedings ?? []).filter((p) => mayAct(p.id));
  return (
    <div>
      <Title order={3} size="h4" mt="md">
        {t('claim.title')}
      </Title>
      <List aria-label={t('claim.title')}>
        {claims.map((c) => (
          <List.Item key={c.id}>
            <span>
              {t('claim.item', {
                forum: label('CompensationForum', c.forum),
                amount: money(c.amountClaimed, c.currency),
                on: date(c.filedOn),
              })}
              {' · '}
              <strong>{label('CompensationStatus', c.status)}</strong>
              {c.amountAwarded != null
                ? ` · ${t('claim.awarded', { amount: money(c.amountAwarded, c.currency) })}`
                : ''}
              {c.amountPaid != null
                ? ` · ${t('claim.paid', { amount: money(c.amountPaid, c.currency), on: date(c.paidOn) })}`
                : ''}
            </span>
            {mayAct(c.proceeding?.id ?? null) && c.status === 'FILED' && (
              <DecideForm claim={c} refresh={refresh} />
            )}
            {mayAct(c.proceeding?.id ?? null) &&
              (c.status === 'GRANTED' || c.status === 'PARTLY_GRANTED') && (
                <PayForm claim={c} refresh={refresh} />
              )}
          </List.Item>
        ))}
      </List>
      {claims.length === 0 && <p>{t('common.nothingYet')}</p>}
      {(mayAct(null) || proceedings.length > 0) &&
        (filing ? (
          <FileClaimForm
            kase={kase}
            proceedings={mayAct(null) ? kase.proceedings : proceedings}
            outside={mayAct(null)}
            refresh={refresh}
          />
        ) : (
          <Button variant="light" onClick={() => setFiling(true)}>
            {t('claim.fileForm')}
          </Button>
        ))}
    </div>
  );
}
