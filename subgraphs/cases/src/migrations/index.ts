/** Committed migrations, oldest first. New ones: `npm run hub -- migration:create cases`. */
import { Migration20261122052538 } from './Migration20261122052538';

export const migrations = [Migration20261122052538];
