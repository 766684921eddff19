/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create cases`. */
import { Migration20261122042403 } from './Migration20261122042403';

export const migrations = [Migration20261122042403];
