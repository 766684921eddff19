/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create services`. */
import { Migration20261122045939 } from './Migration20261122045939';

export const migrations = [Migration20261122045939];
