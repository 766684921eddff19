import { Button, Group, NativeSelect, Stack, Table, TextInput, Title } from '@mantine/core';
import { useQuery } from 'urql';
import {
  EndAccommodationDocument,
  GranteePartnersDocument,
  PlaceInAccommodationDocument,
  type AccommodationKind,
} from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { EnumSelect, today } from '../../ui/forms';
import { fieldError, FormProblems, useProblemText } from '../../ui/Problems';
import { NotShared, Value } from '../../ui/Value';
import type { CaseData, SectionProps } from '../CasePage';
import { Section } from './Section';
import { useStep, useStepForm } from './step';
import { useDraftValue } from '../../auth/drafts';

/** The partners, for the forms that name one (read only when such a form is shown). */
export function usePartners(show: boolean) {
  const [{ data }] = useQuery({ query: GranteePartnersDocument, pause: !show });
  return data?.partners ?? [];
}

export function PartnerSelect(props: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  /** The label of choosing none, when none may be chosen. */
  empty?: string;
}) {
  const { t, show } = useI18n();
  const partners = usePartners(true);
  return (
    <NativeSelect
      label={props.label}
      value={props.value}
      error={props.error}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={[
        { value: '', label: props.empty ?? t('common.choose') },
        ...partners.map((p) => ({ value: p.code, label: show(p.name) })),
      ]}
    />
  );
}

/** Place the person (or move them: a new stay ends the current one that day). */
function PlaceForm({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t } = useI18n();
  const { form, step, input, choice } = useStepForm(
    PlaceInAccommodationDocument,
    refresh,
    `place:${kase.id}`,
    { provider: '', kind: '', phase: '', from: today() },
  );
  return (
    <form
      onSubmit={step.submit(() => ({
        input: {
          caseId: kase.id,
          provider: form.provider,
          kind: form.kind as AccommodationKind,
          phase: form.phase ? Number(form.phase) : null,
          from: form.from,
        },
      }))}
    >
      <Title order={3} size="h4" mt="md">
        {t('stay.placeForm')}
      </Title>
      <Stack gap="xs" maw={720}>
        <PartnerSelect label={t('stay.provider')} {...choice('provider')} />
        <EnumSelect
          name="AccommodationKind"
          label={t('stay.kind')}
          empty={t('common.choose')}
          {...choice('kind')}
        />
        <NativeSelect
          label={t('stay.phase')}
          {...input('phase')}
          data={[
            { value: '', label: t('common.none') },
            ...['1', '2', '3'].map((n) => ({ value: n, label: t('case.phase', { phase: n }) })),
          ]}
        />
        <TextInput type="date" label={t('stay.from')} {...input('from')} />
        <FormProblems problems={step.problems} fields={['provider', 'kind', 'phase', 'from']} />
        <Button type="submit" loading={step.fetching}>
          {t('stay.place')}
        </Button>
      </Stack>
    </form>
  );
}

/** The current stay's own steps: the Shelter's next phase, and the end of the stay. */
function CurrentStaySteps({ kase, refresh }: { kase: CaseData; refresh: () => void }) {
  const { t } = useI18n();
  const text = useProblemText();
  const stay = kase.accommodation!;
  const [on, setOn] = useDraftValue(`stay:${kase.id}`, today());
  const next = useStep(PlaceInAccommodationDocument, refresh);
  const end = useStep(EndAccommodationDocument, refresh);
  const phase = stay.phase ?? 0;
  return (
    <Stack gap="xs" mt="sm" maw={720}>
      {stay.kind === 'CENTRE_SHELTER' && phase < 3 && stay.provider && (
        <Button
          variant="light"
          loading={next.fetching}
          onClick={() =>
            next.take({
              input: {
                caseId: kase.id,
                provider: stay.provider!.code,
                kind: 'CENTRE_SHELTER',
                phase: phase + 1,
                from: today(),
              },
            })
          }
        >
          {t('stay.nextPhase', { phase: phase + 1 })}
        </Button>
      )}
      <FormProblems problems={next.problems} fields={[]} />
      <form onSubmit={end.submit(() => ({ id: stay.id, on }))}>
        <Group align="end">
          <TextInput
            type="date"
            label={t('stay.endOn')}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
            error={fieldError(end.problems, 'on', text)}
          />
          <Button type="submit" variant="outline" loading={end.fetching}>
            {t('stay.end')}
          </Button>
        </Group>
        <FormProblems problems={end.problems} fields={['on']} />
      </form>
    </Stack>
  );
}

/** Accommodation: where the person stays now, every stay, and the steps. */
export function AccommodationSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, label, show, date } = useI18n();
  const a = kase.accommodation;
  const [placing, setPlacing] = useDraftValue(`placing:${kase.id}`, false);
  return (
    <Section id="accommodation" title={t('case.accommodation')}>
      <div className="fields">
        <Value
          label={t('case.accommodationNow')}
          value={
            a &&
            `${label('AccommodationKind', a.kind)}${a.phase ? ` (${t('case.phase', { phase: a.phase })})` : ''}, ${show(a.provider?.name)}, ${date(a.from)}`
          }
          error={error}
          path={['case', 'accommodation']}
        />
      </div>
      <NotShared error={error} path={['case', 'accommodations']} />
      {!!kase.accommodations?.length && (
        <Table aria-label={t('stay.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stay.provider')}</Table.Th>
              <Table.Th>{t('stay.kind')}</Table.Th>
              <Table.Th>{t('stay.phase')}</Table.Th>
              <Table.Th>{t('stay.from')}</Table.Th>
              <Table.Th>{t('stay.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kase.accommodations.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{show(s.provider?.name)}</Table.Td>
                <Table.Td>{label('AccommodationKind', s.kind)}</Table.Td>
                <Table.Td>{s.phase ?? t('common.none')}</Table.Td>
                <Table.Td>{date(s.from)}</Table.Td>
                <Table.Td>{s.to ? date(s.to) : t('stay.current')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {staff && a && <CurrentStaySteps kase={kase} refresh={refresh} />}
      {staff &&
        (placing ? (
          <PlaceForm kase={kase} refresh={refresh} />
        ) : (
          <Button mt="sm" variant="light" onClick={() => setPlacing(true)}>
            {t('stay.placeForm')}
          </Button>
        ))}
    </Section>
  );
}
