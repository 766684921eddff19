/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create cases`. */
import { Migration20261122044224 } from './Migration20261122044224';

export const migrations = [Migration20261122044224];
