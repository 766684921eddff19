import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startThrowawayPostgres } from '../../infra/cli/src/embedded';

/**
 * One PostgreSQL for the whole run: the server at DATABASE_URL when given (CI's second pass),
 * otherwise a throwaway embedded one. Each test file then makes its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  process.env.HUB_TEST_ROLE_SECRET = randomBytes(24).toString('base64url');
  if (process.env.DATABASE_URL) {
    process.env.HUB_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-test-pg-'));
  const pg = await startThrowawayPostgres(path.join(dir, 'data'));
  process.env.HUB_TEST_ADMIN_URL = pg.adminUrl;
  (globalThis as { __hubTestPg?: { stop(): Promise<void>; dir: string } }).__hubTestPg = {
    stop: pg.stop,
    dir,
  };
}
