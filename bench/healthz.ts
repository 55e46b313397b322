// The yardstick every benchmark prints beside its own figure: GET /healthz answered by the real app in this same
// process and run, so a figure can be read as a ratio that holds on a busy machine. For benchmarks that start no
// server (charts, insight); the web benchmarks measure /healthz over HTTP against the server they start.
import { loadConfig } from '../src/config/index.ts';
import { openPglite } from '../src/db/client.ts';
import { buildApp } from '../src/app/build-app.ts';
import { createContext, migrateAll } from '../src/app/context.ts';
import { MODULES } from '../src/app/modules.ts';

export interface Yardstick {
  /** requests answered per second, one after another */
  perSecond: number;
  /** median time of one request, in milliseconds */
  medianMs: number;
}

export async function healthzYardstick(requests = 2000): Promise<Yardstick> {
  const db = await openPglite(undefined);
  await migrateAll(db, MODULES);
  const ctx = await createContext(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' }), db);
  const app = await buildApp(ctx, MODULES);
  await app.ready();
  try {
    for (let i = 0; i < 200; i++) await app.inject({ method: 'GET', url: '/healthz' });
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      await app.inject({ method: 'GET', url: '/healthz' });
      times.push(performance.now() - t0);
    }
    const seconds = (performance.now() - start) / 1000;
    times.sort((a, b) => a - b);
    return { perSecond: requests / seconds, medianMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await app.close();
    await db.close();
  }
}

export function yardstickLine(y: Yardstick): string {
  return `GET /healthz in the same run (in-process, fastify inject, one at a time): ${Math.round(y.perSecond).toLocaleString('en-GB')} requests/s, median ${y.medianMs.toFixed(3)} ms`;
}
