/**
 * Script- and case-insensitive search: text is folded to plain lower-case Latin letters, so
 * "Центар", "Centar" and "CENTAR" all become "centar", and "Šabac", "Sabac" and "Шабац" all
 * "sabac". The Serbian Cyrillic letters go to Latin letter for letter as the web client writes
 * them (clients/web/src/i18n/translit.ts: Љ → lj, Њ → nj, Џ → dž), then the Latin marks are
 * dropped (č, ć → c; š → s; ž → z; đ → dj) because people type without them. The same fold is
 * written once here, for JavaScript (`searchKey`) and for SQL (`searchKeySql`), so a column
 * folded by PostgreSQL and a query folded here always agree; the SQL uses no locale.
 */
// prettier-ignore
const FOLD: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'dj',
};

/** Every letter the fold knows, both cases, with what it becomes. */
const LETTERS: [string, string][] = Object.entries(FOLD).flatMap(([lower, latin]) => [
  [lower, latin],
  [lower.toUpperCase(), latin],
]);

/** The search form of `text`: lower-case, Latin, without marks. */
export function searchKey(text: string): string {
  let out = '';
  for (const ch of text) {
    out += FOLD[ch.toLowerCase()] ?? ch.toLowerCase();
  }
  return out;
}

/**
 * The same fold as a PostgreSQL expression over `column` (immutable, so it may be a generated
 * column): one translate() for the letters that become one letter, replace() for the rest.
 */
export function searchKeySql(column: string): string {
  const single = LETTERS.filter(([, latin]) => latin.length === 1);
  const from = single.map(([letter]) => letter).join('');
  const to = single.map(([, latin]) => latin).join('');
  let sql = `translate(lower(${column}), '${from}', '${to}')`;
  for (const [letter, latin] of LETTERS.filter(([, l]) => l.length > 1)) {
    sql = `replace(${sql}, '${letter}', '${latin}')`;
  }
  return sql;
}

/** A LIKE pattern that finds `text` anywhere in a search key; its own % and _ match literally. */
export const searchPattern = (text: string): string =>
  `%${searchKey(text.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
