import { useI18n } from '../i18n';
import type { enumsSrCyrl } from '../i18n/catalogue/enums.sr-Cyrl';

type EnumName = keyof typeof enumsSrCyrl;

/** The enum whose labels name a breakdown's values (per figure where one name means two). */
const ENUM_OF: Record<string, EnumName> = {
  channel: 'ReportChannel',
  partnerType: 'AgencyType',
  sex: 'Sex',
  exploitationType: 'ExploitationType',
  scope: 'TraffickingScope',
  meansOfControl: 'MeansOfControl',
  recruiterRelation: 'RecruiterRelation',
  serviceType: 'ServiceType',
  protectiveMeasure: 'ProtectiveMeasure',
  stage: 'ProceedingStage',
  'cases.status': 'CaseStatus',
  'planItems.status': 'PlanItemStatus',
  'referrals.status': 'ReferralStatus',
  'returns.status': 'ReturnStatus',
  'residencePermits.status': 'ResidenceStatus',
  'compensationClaims.status': 'CompensationStatus',
  'compensationClaimed.status': 'CompensationStatus',
  'placements.kind': 'AccommodationKind',
  'nights.kind': 'AccommodationKind',
  'proceedings.kind': 'ProceedingKind',
};

export interface Published {
  value?: number | null;
  suppressed: boolean;
}

/** Words for the values of the statistics page, in the chosen language and script. */
export function useStatisticsLabels() {
  const { t, label, locale, number } = useI18n();
  const regionNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const monthNames = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });

  /** A breakdown value's label: an enum label, a country, an age band, or a month. */
  const valueLabel = (figure: string, breakdown: string, key: string): string => {
    if (key === 'UNKNOWN') {
      return t('statistics.unknown');
    }
    if (key === 'NONE') {
      return t('statistics.none');
    }
    if (breakdown === 'month') {
      return monthNames.format(new Date(`${key}-01T00:00:00Z`));
    }
    if (breakdown === 'citizenship') {
      return /^[A-Z]{2}$/.test(key) ? (regionNames.of(key) ?? key) : key;
    }
    if (breakdown === 'age') {
      if (key === 'CHILD' || key === 'ADULT') {
        return label('AgeGroup', key);
      }
      if (key === 'CHILD_AGE_UNKNOWN') {
        return t('statistics.childAgeUnknown');
      }
      if (key === 'ADULT_AGE_UNKNOWN') {
        return t('statistics.adultAgeUnknown');
      }
      return t('statistics.ageBand', { band: key });
    }
    const name = ENUM_OF[`${figure}.${breakdown}`] ?? ENUM_OF[breakdown];
    return name ? t(`enum.${name}.${key}`, { defaultValue: key }) : key;
  };

  /** A count as published: the number in the locale, or "fewer than 11". */
  const countText = (cell: Published): string =>
    cell.suppressed || cell.value == null ? t('statistics.fewerThan') : number(cell.value);

  /** A sum as published: nights as a number, amounts in RSD, or "not published". */
  const sumText = (cell: Published, money: boolean): string =>
    cell.suppressed || cell.value == null
      ? t('statistics.withheld')
      : money
        ? t('statistics.rsd', {
            amount: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cell.value),
          })
        : number(cell.value);

  return { valueLabel, countText, sumText };
}
