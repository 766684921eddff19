/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create legal`. */
import { Migration20261122042404 } from './Migration20261122042404';

export const migrations = [Migration20261122042404];
