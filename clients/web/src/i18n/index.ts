import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next, useTranslation } from 'react-i18next';
import { enumsEn } from './catalogue/enums.en';
import { enumsSrCyrl } from './catalogue/enums.sr-Cyrl';
import { messagesEn } from './catalogue/messages.en';
import { messagesSrCyrl } from './catalogue/messages.sr-Cyrl';
import { catalogueToLatin, toLatin } from '@hub/sdk';

export const LANGUAGES = ['sr-Cyrl', 'sr-Latn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The Intl locale dates and numbers are written in, per language. */
export const LOCALE: Record<Language, string> = {
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  en: 'en-GB',
};

const STORAGE_KEY = 'hub.language';

const cyrillic = { ...messagesSrCyrl, enum: enumsSrCyrl };

export function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'sr-Cyrl';
}

export async function initI18n(): Promise<void> {
  await i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      lng: storedLanguage(),
      fallbackLng: false,
      resources: {
        'sr-Cyrl': { translation: cyrillic },
        // Serbian Latin is derived, never translated by hand: one source of truth.
        'sr-Latn': { translation: catalogueToLatin(cyrillic) },
        en: { translation: { ...messagesEn, enum: enumsEn } },
      },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = i18next.language;
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Translation, enum labels, locale formatting and data shown in the chosen script. */
export function useI18n() {
  const { t, i18n } = useTranslation();
  const language = (i18n.language as Language) ?? 'sr-Cyrl';
  const locale = LOCALE[language] ?? LOCALE['sr-Cyrl'];
  /** Data as recorded (names, notes): written in Latin when Serbian Latin is chosen. */
  const show = (text: string | null | undefined): string =>
    text == null ? '' : language === 'sr-Latn' ? toLatin(text) : text;
  const label = (enumName: keyof typeof enumsSrCyrl, value: string | null | undefined): string =>
    value ? t(`enum.${enumName}.${value}`) : '';
  const dateTime = (iso: string | null | undefined): string =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '';
  const date = (iso: string | null | undefined): string =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '';
  const number = (value: number): string => new Intl.NumberFormat(locale).format(value);
  return { t, language, locale, show, label, dateTime, date, number };
}
