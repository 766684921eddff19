import { rolePassword, SUBGRAPH_NAMES, type SubgraphName } from '@hub/common/bootstrap';
import { loadConfigOrExit } from '@hub/common/config';
import { ROLES, type Role } from '@hub/common/identity';
import { Command, InvalidArgumentError, Option } from 'commander';
import { writeSchemas } from './compose';
import { cliConfigSchema, type CliConfig } from './config';
import { openDatabase, prepareDatabase, verifyAccessLogAt } from './database';
import { seedDemoData } from './demo/seed';
import { seedStatisticsCases } from './demo/statistics-seed';
import { ensureDevSecrets, readDevSecrets } from './dev-secrets';
import { createMigration } from './migration-create';
import { startHub } from './start';
import { mintDevToken, Refused } from './token';

const say = (line: string) => process.stdout.write(`${line}\n`);
const config = (): CliConfig => loadConfigOrExit(cliConfigSchema, process.env);

async function withDatabase<T>(
  cfg: CliConfig,
  work: (adminUrl: string, roleSecret: string) => Promise<T>,
): Promise<T> {
  // Operators give the secret the roles' passwords derive from; development keeps its own.
  const roleSecret = cfg.HUB_ROLE_SECRET ?? (await ensureDevSecrets(cfg.HUB_DATA_DIR)).roleSecret;
  const database = await openDatabase(cfg);
  try {
    return await work(database.adminUrl, roleSecret);
  } finally {
    await database.stop();
  }
}

const program = new Command('hub')
  .description(
    'The coordination hub: start it, mint development tokens, migrate, seed, compose the supergraph.',
  )
  .showHelpAfterError();

program
  .command('start')
  .description(
    'Start the whole hub (embedded PostgreSQL unless DATABASE_URL is set) with demo data.',
  )
  .action(async () => {
    const cfg = config();
    const hub = await startHub(cfg, say);
    say('');
    say('Get a development token and run a first query:');
    say('  TOKEN=$(npm run --silent hub -- token --partner centre --role CASE_WORKER)');
    say(
      `  curl -s ${hub.url} -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\`,
    );
    say(
      `    -d '{"query":"{ cases(first: 3) { code status reports { channel reportingPartner { name } } } }"}'`,
    );
    say('Press Ctrl-C to stop.');
    let stopping = false;
    const stop = () => {
      if (stopping) {
        return;
      }
      stopping = true;
      say('\nStopping the hub…');
      hub.stop().then(
        () => {
          say('Stopped.');
          process.exit(0);
        },
        (error: unknown) => {
          process.stderr.write(`Stopping failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

const parseRole = (value: string, previous: Role[] = []): Role[] => {
  const role = value.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new InvalidArgumentError(`Roles are ${ROLES.join(', ')}.`);
  }
  return [...previous, role as Role];
};

program
  .command('token')
  .description('Print a development token for a demo partner (development mode only).')
  .requiredOption('--partner <code>', 'demo partner code, e.g. centre, astra, police-beograd')
  .option(
    '--role <ROLE>',
    'a role (repeatable); default CASE_WORKER for the Centre, MEMBER otherwise',
    parseRole,
  )
  .option('--sub <subject>', 'the user id in the token', undefined)
  .option('--ttl <duration>', 'lifetime, e.g. 8h or 15m', '8h')
  .action(async (options: { partner: string; role?: Role[]; sub?: string; ttl: string }) => {
    const cfg = config();
    if (cfg.HUB_ENV === 'production') {
      throw new Refused(
        'Development tokens are refused in production (HUB_ENV=production): use your identity provider.',
      );
    }
    const secrets = readDevSecrets(cfg.HUB_DATA_DIR);
    if (!secrets) {
      throw new Refused('No development keys yet: start the hub once with `npm start`.');
    }
    say(
      await mintDevToken(secrets, {
        partner: options.partner,
        roles: options.role,
        sub: options.sub,
        ttl: options.ttl,
      }),
    );
  });

program
  .command('migrate')
  .description("Create roles and schemas, then apply every subgraph's committed migrations.")
  .action(async () => {
    const applied = await withDatabase(config(), prepareDatabase);
    for (const [name, migrations] of Object.entries(applied)) {
      say(`${name}: ${migrations.length ? migrations.join(', ') : 'up to date'}`);
    }
  });

program
  .command('seed')
  .description('Load the synthetic demo data (parts already present are left alone).')
  .option(
    '--statistics <cases>',
    'Also generate this many synthetic cases over the six years before this one, for the statistics page (once).',
    (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 200_000) {
        throw new InvalidArgumentError('Give a number of cases from 1 to 200000.');
      }
      return n;
    },
  )
  .action(async (options: { statistics?: number }) => {
    const result = await withDatabase(config(), async (adminUrl, secret) => {
      await prepareDatabase(adminUrl, secret);
      const seeded = await seedDemoData(adminUrl, secret);
      const generated = options.statistics
        ? await seedStatisticsCases(adminUrl, options.statistics)
        : 0;
      return { ...seeded, generated };
    });
    say(
      `Loaded: ${result.partners} partners, ${result.services} services, ${result.cases} cases, ${result.proceedings} proceedings, ${result.generated} generated cases for statistics.`,
    );
  });

program
  .command('compose')
  .description("Emit each subgraph's SDL to schema/ and compose schema/supergraph.graphql.")
  .action(async () => {
    const changed = await writeSchemas();
    say(changed.length ? `Written: ${changed.join(', ')}` : 'schema/ is up to date.');
  });

const audit = program.command('audit').description('Checks on the access log.');
audit
  .command('verify')
  .description('Re-compute the access log hash chain: prints "intact" or the first broken row.')
  .action(async () => {
    const verdict = await withDatabase(config(), (adminUrl) => verifyAccessLogAt(adminUrl));
    if (verdict.intact) {
      say(`intact (${verdict.rows} rows)`);
      return;
    }
    say(
      `broken at row ${verdict.firstBroken!.id}: ${verdict.firstBroken!.reason} (${verdict.rows} rows before it are intact)`,
    );
    process.exitCode = 1;
  });

program
  .command('role-password')
  .description(
    "Print a database role's password (a subgraph's, or the gateway's event reader), derived from HUB_ROLE_SECRET (for operators).",
  )
  .addOption(
    new Option('--subgraph <name>', 'the role: a subgraph, or gateway')
      .choices([...SUBGRAPH_NAMES, 'gateway'])
      .makeOptionMandatory(),
  )
  .action((options: { subgraph: SubgraphName | 'gateway' }) => {
    const cfg = config();
    if (!cfg.HUB_ROLE_SECRET) {
      throw new Refused('Set HUB_ROLE_SECRET: role passwords derive from it.');
    }
    say(rolePassword(cfg.HUB_ROLE_SECRET, options.subgraph));
  });

program
  .command('migration:create')
  .description('Write a new migration for a subgraph from its entities (development).')
  .addOption(new Option('--subgraph <name>').choices([...SUBGRAPH_NAMES]).makeOptionMandatory())
  .action(async (options: { subgraph: SubgraphName }) => {
    const file = await withDatabase(config(), (adminUrl, secret) =>
      createMigration(adminUrl, secret, options.subgraph),
    );
    say(file ? `Written: ${file}` : 'No changes: the entities match the migrations.');
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof Refused) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
