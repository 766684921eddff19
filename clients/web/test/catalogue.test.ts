import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { enumsEn } from '../src/i18n/catalogue/enums.en';
import { enumsSrCyrl } from '../src/i18n/catalogue/enums.sr-Cyrl';
import { messagesEn } from '../src/i18n/catalogue/messages.en';
import { messagesSrCyrl } from '../src/i18n/catalogue/messages.sr-Cyrl';
import { catalogueToLatin, toLatin } from '@hub/sdk';

const schema = buildSchema(
  readFileSync(path.resolve(__dirname, '../../../schema/api.graphql'), 'utf8'),
);
const apiEnums = Object.values(schema.getTypeMap()).filter(
  (type) => isEnumType(type) && !type.name.startsWith('__'),
);

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('the message catalogues', () => {
  it('label every enum code the API returns, in Cyrillic, Latin and English', () => {
    const latin = catalogueToLatin(enumsSrCyrl) as Record<string, Record<string, string>>;
    const missing: string[] = [];
    for (const type of apiEnums) {
      if (!isEnumType(type)) {
        continue;
      }
      for (const { name } of type.getValues()) {
        const catalogues = {
          'sr-Cyrl': (enumsSrCyrl as Record<string, Record<string, string>>)[type.name],
          'sr-Latn': latin[type.name],
          en: (enumsEn as Record<string, Record<string, string>>)[type.name],
        };
        for (const [language, labels] of Object.entries(catalogues)) {
          if (!labels?.[name]?.trim()) {
            missing.push(`${language} ${type.name}.${name}`);
          }
        }
      }
    }
    expect(apiEnums.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('have the same messages in Serbian and English', () => {
    expect(keys(messagesEn).sort()).toEqual(keys(messagesSrCyrl).sort());
  });

  it('write Serbian Latin letter for letter from Cyrillic, digraphs and capitals included', () => {
    expect(toLatin('Љиљана Ђорђевић, Џеват, Њива, ЉУБАВ, чешће ћуфте, жена шије')).toBe(
      'Ljiljana Đorđević, Dževat, Njiva, LJUBAV, češće ćufte, žena šije',
    );
    // ICU syntax, numbers and Latin text pass through unchanged.
    expect(
      toLatin('{count, plural, one {# случај} few {# случаја} other {# случајева}} DEMO-1'),
    ).toBe('{count, plural, one {# slučaj} few {# slučaja} other {# slučajeva}} DEMO-1');
    expect(catalogueToLatin({ a: { b: 'Телефон' } })).toEqual({ a: { b: 'Telefon' } });
  });
});
