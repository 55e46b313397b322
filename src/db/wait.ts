// Opening the database at start. PostgreSQL may not be answering yet (a managed server restarting, containers
// starting in any order): rather than exit at once, keep trying with back-off for DATABASE_WAIT_SECONDS, saying
// clearly what is happening, and only then stop with a message that says what to check.
import type { Database } from './client.ts';

/** errors that mean "not answering yet", worth waiting for; anything else (a wrong password, say) fails at once */
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P03', '53300']);
const REASONS: Record<string, string> = { ECONNREFUSED: 'connection refused', ENOTFOUND: 'host not found', EAI_AGAIN: 'host not found', ETIMEDOUT: 'timed out', '57P03': 'the database is starting up', '53300': 'too many connections' };

export class DatabaseUnavailableError extends Error {}

function codeOf(err: unknown): string | undefined {
  const e = err as { code?: unknown; errors?: unknown[] };
  if (typeof e?.code === 'string') return e.code;
  // node reports a refused connection to "localhost" (::1 and 127.0.0.1) as an AggregateError of both
  if (Array.isArray(e?.errors)) return e.errors.map(codeOf).find(Boolean);
  return undefined;
}

export interface WaitOptions {
  /** how long to keep trying, in seconds */
  waitSeconds: number;
  /** where the database is, for messages (never the password) */
  where: string;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Opens the database and checks it answers, retrying transient failures with back-off (0.5 s doubling to 5 s). */
export async function openWhenReady(open: () => Promise<Database>, options: WaitOptions): Promise<Database> {
  const { log = console.error, sleep = (ms) => new Promise((r) => setTimeout(r, ms)), now = Date.now } = options;
  const start = now();
  let delay = 500;
  for (let attempt = 1; ; attempt++) {
    let db: Database | undefined;
    try {
      db = await open();
      await db.query('SELECT 1');
      if (attempt > 1) log(`The database at ${options.where} is answering now.`);
      return db;
    } catch (err) {
      await db?.close().catch(() => undefined);
      const code = codeOf(err);
      if (!code || !TRANSIENT_CODES.has(code)) throw err;
      const reason = REASONS[code] ?? code;
      const waited = (now() - start) / 1000;
      if (waited + delay / 1000 > options.waitSeconds) {
        throw new DatabaseUnavailableError(
          `The database at ${options.where} did not answer within ${options.waitSeconds} s (${reason}). Check DATABASE_URL and that PostgreSQL is running; DATABASE_WAIT_SECONDS sets how long to wait.`,
        );
      }
      log(`Waiting for the database at ${options.where} (${reason}); trying again in ${(delay / 1000).toFixed(1)} s (attempt ${attempt}).`);
      await sleep(delay);
      delay = Math.min(delay * 2, 5000);
    }
  }
}

/** host:port/database of a PostgreSQL URL, without user or password */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
