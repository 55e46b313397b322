// Background jobs through pg-boss, on PGlite (its fromPglite adapter) or on the PostgreSQL pool.
// Any web process may send; processes started with RUN_JOBS=true also work the queues (SKIP LOCKED makes N workers safe).
import { PgBoss, fromPglite, type Job } from 'pg-boss';
import type { Database } from '../../db/client.ts';
import { scrub } from '../errors/log.ts';

export interface JobDefinition<T extends object = Record<string, unknown>> {
  name: string;
  handle: (data: T) => Promise<void>;
  /** cron expression in Europe/London, for recurring jobs */
  cron?: string;
  retryLimit?: number;
}

export class Jobs {
  private boss?: PgBoss;
  private readonly definitions = new Map<string, JobDefinition>();

  constructor(private readonly db: Database) {}

  define<T extends object>(def: JobDefinition<T>): void {
    if (this.definitions.has(def.name)) throw new Error(`Job ${def.name} is defined twice`);
    this.definitions.set(def.name, def as unknown as JobDefinition);
  }

  /** Installs pg-boss's schema if needed and creates every defined queue. */
  async start({ work }: { work: boolean }): Promise<void> {
    const db = this.db.pglite
      ? fromPglite(this.db.pglite)
      : { executeSql: async (text: string, values?: unknown[]) => this.db.pool!.query(text, values) };
    const boss = new PgBoss({ db, schedule: work, supervise: work, migrate: true });
    boss.on('error', (err: Error) => console.error(`[jobs] ${scrub(err.message)}`));
    await boss.start();
    this.boss = boss;
    for (const def of this.definitions.values()) {
      await boss.createQueue(def.name, { retryLimit: def.retryLimit ?? 5, retryBackoff: true, retryDelay: 30 });
      if (!work) continue;
      await boss.work(def.name, { batchSize: 5, pollingIntervalSeconds: 1 }, async (jobs: Job<object>[]) => {
        for (const job of jobs) await def.handle(job.data as Record<string, unknown>);
      });
      if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: 'Europe/London' });
    }
  }

  async send(name: string, data: object, options: { startAfter?: Date; singletonKey?: string } = {}): Promise<void> {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    if (!this.boss) throw new Error('Jobs have not been started');
    await this.boss.send(name, data, options);
  }

  /** Jobs of one kind in any state, oldest first (up to 1,000): what was queued, without reading pg-boss's tables. */
  async find<T extends object>(name: string): Promise<{ data: T; startAfter: Date; state: string }[]> {
    if (!this.boss) throw new Error('Jobs have not been started');
    const jobs = await this.boss.findJobs<T>(name);
    return jobs.map((j) => ({ data: j.data, startAfter: j.startAfter, state: j.state }));
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 });
    this.boss = undefined;
  }
}
