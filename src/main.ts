// Process entry: load config, open and migrate the database, seed demo data on first start, start jobs,
// build the app and listen. WEB_CONCURRENCY=N (PostgreSQL only) forks N web processes that share the port.
import cluster from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config/index.ts';
import { openDatabase, type Database } from './db/client.ts';
import { DatabaseUnavailableError, describeUrl, openWhenReady } from './db/wait.ts';
import { buildApp } from './app/build-app.ts';
import { createContext, migrateAll, seedAll, wireModuleHooks } from './app/context.ts';
import { MODULES } from './app/modules.ts';
import { DEMO_PASSWORD } from './modules/accounts/api.ts';

function fail(message: string): never {
  console.error(`\nChorus could not start.\n${message}\n`);
  process.exit(1);
}

/** PGlite opens at once; PostgreSQL may need waiting for */
function open(config: Config): Promise<Database> {
  if (!config.databaseUrl) return openDatabase(config);
  return openWhenReady(() => openDatabase(config), { waitSeconds: config.databaseWaitSeconds, where: describeUrl(config.databaseUrl) });
}

async function prepare(config: Config): Promise<{ seeded: string[] }> {
  const db = await open(config);
  try {
    const applied = await migrateAll(db, MODULES);
    if (applied.length) console.log(`Applied ${applied.length} database migration(s).`);
    if (!config.seedDemoData) return { seeded: [] };
    const ctx = await createContext(config, db);
    for (const m of MODULES) if (m.policy) ctx.policies.register(m.policy, m.id);
    wireModuleHooks(ctx, MODULES);
    await ctx.jobs.start({ work: false });
    const seeded = await seedAll(ctx, MODULES);
    await ctx.jobs.stop();
    return { seeded };
  } finally {
    await db.close();
  }
}

async function serve(config: Config, announce: boolean): Promise<void> {
  const db = await open(config);
  const ctx = await createContext(config, db);
  const app = await buildApp(ctx, MODULES);
  await ctx.jobs.start({ work: config.runJobs });
  await app.listen({ port: config.port, host: config.host });
  if (announce) {
    console.log(`\nChorus is running at ${config.baseUrl}`);
    console.log(`Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`}`);
    if (config.seedDemoData) {
      console.log(`Sign in as the demo admin: ${config.baseUrl}/sign-in/password with admin@chorus.example and password ${DEMO_PASSWORD}`);
      console.log(`Sign-in links and other emails ${config.smtpUrl ? 'are sent by SMTP' : `are kept at ${config.baseUrl}/admin/outbox`}.`);
    }
    console.log('Press Ctrl+C to stop.\n');
  }
  const stop = async () => {
    await app.close();
    await ctx.jobs.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

if (cluster.isPrimary) {
  try {
    await prepare(config);
  } catch (err) {
    fail(err instanceof DatabaseUnavailableError ? err.message : `The database could not be prepared: ${(err as Error).message}`);
  }
  if (config.webConcurrency > 1) {
    for (let i = 0; i < config.webConcurrency; i++) cluster.fork({ CHORUS_WORKER_INDEX: String(i) });
    cluster.on('exit', (worker, code) => console.error(`Web process ${worker.process.pid} stopped (code ${code}).`));
    console.log(`\nChorus is running at ${config.baseUrl} with ${config.webConcurrency} web processes.`);
  } else {
    await serve(config, true);
  }
} else {
  // Only the first web process works the job queues; the others only send jobs.
  await serve({ ...config, runJobs: config.runJobs && process.env.CHORUS_WORKER_INDEX === '0' }, false);
}
