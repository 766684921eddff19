import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import {
  AddPlanItemDocument,
  MovePlanItemDocument,
  WithdrawReferralDocument,
  type PlanItemStatus,
  type ServiceType,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import type { CaseData } from '../CasePage';
import { PartnerSelect } from './PlacementSections';
import { useStep, useStepForm } from './step';
import { useDraft, useDraftValue } from '../../auth/drafts';

type Plan = NonNullable<CaseData['protectionPlan']>;
type Refresh = { refresh: () => void };

/**
 * The moves a plan item may be offered: Centre case staff make every move (REFERRED comes with a
 * referral, made by "Refer"); the responsible partner reports IN_PROGRESS and DONE. The API
 * checks the move against the item's state and says why when it is not one.
 */
export const STAFF_MOVES: PlanItemStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
export const PARTNER_MOVES: PlanItemStatus[] = ['IN_PROGRESS', 'DONE'];

/** Add an item to the plan in force. */
export function AddPlanItemForm({ plan, refresh }: { plan: Plan } & Refresh) {
  const { t, show } = useI18n();
  const empty = { description: '', dueOn: '', partner: '', serviceType: '', goal: '' };
  const { form, setForm, clearForm, step, input, choice } = useStepForm(
    AddPlanItemDocument,
    refresh,
    `plan-item:${plan.id}`,
    empty,
  );
  return (
    <form
      onSubmit={step.submit(
        () => ({
          planId: plan.id,
          input: {
            description: form.description.trim(),
            dueOn: form.dueOn,
            responsiblePartner: form.partner,
            serviceType: (form.serviceType || null) as ServiceType | null,
            goal: form.goal === '' ? null : Number(form.goal),
          },
        }),
        clearForm,
      )}
    >
      <Title order={3} size="h4" mt="md">
        {t('planItem.addForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <TextInput label={t('plan.itemDescription')} {...input('description')} />
        <TextInput type="date" label={t('plan.dueOn')} {...input('dueOn')} />
        <PartnerSelect
          label={t('plan.responsiblePartner')}
          {...choice('partner', 'responsiblePartner')}
        />
        <EnumSelect
          name="ServiceType"
          label={t('plan.serviceType')}
          value={form.serviceType}
          empty={t('common.none')}
          onChange={(serviceType) => setForm({ ...form, serviceType })}
        />
        <NativeSelect
          label={t('plan.goal')}
          {...input('goal')}
          data={[
            { value: '', label: t('common.none') },
            ...(plan.goals ?? []).map((goal, i) => ({ value: String(i), label: show(goal) })),
          ]}
        />
        <FormProblems
          problems={step.problems}
          fields={['description', 'dueOn', 'responsiblePartner', 'goal']}
        />
        <Button type="submit" loading={step.fetching} w="fit-content">
          {t('planItem.add')}
        </Button>
      </Stack>
    </form>
  );
}

/** Move a plan item to another state (with the reason when it is cancelled). */
export function MoveItemForm(
  props: { itemId: string; moves: PlanItemStatus[]; onDone?: () => void } & Refresh,
) {
  const { t, label } = useI18n();
  const text = useProblemText('PlanItemStatus');
  const [form, setForm, clear] = useDraft(`move-item:${props.itemId}`, {
    status: props.moves[0] as string,
    reason: '',
  });
  // A kept draft may name a state the item has since left: then the first move it allows now.
  const status = props.moves.includes(form.status as PlanItemStatus) ? form.status : props.moves[0];
  const step = useStep(MovePlanItemDocument, props.refresh);
  return (
    <form
      onSubmit={step.submit(
        () => ({
          input: {
            itemId: props.itemId,
            status: status as PlanItemStatus,
            reason: status === 'CANCELLED' ? form.reason.trim() || null : null,
          },
        }),
        () => {
          clear();
          props.onDone?.();
        },
      )}
    >
      <Group align="end" gap="xs">
        <NativeSelect
          label={t('planItem.moveTo')}
          value={status}
          onChange={(e) => setForm({ ...form, status: e.currentTarget.value })}
          error={fieldError(step.problems, 'status', text)}
          data={props.moves.map((value) => ({ value, label: label('PlanItemStatus', value) }))}
        />
        {status === 'CANCELLED' && (
          <TextInput
            label={t('planItem.reason')}
            value={form.reason}
            onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
            error={fieldError(step.problems, 'reason', text)}
          />
        )}
        {/* Filled: it sits on striped rows too, where a light button lacks contrast. */}
        <Button type="submit" size="xs" loading={step.fetching}>
          {t('planItem.move')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['status', 'reason']} />
    </form>
  );
}

/** Withdraw a referral that is not finished, with the reason (Centre staff). */
export function WithdrawReferralForm({ referralId, refresh }: { referralId: string } & Refresh) {
  const { t } = useI18n();
  const text = useProblemText('ReferralStatus');
  const [open, setOpen] = useDraftValue(`withdrawing:${referralId}`, false);
  const [reason, setReason] = useDraftValue(`withdraw:${referralId}`, '');
  const step = useStep(WithdrawReferralDocument, refresh);
  if (!open) {
    return (
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)}>
        {t('planItem.withdraw')}
      </Button>
    );
  }
  return (
    <form onSubmit={step.submit(() => ({ id: referralId, reason }))}>
      <Group align="end" gap="xs">
        <TextInput
          label={t('planItem.withdrawReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(step.problems, 'reason', text)}
        />
        <Button type="submit" size="xs" variant="light" loading={step.fetching}>
          {t('planItem.confirmWithdraw')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['reason']} />
    </form>
  );
}
