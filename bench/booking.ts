// npm run bench:booking — 10,000 concurrent booking attempts for one 100-place event on PostgreSQL:
// exactly 100 must be booked and 9,900 put on the waiting list; prints the time taken and attempts per second.
// Needs a PostgreSQL URL where the user may create a database: BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL.
// A database is created for the run and dropped afterwards.
// Options (env): BENCH_ATTEMPTS (default 10000), BENCH_CAPACITY (default 100), BENCH_POOL (connections, default 50).
import { randomBytes } from 'node:crypto';
import { openPostgres } from '../src/db/client.ts';
import { migrateAll } from '../src/app/context.ts';
import { MODULES } from '../src/app/modules.ts';
import { withDatabase } from '../tests/support/database.ts';
import { attemptBooking, buildEvent } from '../src/modules/events/testing/factories.ts';

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 10_000);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 100);
const POOL = Number(process.env.BENCH_POOL ?? 50);

async function main(): Promise<number> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('bench:booking needs PostgreSQL: set DATABASE_URL or TEST_DATABASE_URL (or BENCH_DATABASE_URL), e.g.\n  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npm run bench:booking');
    return 2;
  }
  const name = `chorus_bench_booking_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  const db = await openPostgres(withDatabase(url, name), POOL);
  try {
    await migrateAll(db, MODULES);
    const secret = randomBytes(32).toString('hex');
    const starts = new Date(Date.now() + 30 * 86400_000);
    const eventId = await buildEvent({ db }, {
      title: 'Benchmark event', description: '', online_link: 'https://meet.example.org/bench', starts_at: starts,
      ends_at: new Date(starts.getTime() + 3600_000), capacity: CAPACITY, organiser_name: '', organiser_email: '',
    });
    console.log(`Booking ${ATTEMPTS.toLocaleString('en-GB')} people at once into a ${CAPACITY}-place event (pool of ${POOL} connections)…`);
    const started = performance.now();
    const latencies: number[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const t0 = performance.now();
        const r = await attemptBooking({ db, secret }, eventId, { name: `Person ${i}`, email: `person${i}@example.org`, identities: [] });
        latencies.push(performance.now() - t0);
        return r;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const failed = outcomes.filter((o) => !o.ok).length;
    const { rows } = await db.query<{ booked: number; waiting: number; places: number }>(
      `SELECT count(*) FILTER (WHERE status = 'booked')::int AS booked, count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
         coalesce(sum(places) FILTER (WHERE status = 'booked'), 0)::int AS places FROM event_bookings WHERE event_id = $1`,
      [eventId],
    );
    const c = rows[0]!;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
    const { rows: version } = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    console.log(`PostgreSQL ${version[0]!.v}`);
    console.log(`booked: ${c.booked} (${c.places} places), waiting: ${c.waiting}, refused: ${failed}`);
    console.log(`time: ${seconds.toFixed(2)} s, ${(ATTEMPTS / seconds).toFixed(0)} booking attempts/s; per attempt p50 ${pct(50)} ms, p99 ${pct(99)} ms (queueing for the event row lock included)`);
    const ok = c.booked === CAPACITY && c.places === CAPACITY && c.waiting === ATTEMPTS - CAPACITY && failed === 0;
    console.log(ok ? `OK: exactly ${CAPACITY} booked and ${ATTEMPTS - CAPACITY} waiting` : 'FAILED: counts are wrong');
    return ok ? 0 : 1;
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.close();
  }
}

process.exitCode = await main();
