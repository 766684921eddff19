/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create partners`. */
import { Migration20261122042359 } from './Migration20261122042359';
import { Migration20261122071217 } from './Migration20261122071217';
import { Migration20261201000000 } from './Migration20261201000000';
import { Migration20261202150000 } from './Migration20261202150000';
import { Migration20261202160000 } from './Migration20261202160000';

export const migrations = [
  Migration20261122042359,
  Migration20261122071217,
  Migration20261201000000,
  Migration20261202150000,
  Migration20261202160000,
];
