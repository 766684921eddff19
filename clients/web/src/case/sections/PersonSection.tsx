import { useI18n } from '../../i18n';
import { Value } from '../../ui/Value';
import type { SectionProps } from '../CasePage';
import { Section } from './Section';

export function PersonSection({ kase, error }: SectionProps) {
  const { t, show, label, date } = useI18n();
  const p = kase.person;
  const at = (field: string) => ['case', 'person', field];
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
    </Section>
  );
}
