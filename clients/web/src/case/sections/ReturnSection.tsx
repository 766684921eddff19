import { Button, Group, List, Stack, TextInput, Title } from '@mantine/core';
import {
  ApplyForResidenceDocument,
  DecideResidenceDocument,
  MoveVoluntaryReturnDocument,
  RequestVoluntaryReturnDocument,
  type ResidenceStatus,
  type ReturnStatus,
} from '../../generated/graphql';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { EnumSelect, today } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { NotShared } from '../../ui/Value';
import type { CaseData, SectionProps } from '../CasePage';
import { PartnerSelect } from './PlacementSections';
import { Section } from './Section';
import { useStep, useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

type Refresh = { refresh: () => void };

function RequestReturnForm({ kase, refresh }: { kase: CaseData } & Refresh) {
  const { t } = useI18n();
  const { form, step, input, choice } = useStepForm(
    RequestVoluntaryReturnDocument,
    refresh,
    `return:${kase.id}`,
    { country: '', partner: '', plannedOn: '' },
    'ReturnStatus',
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: {
          caseId: kase.id,
          destinationCountry: form.country.trim().toUpperCase(),
          partner: form.partner,
          plannedOn: form.plannedOn || null,
        },
      }))}
    >
      <Title order={3} size="h4" mt="md">
        {t('ret.requestForm')}
      </Title>
      <Group align="start">
        <TextInput label={t('ret.country')} {...input('country', 'destinationCountry')} />
        <PartnerSelect label={t('ret.partner')} {...choice('partner')} />
        <TextInput type="date" label={t('ret.plannedOn')} {...input('plannedOn')} />
      </Group>
      <FormProblems
        problems={step.problems}
        fields={['destinationCountry', 'partner', 'plannedOn']}
      />
      <Button type="submit" mt="xs" loading={step.fetching}>
        {t('ret.request')}
      </Button>
    </form>
  );
}

/** The moves the organising partner reports; Centre case staff make every move. */
const PARTNER_MOVES = ['IN_PREPARATION', 'COMPLETED'];

function MoveReturnForm({ id, only, refresh }: { id: string; only?: string[] } & Refresh) {
  const { t } = useI18n();
  const { form, step, input, choice } = useStepForm(
    MoveVoluntaryReturnDocument,
    refresh,
    `move-return:${id}`,
    { status: 'IN_PREPARATION', on: '' },
    'ReturnStatus',
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: { id, status: form.status as ReturnStatus, on: form.on || null },
      }))}
    >
      <Group align="end">
        <EnumSelect name="ReturnStatus" label={t('ret.moveTo')} only={only} {...choice('status')} />
        <TextInput type="date" label={t('ret.on')} {...input('on')} />
        <Button type="submit" variant="light" loading={step.fetching}>
          {t('ret.move')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['status', 'on']} />
    </form>
  );
}

function ApplyResidenceForm({ kase, refresh }: { kase: CaseData } & Refresh) {
  const { t } = useI18n();
  const text = useProblemText('ResidenceStatus');
  const [appliedOn, setAppliedOn] = useDraftValue(`residence:${kase.id}`, today());
  const step = useStep(ApplyForResidenceDocument, refresh);
  return (
    <form onSubmit={step.submit(() => ({ caseId: kase.id, appliedOn }))}>
      <Title order={3} size="h4" mt="md">
        {t('ret.applyForm')}
      </Title>
      <Group align="end">
        <TextInput
          type="date"
          label={t('ret.appliedOn')}
          value={appliedOn}
          onChange={(e) => setAppliedOn(e.currentTarget.value)}
          error={fieldError(step.problems, 'appliedOn', text)}
        />
        <Button type="submit" variant="light" loading={step.fetching}>
          {t('ret.apply')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['appliedOn']} />
    </form>
  );
}

function DecideResidenceForm({ id, refresh }: { id: string } & Refresh) {
  const { t } = useI18n();
  const { form, step, input, choice } = useStepForm(
    DecideResidenceDocument,
    refresh,
    `decide-residence:${id}`,
    { status: 'GRANTED', decidedOn: today(), validUntil: '' },
    'ResidenceStatus',
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: {
          id,
          status: form.status as ResidenceStatus,
          decidedOn: form.decidedOn,
          validUntil: form.validUntil || null,
        },
      }))}
    >
      <Group align="end">
        <EnumSelect name="ResidenceStatus" label={t('ret.decision')} {...choice('status')} />
        <TextInput type="date" label={t('ret.decidedOn')} {...input('decidedOn')} />
        <TextInput type="date" label={t('ret.validUntil')} {...input('validUntil')} />
        <Button type="submit" variant="light" loading={step.fetching}>
          {t('ret.decide')}
        </Button>
      </Group>
      <FormProblems problems={step.problems} fields={['status', 'decidedOn', 'validUntil']} />
    </form>
  );
}

/** Voluntary return and humanitarian residence, with their steps. */
export function ReturnSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, show, date } = useI18n();
  const partner = useSession()?.partner;
  return (
    <Section id="return" title={t('case.returnResidence')}>
      <NotShared error={error} path={['case', 'voluntaryReturns']} />
      <NotShared error={error} path={['case', 'humanitarianResidence']} />
      <List>
        {(kase.voluntaryReturns ?? []).map((r) => (
          <List.Item key={r.id}>
            <Stack gap={4}>
              <span>
                {t('case.return', {
                  country: show(r.destinationCountry),
                  status: label('ReturnStatus', r.status),
                })}
                {r.partner ? ` · ${show(r.partner.name)}` : ''}
                {r.plannedOn ? ` · ${t('ret.plannedOn')}: ${date(r.plannedOn)}` : ''}
                {r.returnedOn ? ` · ${t('ret.returnedOn', { on: date(r.returnedOn) })}` : ''}
              </span>
              {(staff || r.partner?.code === partner) &&
                (r.status === 'REQUESTED' || r.status === 'IN_PREPARATION') && (
                  <MoveReturnForm
                    id={r.id}
                    only={staff ? undefined : PARTNER_MOVES}
                    refresh={refresh}
                  />
                )}
            </Stack>
          </List.Item>
        ))}
        {(kase.humanitarianResidence ?? []).map((r) => (
          <List.Item key={r.id}>
            <Stack gap={4}>
              <span>
                {t('case.residence', {
                  status: label('ResidenceStatus', r.status),
                  on: date(r.appliedOn),
                })}
                {r.validUntil ? ` · ${t('ret.validUntil')}: ${date(r.validUntil)}` : ''}
              </span>
              {staff && (r.status === 'APPLIED' || r.status === 'GRANTED') && (
                <DecideResidenceForm id={r.id} refresh={refresh} />
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
      {!kase.voluntaryReturns?.length && !kase.humanitarianResidence?.length && (
        <p>{t('common.nothingYet')}</p>
      )}
      {staff && (
        <>
          <RequestReturnForm kase={kase} refresh={refresh} />
          <ApplyResidenceForm kase={kase} refresh={refresh} />
        </>
      )}
    </Section>
  );
}
