import { parseArgs } from 'node:util';
import { buildApp } from './app.ts';
import { type Config, ConfigError, ensureSecret, loadDotEnv, readConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';

const HELP = `followthrough: the staffing agency platform

Usage:
  followthrough serve                     run the web server (migrates first)
  followthrough migrate                   bring the database schema up to date
  followthrough user create --role ROLE --email EMAIL --name NAME [--password PW]
                                          create an account (ROLE: admin, recruiter, candidate);
                                          without --password one is generated and printed
  followthrough seed --demo               fill the database with realistic demo data
  followthrough import candidates|openings FILE.csv [--map "Header=field" ...]
                 [--skip-invalid] [--skip-duplicates] [--create-companies] [--as EMAIL]
                                          import a CSV file with the suggested column mapping
                                          (as the first admin unless --as names a staff member)
  followthrough insights rebuild          recount the insight rollups from every debrief (after
                                          restoring a backup or deleting records by hand)
  followthrough help                      show this text

Configuration comes from environment variables (and .env); see the README.`;

function loadConfig(): Config {
  loadDotEnv();
  const config = readConfig();
  return { ...config, secret: ensureSecret(config.dataDir) };
}

async function serve(config: Config): Promise<void> {
  const { app } = await buildApp(config);
  const close = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Followthrough is running at ${config.publicUrl}`);
}

async function migrate(config: Config): Promise<void> {
  const database = connect(config.databaseUrl);
  const ran = await migrateToLatest(database.db);
  console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'The schema is up to date.');
  await database.close();
}

async function insights(config: Config, args: string[]): Promise<void> {
  if (args[0] !== 'rebuild') throw new ConfigError('Say what to do: followthrough insights rebuild');
  const { rebuildInsights } = await import('./features/insights/rebuild.ts');
  const database = connect(config.databaseUrl);
  await migrateToLatest(database.db);
  const started = performance.now();
  const r = await rebuildInsights(database.db);
  console.log(
    `Counted ${r.debriefs} debriefs into ${r.counts} counts and ${r.people} people rows in ${Math.round(performance.now() - started)} ms.`,
  );
  await database.close();
}

async function userCreate(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const { createUserFromCli } = await import('./features/accounts/cli.ts');
  await createUserFromCli(config, values);
}

async function seed(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean' } } });
  if (!values.demo) throw new ConfigError('Say what to seed: followthrough seed --demo');
  const { seedDemo } = await import('./features/demo/seed.ts');
  await seedDemo(config);
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return void console.log(HELP);
  const config = loadConfig();
  if (command === 'serve') return serve(config);
  if (command === 'migrate') return migrate(config);
  if (command === 'user' && rest[0] === 'create') return userCreate(config, rest.slice(1));
  if (command === 'seed') return seed(config, rest);
  if (command === 'insights') return insights(config, rest);
  if (command === 'import') return (await import('./features/imports/cli.ts')).runImportCli(config, rest);
  console.error(`Unknown command: ${argv.join(' ')}\n\n${HELP}`);
  process.exit(2);
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof ConfigError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
