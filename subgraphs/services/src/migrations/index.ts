/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create services`. */
import { Migration20261122042402 } from './Migration20261122042402';

export const migrations = [Migration20261122042402];
