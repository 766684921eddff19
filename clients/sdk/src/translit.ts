/**
 * Serbian Cyrillic → Serbian Latin, letter for letter (the two alphabets of Serbian correspond
 * one to one; Љ, Њ, Џ become the digraphs Lj, Nj, Dž). Hand-written because the transliteration
 * packages on the registry do not do Serbian correctly: cyrillic-to-translit-js 3.x has only
 * Russian, Ukrainian and Mongolian presets, and transliterate-cyrillic writes ч as "ch" and leaves
 * capitals in Cyrillic. Deterministic: the same text always gives the same Latin text.
 */
// prettier-ignore
const LOWER: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

export function toLatin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    const latin = LOWER[lower];
    if (latin === undefined) {
      out += ch;
    } else if (ch === lower) {
      out += latin;
    } else if (latin.length === 1 || isUpper(text[i + 1]) || isUpper(text[i - 1])) {
      // A capital digraph inside an all-caps word is all caps (ЉУБАВ → LJUBAV), else Lj.
      out += latin.toUpperCase();
    } else {
      out += latin[0].toUpperCase() + latin.slice(1);
    }
  }
  return out;
}

/** The same transliteration over every string of a message catalogue. */
export function catalogueToLatin<T>(catalogue: T): T {
  if (typeof catalogue === 'string') {
    return toLatin(catalogue) as T;
  }
  if (catalogue && typeof catalogue === 'object') {
    return Object.fromEntries(
      Object.entries(catalogue).map(([key, value]) => [key, catalogueToLatin(value)]),
    ) as T;
  }
  return catalogue;
}
