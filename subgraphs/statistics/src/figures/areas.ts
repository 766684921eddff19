import { Tree } from './lattice';

/**
 * Serbia's statistical regions (NUTS 2) and municipalities as the hub records them
 * (`Person.municipality`, Serbian Cyrillic). A municipality not listed here counts nationally and
 * in the region UNKNOWN only. Every region has several municipalities, so no municipality's
 * figure equals its region's (a single child would give its parent away).
 */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  BEOGRAD: [
    'Београд',
    'Нови Београд',
    'Земун',
    'Палилула',
    'Звездара',
    'Вождовац',
    'Чукарица',
    'Раковица',
    'Обреновац',
    'Младеновац',
    'Лазаревац',
  ],
  VOJVODINA: [
    'Нови Сад',
    'Суботица',
    'Зрењанин',
    'Панчево',
    'Сомбор',
    'Кикинда',
    'Сремска Митровица',
    'Вршац',
    'Рума',
  ],
  SUMADIJA_AND_WESTERN_SERBIA: [
    'Крагујевац',
    'Чачак',
    'Краљево',
    'Нови Пазар',
    'Ужице',
    'Шабац',
    'Ваљево',
    'Крушевац',
    'Јагодина',
  ],
  SOUTHERN_AND_EASTERN_SERBIA: [
    'Ниш',
    'Лесковац',
    'Врање',
    'Пирот',
    'Зајечар',
    'Смедерево',
    'Пожаревац',
    'Бор',
    'Прокупље',
  ],
  KOSOVO_AND_METOHIJA: ['Приштина', 'Косовска Митровица', 'Призрен', 'Пећ'],
};
export const UNKNOWN_REGION = 'UNKNOWN';

const regionOfMunicipality = new Map(
  Object.entries(REGIONS).flatMap(([region, names]) => names.map((name) => [name, region])),
);

export const areaTree = (): Tree => {
  const tree = new Tree('N');
  for (const [region, names] of Object.entries(REGIONS)) {
    tree.add(`R:${region}`, 'N');
    names.forEach((name) => tree.add(`M:${name}`, `R:${region}`));
  }
  return tree.add(`R:${UNKNOWN_REGION}`, 'N');
};

/** The area nodes a person of `municipality` counts in, leaf first. */
export function areaChain(municipality: string | null | undefined): string[] {
  const region = municipality ? regionOfMunicipality.get(municipality) : undefined;
  return region ? [`M:${municipality}`, `R:${region}`, 'N'] : [`R:${UNKNOWN_REGION}`, 'N'];
}

export const isKnownMunicipality = (name: string) => regionOfMunicipality.has(name);
export const isKnownRegion = (code: string) => code in REGIONS || code === UNKNOWN_REGION;
