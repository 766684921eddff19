import type { enumsSrCyrl } from './enums.sr-Cyrl';

/** The enum labels' shape, taken from the Cyrillic catalogue: every other catalogue has the same keys. */
export type EnumLabels = {
  [E in keyof typeof enumsSrCyrl]: Record<keyof (typeof enumsSrCyrl)[E], string>;
};
