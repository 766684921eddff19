import { ageLeaf, UNKNOWN } from '../figures/vocabulary';

/**
 * k-anonymity of the HTCDS/CTDC export by global recoding and record suppression. Each
 * quasi-identifier has generalisation levels (0 = as recorded; the last = withheld). Every
 * combination of levels is tried; the one kept loses least information (sum of each field's
 * level over its last level) while suppressing at most MAX_SUPPRESSED_SHARE of the records, and
 * among equals suppresses fewest. Records whose class is then still smaller than k are left out.
 */
export interface QiRecord {
  sex: string | null;
  ageYears: number | null;
  child: boolean | null;
  citizenship: string | null;
  exploitationTypes: readonly string[];
  scope: string | null;
  year: number;
}

export const MAX_SUPPRESSED_SHARE = 0.1;

const GENDER: Record<string, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  OTHER: 'Transgender/NonConforming',
};
const SEXUAL = ['SEXUAL', 'PORNOGRAPHY'];
const LABOUR = ['LABOUR', 'FORCED_BEGGING'];

/** Exploitation as its CTDC flags: full detail (level 0) or the main kind only (level 1). */
export function exploitationFlags(types: readonly string[], level: number): Record<string, string> {
  const has = (...codes: string[]) => (types.some((t) => codes.includes(t)) ? '1' : '0');
  if (level >= 2) {
    return {};
  }
  const sexual = has(...SEXUAL);
  const labour = has(...LABOUR);
  const flags: Record<string, string> = {
    isForcedLabour: labour,
    isSexualExploit: sexual,
    isSexAndLabour: sexual === '1' && labour === '1' ? '1' : '0',
  };
  if (level === 1) {
    flags.isOtherExploit = has(
      'FORCED_CRIMINALITY',
      'ILLEGAL_ADOPTION',
      'OTHER',
      'FORCED_MARRIAGE',
      'ORGAN_REMOVAL',
    );
    return flags;
  }
  const named = [
    types.includes('FORCED_CRIMINALITY') ? 'Forced criminality' : null,
    types.includes('ILLEGAL_ADOPTION') ? 'Illegal adoption' : null,
  ].filter(Boolean);
  return {
    ...flags,
    isOtherExploit: has('FORCED_CRIMINALITY', 'ILLEGAL_ADOPTION', 'OTHER'),
    isForcedMarriage: has('FORCED_MARRIAGE'),
    isOrganRemoval: has('ORGAN_REMOVAL'),
    typeOfLabourBegging: has('FORCED_BEGGING'),
    typeOfSexPornography: has('PORNOGRAPHY'),
    typeOfExploitConcatenated: named.join('; '),
  };
}

interface QuasiIdentifier {
  name: string;
  /** The export columns it fills. */
  columns: readonly string[];
  levels: number;
  /** The columns' values at a level; a withheld column is the empty string. */
  value(record: QiRecord, level: number): Record<string, string>;
}

export const QUASI_IDENTIFIERS: readonly QuasiIdentifier[] = [
  {
    name: 'gender',
    columns: ['gender'],
    levels: 2,
    value: (r, level) => ({ gender: level === 0 ? (GENDER[r.sex ?? ''] ?? '') : '' }),
  },
  {
    name: 'age',
    columns: ['ageBroad', 'majorityStatus'],
    levels: 3,
    value: (r, level) => {
      const leaf = ageLeaf(r.ageYears, r.child);
      const minor = leaf === '0-8' || leaf === '9-17' || leaf === 'CHILD_AGE_UNKNOWN';
      const known = leaf !== UNKNOWN;
      return {
        ageBroad: level === 0 && known && !leaf.endsWith('AGE_UNKNOWN') ? leaf : '',
        majorityStatus: level <= 1 && known ? (minor ? 'Minor' : 'Adult') : '',
      };
    },
  },
  {
    name: 'citizenship',
    columns: ['citizenship'],
    levels: 3,
    value: (r, level) => ({
      citizenship:
        level === 0
          ? (r.citizenship ?? '')
          : level === 1 && r.citizenship
            ? r.citizenship === 'RS'
              ? 'RS'
              : 'OTHER'
            : '',
    }),
  },
  {
    name: 'exploitation',
    columns: [
      'isForcedLabour',
      'isSexualExploit',
      'isOtherExploit',
      'isSexAndLabour',
      'isForcedMarriage',
      'isOrganRemoval',
      'typeOfLabourBegging',
      'typeOfSexPornography',
      'typeOfExploitConcatenated',
    ],
    levels: 3,
    value: (r, level) => exploitationFlags(r.exploitationTypes, level),
  },
  {
    name: 'yearOfRegistration',
    columns: ['yearOfRegistration'],
    levels: 2,
    value: (r, level) => ({ yearOfRegistration: level === 0 ? String(r.year) : '' }),
  },
  {
    name: 'traffickingScope',
    columns: ['traffickingScope'],
    levels: 2,
    value: (r, level) => ({
      traffickingScope:
        level === 0 && r.scope ? (r.scope === 'INTERNAL' ? 'Internal' : 'Transnational') : '',
    }),
  },
];

