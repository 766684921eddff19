/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create legal`. */
import { Migration20261122052219 } from './Migration20261122052219';
import { Migration20261122070711 } from './Migration20261122070711';
import { Migration20261201000000 } from './Migration20261201000000';

export const migrations = [Migration20261122052219, Migration20261122070711, Migration20261201000000];
