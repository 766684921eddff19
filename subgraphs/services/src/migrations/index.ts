/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create services`. */
import { Migration20261122045939 } from './Migration20261122045939';
import { Migration20261122070806 } from './Migration20261122070806';
import { Migration20261201000000 } from './Migration20261201000000';
import { Migration20261202160000 } from './Migration20261202160000';

export const migrations = [
  Migration20261122045939,
  Migration20261122070806,
  Migration20261201000000,
  Migration20261202160000,
];