export type Levels = readonly number[];

/** The generalised quasi-identifier columns of a record, and its class key. */
export function generalise(
  record: QiRecord,
  levels: Levels,
): { columns: Record<string, string>; key: string } {
  const columns: Record<string, string> = {};
  QUASI_IDENTIFIERS.forEach((qi, i) => Object.assign(columns, qi.value(record, levels[i])));
  const key = QUASI_IDENTIFIERS.flatMap((qi) => qi.columns.map((c) => columns[c] ?? '')).join(
    '\u0001',
  );
  return { columns, key };
}

export interface Anonymisation {
  k: number;
  levels: Record<string, number>;
  /** Each field's level over its last (0 = as recorded, 1 = withheld). */
  generalisation: Record<string, number>;
  records: number;
  suppressed: number;
  exported: number;
  /** Class sizes by key at the chosen levels (classes under k are suppressed). */
  classes: Map<string, number>;
  levelList: Levels;
}

/** Chooses the levels for records given as (record, how many alike) groups. */
export function anonymise(
  given: readonly { record: QiRecord; count: number }[],
  k: number,
): Anonymisation {
  // Every level is a function of the finest (level 0) values, so records alike at level 0 are
  // merged first: the search then costs per combination, not per record.
  const zero = QUASI_IDENTIFIERS.map(() => 0);
  const merged = new Map<string, { record: QiRecord; count: number }>();
  for (const group of given) {
    const key = generalise(group.record, zero).key;
    const seen = merged.get(key);
    merged.set(key, {
      record: seen?.record ?? group.record,
      count: (seen?.count ?? 0) + group.count,
    });
  }
  const groups = [...merged.values()];
  const records = groups.reduce((sum, g) => sum + g.count, 0);
  // parts[g][q][level]: the text of quasi-identifier q of group g at that level.
  const parts = groups.map(({ record }) =>
    QUASI_IDENTIFIERS.map((qi) =>
      Array.from({ length: qi.levels }, (_, level) =>
        Object.values(qi.value(record, level)).join('\u0001'),
      ),
    ),
  );
  let best: { levels: number[]; loss: number; suppressed: number } | null = null;
  const levelSets: number[][] = [[]];
  for (const qi of QUASI_IDENTIFIERS) {
    const next: number[][] = [];
    for (const set of levelSets) {
      for (let level = 0; level < qi.levels; level += 1) {
        next.push([...set, level]);
      }
    }
    levelSets.splice(0, levelSets.length, ...next);
  }
  const limit = MAX_SUPPRESSED_SHARE * records;
  for (const levels of levelSets) {
    const classes = new Map<string, number>();
    groups.forEach(({ count }, g) => {
      const key = levels.map((level, q) => parts[g][q][level]).join('\u0002');
      classes.set(key, (classes.get(key) ?? 0) + count);
    });
    let suppressed = 0;
    classes.forEach((size) => {
      if (size < k) {
        suppressed += size;
      }
    });
    const loss = levels.reduce(
      (sum, level, i) => sum + level / (QUASI_IDENTIFIERS[i].levels - 1),
      0,
    );
    const allowed = suppressed <= limit;
    const bestAllowed = best !== null && best.suppressed <= limit;
    const better =
      best === null ||
      (allowed && !bestAllowed) ||
      (allowed === bestAllowed &&
        (allowed
          ? loss < best.loss || (loss === best.loss && suppressed < best.suppressed)
          : suppressed < best.suppressed || (suppressed === best.suppressed && loss < best.loss)));
    if (better) {
      best = { levels, loss, suppressed };
    }
  }
  const chosen = best!;
  const classes = new Map<string, number>();
  for (const { record, count } of groups) {
    const { key } = generalise(record, chosen.levels);
    classes.set(key, (classes.get(key) ?? 0) + count);
  }
  return {
    k,
    levels: Object.fromEntries(QUASI_IDENTIFIERS.map((qi, i) => [qi.name, chosen.levels[i]])),
    generalisation: Object.fromEntries(
      QUASI_IDENTIFIERS.map((qi, i) => [qi.name, chosen.levels[i] / (qi.levels - 1)]),
    ),
    records,
    suppressed: chosen.suppressed,
    exported: records - chosen.suppressed,
    classes,
    levelList: chosen.levels,
  };
}
