// The view engine: nunjucks through @fastify/view, with templates looked up in
// src/modules (so a module's views are "<module>/views/…"), src/ui (layouts, components, shared pages)
// and nhsuk-frontend's dist folder ("nhsuk/components/…/macro.njk").
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import type { FastifyInstance } from 'fastify';
import fastifyView from '@fastify/view';
import { nhsDate, nhsDateWithDay, nhsTime } from '../ui/filters/dates.ts';
import { cacheRenders } from './render-cache.ts';

const require = createRequire(import.meta.url);
export const NHSUK_DIST = path.join(path.dirname(require.resolve('nhsuk-frontend/package.json')), 'dist');
export const SRC = path.resolve(import.meta.dirname, '..');

export function configureNunjucks(env: nunjucks.Environment): void {
  env.addFilter('nhsDate', nhsDate);
  env.addFilter('nhsDateWithDay', nhsDateWithDay);
  env.addFilter('nhsTime', nhsTime);
  env.addFilter('pluralise', (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`);
  env.addFilter('number', (n: number) => (typeof n === 'number' ? n.toLocaleString('en-GB') : n));
  /** turns a list of strings into checkbox/radio items, marking the chosen ones */
  env.addFilter('toItems', (options: readonly (string | { value: string; text: string; hint?: string })[], chosen: string | string[] = []) => {
    const picked = Array.isArray(chosen) ? chosen : [chosen];
    return options.map((o) => {
      const item = typeof o === 'string' ? { value: o, text: o } : { value: o.value, text: o.text, hint: o.hint ? { text: o.hint } : undefined };
      return { ...item, checked: picked.includes(item.value) };
    });
  });
}

/**
 * `production` caches compiled templates and rendered pages; `cacheTemplates` (tests: templates do not change while
 * they run) caches compiled templates only, which makes a page about five times cheaper to render.
 */
export async function registerViews(app: FastifyInstance, production: boolean, cacheTemplates = production): Promise<void> {
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: [path.join(SRC, 'modules'), path.join(SRC, 'capabilities'), path.join(SRC, 'ui'), NHSUK_DIST],
    production: production || cacheTemplates,
    options: {
      autoescape: true,
      throwOnUndefined: false,
      trimBlocks: true,
      lstripBlocks: true,
      noCache: !(production || cacheTemplates),
      onConfigure: (env: nunjucks.Environment) => {
        configureNunjucks(env);
        if (production) cacheRenders(env);
      },
    },
  });
}
