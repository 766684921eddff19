import { catalogueToLatin } from '@hub/sdk';

export const REPORT_LANGUAGES = ['sr-Cyrl', 'sr-Latn', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The words of the PDF. Serbian Latin is derived from the Cyrillic, as in the web client. */
const srCyrl = {
  title: 'Извештај о приступу подацима',
  intro:
    'Ко је видео или коме је ускраћен приступ подацима о Вашем случају, по партнеру и врсти података.',
  caseCode: 'Шифра случаја',
  period: 'Период',
  generated: 'Израђен',
  verified: 'Дневник приступа је проверен (ланац хешева) закључно са уносом {id} од {at}.',
  empty: 'У овом периоду нема забележених приступа.',
  partner: 'Партнер',
  category: 'Подаци',
  decision: 'Одлука',
  basis: 'Основ',
  entries: 'Број',
  users: 'Корисника',
  first: 'Први пут',
  last: 'Последњи пут',
  breakGlass: 'Хитан приступ (break-glass)',
  noBreakGlass: 'У овом периоду није било хитног приступа.',
  session: 'Отворио/ла {supervisor} {startedAt}, до {expiresAt}. Образложење: {justification}',
  reviewed: 'Преглед: {reviewedBy} {reviewedAt}. {note}',
  notReviewed: 'Још није прегледан.',
  decisions: { ALLOWED: 'приказано', DENIED: 'ускраћено' } as Record<string, string>,
  bases: {
    GRANT: 'сагласност или законски основ',
    CENTRE_ROLE: 'улога у Центру',
    BREAK_GLASS: 'хитан приступ',
    AUTHOR: 'сопствена пријава',
    SEALED: 'случај затворен',
    NONE: 'без сагласности',
    ROLE: 'улога без приступа',
  } as Record<string, string>,
  categories: {
    CORE: 'основни подаци',
    IDENTITY: 'идентитет',
    CONTACT: 'контакт',
    LOCATION: 'боравиште и адреса',
    EXPLOITATION: 'експлоатација',
    HEALTH: 'здравље',
    ASSESSMENT: 'процена',
    PLAN: 'план заштите',
    LEGAL: 'правни поступци',
    FAMILY: 'породица',
    CONFERENCE: 'конференције случаја',
  } as Record<string, string>,
};

export type ReportWords = typeof srCyrl;

const en: ReportWords = {
  title: 'Report of access to your data',
  intro: 'Who saw, or was refused, data about your case, by partner and kind of data.',
  caseCode: 'Case code',
  period: 'Period',
  generated: 'Made',
  verified: 'The access log was verified (hash chain) up to entry {id} of {at}.',
  empty: 'No access was recorded in this period.',
  partner: 'Partner',
  category: 'Data',
  decision: 'Decision',
  basis: 'Basis',
  entries: 'Times',
  users: 'Users',
  first: 'First',
  last: 'Last',
  breakGlass: 'Emergency access (break-glass)',
  noBreakGlass: 'There was no emergency access in this period.',
  session: 'Opened by {supervisor} {startedAt}, until {expiresAt}. Justification: {justification}',
  reviewed: 'Reviewed by {reviewedBy} {reviewedAt}. {note}',
  notReviewed: 'Not reviewed yet.',
  decisions: { ALLOWED: 'shown', DENIED: 'refused' },
  bases: {
    GRANT: 'consent or legal basis',
    CENTRE_ROLE: 'Centre role',
    BREAK_GLASS: 'emergency access',
    AUTHOR: 'own report',
    SEALED: 'case closed',
    NONE: 'no consent',
    ROLE: 'role without access',
  },
  categories: {
    CORE: 'basic data',
    IDENTITY: 'identity',
    CONTACT: 'contact',
    LOCATION: 'whereabouts and address',
    EXPLOITATION: 'exploitation',
    HEALTH: 'health',
    ASSESSMENT: 'assessment',
    PLAN: 'protection plan',
    LEGAL: 'legal proceedings',
    FAMILY: 'family',
    CONFERENCE: 'case conferences',
  },
};

export const WORDS: Record<ReportLanguage, ReportWords> = {
  'sr-Cyrl': srCyrl,
  'sr-Latn': catalogueToLatin(srCyrl),
  en,
};

export const LOCALE: Record<ReportLanguage, string> = {
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  en: 'en-GB',
};

/** `{name}` placeholders filled in. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
