import { Button, Group, Stack, TextInput } from '@mantine/core';
import {
  DecideCompensationClaimDocument,
  RecordCompensationPaymentDocument,
  WithdrawCompensationClaimDocument,
  type CompensationDecision,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect, today } from '../../ui/forms';
import { FormProblems } from '../../ui/Problems';
import type { CaseData } from '../CasePage';
import { useStep, useStepForm } from './step';

type Claim = NonNullable<CaseData['compensationClaims']>[number];
type Refresh = { refresh: () => void };

/**
 * An amount typed in the currency's units ("1500,50") in minor units (150050); what is not a
 * number is sent as 0, which the API refuses next to the field.
 */
export const minor = (typed: string): number => {
  const value = Number(typed.trim().replace(/\s/g, '').replace(',', '.'));
  return typed.trim() && Number.isFinite(value) ? Math.round(value * 100) : 0;
};

/** An amount in minor units, written in the chosen locale with its currency. */
export function useMoney() {
  const { locale, number } = useI18n();
  return (amount: number | null | undefined, currency: string | null | undefined): string => {
    if (amount == null) {
      return '';
    }
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: currency ?? '' }).format(
        amount / 100,
      );
    } catch {
      return `${number(amount / 100)} ${currency ?? ''}`;
    }
  };
}

/** The decision on a filed claim (granted, partly, rejected), or its withdrawal. */
export function DecideForm({ claim, refresh }: { claim: Claim } & Refresh) {
  const { t } = useI18n();
  const {
    form,
    step: decide,
    input,
    choice,
  } = useStepForm(
    DecideCompensationClaimDocument,
    refresh,
    `decide-claim:${claim.id}`,
    { decision: 'GRANTED', amount: '', on: today(), ref: '' },
    'CompensationStatus',
  );
  const withdraw = useStep(WithdrawCompensationClaimDocument, refresh);
  return (
    <Stack gap={4}>
      <form
        onSubmit={decide.submit(() => ({
          input: {
            id: claim.id,
            decision: form.decision as CompensationDecision,
            amountAwarded: form.amount.trim() ? minor(form.amount) : null,
            decidedOn: form.on || null,
            decisionReference: form.ref.trim() || null,
          },
        }))}
      >
        <Group align="start">
          <EnumSelect
            name="CompensationDecision"
            label={t('claim.decision')}
            {...choice('decision')}
          />
          <TextInput
            label={t('claim.amountAwarded')}
            inputMode="decimal"
            {...input('amount', 'amountAwarded')}
          />
          <TextInput type="date" label={t('claim.decidedOn')} {...input('on', 'decidedOn')} />
          <TextInput label={t('claim.reference')} {...input('ref', 'decisionReference')} />
        </Group>
        <FormProblems
          problems={decide.problems}
          fields={['decision', 'amountAwarded', 'decidedOn', 'decisionReference']}
        />
        <Button type="submit" size="sm" variant="light" mt={4} loading={decide.fetching}>
          {t('claim.decide')}
        </Button>
      </form>
      <form onSubmit={withdraw.submit(() => ({ input: { id: claim.id, withdrawnOn: today() } }))}>
        <FormProblems problems={withdraw.problems} fields={[]} />
        <Button type="submit" size="sm" variant="subtle" loading={withdraw.fetching}>
          {t('claim.withdraw')}
        </Button>
      </form>
    </Stack>
  );
}

/** The payment of a granted claim. */
export function PayForm({ claim, refresh }: { claim: Claim } & Refresh) {
  const { t } = useI18n();
  const { form, step, input } = useStepForm(
    RecordCompensationPaymentDocument,
    refresh,
    `pay-claim:${claim.id}`,
    { amount: '', on: today() },
    'CompensationStatus',
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: { id: claim.id, amountPaid: minor(form.amount), paidOn: form.on || null },
      }))}
    >
      <Group align="start">
        <TextInput
          label={t('claim.amountPaid')}
          inputMode="decimal"
          {...input('amount', 'amountPaid')}
        />
        <TextInput type="date" label={t('claim.paidOn')} {...input('on', 'paidOn')} />
      </Group>
      <FormProblems problems={step.problems} fields={['amountPaid', 'paidOn']} />
      <Button type="submit" size="sm" variant="light" mt={4} loading={step.fetching}>
        {t('claim.pay')}
      </Button>
    </form>
  );
}
