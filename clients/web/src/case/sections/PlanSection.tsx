import { Button, Group, NativeSelect, Table, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/errors';
import { CreateReferralDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { NotShared } from '../../ui/Value';
import { useSession } from '../../auth/session';
import type { CaseData, SectionProps } from '../CasePage';
import {
  AddPlanItemForm,
  MoveItemForm,
  PARTNER_MOVES,
  STAFF_MOVES,
  WithdrawReferralForm,
} from './PlanItemForms';
import { AdoptPlanForm, useServices } from './AdoptPlanForm';
import { Section } from './Section';
import { useDraftValue } from '../../auth/drafts';

const OPEN_REFERRAL = ['SENT', 'ACCEPTED', 'IN_PROGRESS'];
const FINISHED_ITEM = ['DONE', 'CANCELLED'];

function ReferralForm(props: {
  kase: CaseData;
  itemId: string;
  partner?: string;
  refresh: () => void;
}) {
  const { t, show, label } = useI18n();
  const text = useProblemText();
  const services = useServices(true).filter(
    (s) => !props.partner || s.provider?.code === props.partner,
  );
  const [serviceId, setServiceId] = useDraftValue(`refer-service:${props.itemId}`, '');
  const [note, setNote] = useDraftValue(`refer-note:${props.itemId}`, '');
  const [result, create] = useMutation(CreateReferralDocument);
  const problems = problemsOf(result.error);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const done = await create({
          input: {
            caseId: props.kase.id,
            serviceId,
            planItemId: props.itemId,
            note: note.trim() || null,
          },
        });
        if (done.data) {
          props.refresh();
        }
      }}
    >
      <Group align="end">
        <NativeSelect
          label={t('plan.service')}
          value={serviceId}
          onChange={(e) => setServiceId(e.currentTarget.value)}
          error={fieldError(problems, 'serviceId', text)}
          data={[
            { value: '', label: t('common.choose') },
            ...services.map((s) => ({
              value: s.id,
              label: `${show(s.name)} (${label('ServiceType', s.type)}, ${show(s.provider?.name ?? '—')})`,
            })),
          ]}
        />
        <TextInput
          label={t('plan.referralNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button type="submit" loading={result.fetching}>
          {t('plan.refer')}
        </Button>
      </Group>
      <FormProblems problems={problems} fields={['serviceId']} />
    </form>
  );
}

export function PlanSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, show, date } = useI18n();
  const [adopting, setAdopting] = useDraftValue(`adopting:${kase.id}`, false);
  const [referring, setReferring] = useDraftValue<string | null>(`referring:${kase.id}`, null);
  const [moving, setMoving] = useDraftValue<string | null>(`moving:${kase.id}`, null);
  const [adding, setAdding] = useDraftValue(`adding-item:${kase.id}`, false);
  const partner = useSession()?.partner;
  const plan = kase.protectionPlan;
  const referralOf = (id: string | null | undefined) => kase.referrals?.find((r) => r.id === id);
  return (
    <Section id="plan" title={t('case.plan')}>
      <NotShared error={error} path={['case', 'protectionPlan']} />
      {plan && (
        <>
          <p>{t('plan.goals', { goals: (plan.goals ?? []).map(show).join('; ') })}</p>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.itemDescription')}</Table.Th>
                <Table.Th>{t('plan.dueOn')}</Table.Th>
                <Table.Th>{t('plan.responsiblePartner')}</Table.Th>
                <Table.Th>{t('plan.status')}</Table.Th>
                <Table.Th>{t('plan.referral')}</Table.Th>
                <Table.Th>{t('planItem.steps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(plan.items ?? []).map((item) => {
                const referral = referralOf(item.referralId);
                // Centre staff make every move; the responsible partner reports its own progress.
                const moves = staff
                  ? STAFF_MOVES
                  : item.responsiblePartner?.code === partner
                    ? PARTNER_MOVES
                    : [];
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>{show(item.description)}</Table.Td>
                    <Table.Td>{date(item.dueOn)}</Table.Td>
                    <Table.Td>{show(item.responsiblePartner?.name)}</Table.Td>
                    <Table.Td>
                      {label('PlanItemStatus', item.status)}
                      {item.cancelReason
                        ? ` · ${t('planItem.cancelled', { reason: show(item.cancelReason) })}`
                        : ''}
                    </Table.Td>
                    <Table.Td>
                      {referral ? (
                        <>
                          {`${show(referral.service.name)}: ${label('ReferralStatus', referral.status)}`}
                          {staff && OPEN_REFERRAL.includes(referral.status) && (
                            <WithdrawReferralForm referralId={referral.id} refresh={refresh} />
                          )}
                        </>
                      ) : (
                        staff &&
                        item.status === 'PLANNED' &&
                        (referring === item.id ? (
                          <ReferralForm
                            kase={kase}
                            itemId={item.id}
                            partner={item.responsiblePartner?.code}
                            refresh={refresh}
                          />
                        ) : (
                          <Button size="xs" variant="light" onClick={() => setReferring(item.id)}>
                            {t('plan.referItem')}
                          </Button>
                        ))
                      )}
                    </Table.Td>
                    <Table.Td>
                      {moves.length > 0 &&
                        !FINISHED_ITEM.includes(item.status ?? '') &&
                        (moving === item.id ? (
                          <MoveItemForm
                            itemId={item.id}
                            moves={moves.filter((status) => status !== item.status)}
                            refresh={refresh}
                            onDone={() => setMoving(null)}
                          />
                        ) : (
                          <Button size="xs" variant="light" onClick={() => setMoving(item.id)}>
                            {t('planItem.moveForm')}
                          </Button>
                        ))}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
      {staff &&
        plan &&
        (adding ? (
          <AddPlanItemForm plan={plan} refresh={refresh} />
        ) : (
          <Button mt="sm" mr="sm" variant="light" onClick={() => setAdding(true)}>
            {t('planItem.addForm')}
          </Button>
        ))}
      {staff &&
        (adopting ? (
          <AdoptPlanForm kase={kase} refresh={refresh} />
        ) : (
          <Button mt="sm" variant="light" onClick={() => setAdopting(true)}>
            {plan ? t('plan.revise') : t('plan.adoptForm')}
          </Button>
        ))}
    </Section>
  );
}
