/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create cases`. */
import { Migration20261122052538 } from './Migration20261122052538';
import { Migration20261122070446 } from './Migration20261122070446';
import { Migration20261122070804 } from './Migration20261122070804';
import { Migration20261122071720 } from './Migration20261122071720';
import { Migration20261201000000 } from './Migration20261201000000';
import { Migration20261202060000 } from './Migration20261202060000';
import { Migration20261202145520 } from './Migration20261202145520';

export const migrations = [Migration20261122052538, Migration20261122070446, Migration20261122070804, Migration20261122071720, Migration20261201000000, Migration20261202060000, Migration20261202145520];
