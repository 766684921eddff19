import { Button, Group, Text } from '@mantine/core';
import { useDraftValue } from '../../auth/drafts';
import { SetStatisticsConsentDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { FormProblems } from '../../ui/Problems';
import { Value } from '../../ui/Value';
import type { CaseData, SectionProps } from '../CasePage';
import { PersonHistory } from './PersonHistory';
import { PersonRecordForm } from './PersonRecordForm';
import { Section } from './Section';
import { useStep } from './step';

/** Whether the person agreed to be counted in statistics; Centre staff record it, or its absence. */
function StatisticsConsent({
  kase,
  staff,
  refresh,
}: Omit<SectionProps, 'error'> & { kase: CaseData }) {
  const { t } = useI18n();
  const step = useStep(SetStatisticsConsentDocument, refresh);
  const given = kase.statisticsConsent;
  return (
    <div role="group" aria-label={t('statsConsent.label')}>
      <Group gap="sm" mt="sm" align="center">
        <Text fw={600}>{t('statsConsent.label')}:</Text>
        <Text>{given ? t('statsConsent.given') : t('statsConsent.notGiven')}</Text>
        {staff && (
          <Button
            size="xs"
            variant="light"
            loading={step.fetching}
            onClick={() => step.take({ caseId: kase.id, consent: !given })}
          >
            {given ? t('statsConsent.clear') : t('statsConsent.set')}
          </Button>
        )}
      </Group>
      <FormProblems problems={step.problems} fields={[]} />
    </div>
  );
}

export function PersonSection({ kase, error, staff, refresh }: SectionProps) {
  const { t, show, label, date } = useI18n();
  const p = kase.person;
  const at = (field: string) => ['case', 'person', field];
  const [editing, setEditing] = useDraftValue(`editing-person:${kase.id}`, false);
  const mayEdit = staff && kase.status !== 'CLOSED';
  return (
    <Section id="person" title={t('case.person')}>
      <div className="fields">
        <Value
          label={t('case.givenName')}
          value={show(p.givenName)}
          error={error}
          path={at('givenName')}
        />
        <Value
          label={t('case.familyName')}
          value={show(p.familyName)}
          error={error}
          path={at('familyName')}
        />
        <Value
          label={t('case.dateOfBirth')}
          value={date(p.dateOfBirth)}
          error={error}
          path={at('dateOfBirth')}
        />
        <Value label={t('case.sex')} value={label('Sex', p.sex)} error={error} path={at('sex')} />
        <Value
          label={t('case.citizenship')}
          value={show(p.citizenship)}
          error={error}
          path={at('citizenship')}
        />
        <Value label={t('case.phone')} value={p.phone} error={error} path={at('phone')} />
        <Value
          label={t('case.address')}
          value={show(p.address)}
          error={error}
          path={at('address')}
        />
        <Value
          label={t('case.municipality')}
          value={show(p.municipality)}
          error={error}
          path={at('municipality')}
        />
        <Value
          label={t('case.caseWorker')}
          value={show(kase.caseWorker.name)}
          error={error}
          path={['case', 'caseWorker']}
        />
      </div>
      {mayEdit &&
        (editing ? (
          <PersonRecordForm caseId={kase.id} done={() => setEditing(false)} refresh={refresh} />
        ) : (
          <Button mt="sm" variant="light" onClick={() => setEditing(true)}>
            {t('personRecord.edit')}
          </Button>
        ))}
      <PersonHistory rows={kase.personHistory} />
      <StatisticsConsent kase={kase} staff={staff} refresh={refresh} />
    </Section>
  );
}
