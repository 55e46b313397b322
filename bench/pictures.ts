// npm run bench:pictures — what an uploaded Easy Read picture costs. (1) Checking and storing in process, median of
// BENCH_RUNS: a 12-megapixel phone photo (JPG), a large PNG and an SVG with 2,000 shapes. (2) One upload through the
// real web form, signed in as the demo admin. (3) Serving an uploaded picture: requests/s and p99 with autocannon.
// The app runs as in production in a child process, on PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or
// TEST_DATABASE_URL) is set (a database is created for the run and dropped afterwards).
// Options (env): BENCH_RUNS (5), BENCH_SECONDS (10), BENCH_CONNECTIONS (50).
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import sharp from 'sharp';
import { preparePicture } from '../src/capabilities/questionnaires/index.ts';
import { openPostgres } from '../src/db/client.ts';
import { withDatabase } from '../tests/support/database.ts';
import { csrfOf, signInDemo, startApp } from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = 3920;
const BASE = `http://127.0.0.1:${PORT}`;
const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-GB')} KB`;

/** noise, blurred so that it compresses like a photo rather than like static */
const photo = async (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).blur(2).jpeg({ quality: 90 }).toBuffer();

async function processing() {
  const shapes = Array.from({ length: 2000 }, (_, i) => `<circle cx="${i % 100}" cy="${Math.floor(i / 20)}" r="3" fill="#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}"/>`).join('');
  const inputs: [string, Buffer][] = [
    ['12-megapixel photo, 4000 × 3000 JPG', await photo(4000, 3000)],
    ['large PNG, 3000 × 2000', await sharp(await photo(3000, 2000)).png().toBuffer()],
    ['SVG, 2,000 shapes', Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><script>alert(1)</script>${shapes}</svg>`)],
  ];
  for (const [what, data] of inputs) {
    const times: number[] = [];
    let out = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const prepared = await preparePicture({ data, tooLarge: false });
      times.push(performance.now() - start);
      if (!prepared.ok) throw new Error(`${what}: ${prepared.error}`);
      out = prepared.data.length;
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ input: what, inputSize: kb(data.length), storedSize: kb(out), medianMs: Math.round(times[Math.floor(times.length / 2)]!), maxMs: Math.round(times.at(-1)!) }));
  }
}

async function webUpload(backend: string, env: NodeJS.ProcessEnv) {
  const app = await startApp(PORT, { ...env, WEB_CONCURRENCY: '1' });
  try {
    const cookie = await signInDemo(BASE, 'admin@chorus.example');
    const form = await fetch(`${BASE}/admin/surveys/pictures/new`, { headers: { cookie } });
    const body = new FormData();
    body.append('_csrf', csrfOf(await form.text()));
    body.append('name', `Benchmark photo ${Date.now()}`);
    body.append('alt', 'A photo');
    body.append('file', new Blob([new Uint8Array(await photo(4000, 3000))], { type: 'image/jpeg' }), 'photo.jpg');
    const start = performance.now();
    const res = await fetch(`${BASE}/admin/surveys/pictures/new`, { method: 'POST', redirect: 'manual', headers: { cookie }, body });
    const uploadMs = Math.round(performance.now() - start);
    if (res.status !== 303) throw new Error(`upload failed (${res.status})`);
    const library = await (await fetch(`${BASE}/admin/surveys/pictures`, { headers: { cookie } })).text();
    const src = /src="(\/questionnaires\/pictures\/uploaded\/[0-9a-f-]+)"/.exec(library)![1]!;
    const r = await autocannon({ url: `${BASE}${src}`, connections: CONNECTIONS, duration: SECONDS });
    console.log(JSON.stringify({ backend, uploadOf12MegapixelPhotoMs: uploadMs, servePicturePerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx }));
  } finally {
    app.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
await processing();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chorus-bench-'));
try {
  await webUpload('PGlite', { DATA_DIR: dataDir, DATABASE_URL: '' });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const name = `chorus_bench_pictures_${process.pid}`;
  const admin = await openPostgres(pgUrl);
  await admin.exec(`CREATE DATABASE ${name}`);
  try {
    await webUpload('PostgreSQL', { DATABASE_URL: withDatabase(pgUrl, name) });
  } finally {
    await admin.exec(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.close();
  }
} else {
  console.log('BENCH_DATABASE_URL is not set: PostgreSQL skipped');
}
