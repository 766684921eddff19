/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create partners`. */
import { Migration20261122042359 } from './Migration20261122042359';

export const migrations = [Migration20261122042359];
