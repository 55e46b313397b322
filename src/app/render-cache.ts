// A page cache in front of nunjucks. A template is a pure function of its data, so the same template with the same
// data gives the same HTML; only the CSP nonce and the CSRF token differ per request. We render with placeholders
// for those two, keep the HTML (bounded, least recently used first out), and put the real values in on each request.
// Pages whose data cannot be compared safely (Map, Set, very large data) are rendered every time.
import type nunjucks from 'nunjucks';

const NONCE = '__chorus_nonce_placeholder__';
const CSRF = '__chorus_csrf_placeholder__';
const MAX_KEY = 32_000;

type Callback = (err: Error | null, html?: string) => void;

export function cacheRenders(env: nunjucks.Environment, maxEntries = 2000): { hits: () => number } {
  const cache = new Map<string, string>();
  const original = env.render.bind(env) as (name: string, ctx: object, cb: Callback) => void;
  let hits = 0;
  (env as unknown as { render: typeof original }).render = (name: string, ctx: object, cb: Callback) => {
    const data = ctx as Record<string, unknown>;
    let cacheable = typeof cb === 'function';
    const key = cacheable
      ? `${name}\u0000${JSON.stringify(data, (k, v) => {
          if (k === 'cspNonce' || k === 'csrfToken') return undefined;
          if (v instanceof Map || v instanceof Set || typeof v === 'bigint') cacheable = false;
          return typeof v === 'function' ? undefined : v;
        })}`
      : '';
    if (!cacheable || key.length > MAX_KEY) return original(name, ctx, cb);
    const fill = (html: string) => html.replaceAll(NONCE, String(data.cspNonce ?? '')).replaceAll(CSRF, String(data.csrfToken ?? ''));
    const hit = cache.get(key);
    if (hit !== undefined) {
      hits++;
      cache.delete(key);
      cache.set(key, hit);
      return cb(null, fill(hit));
    }
    original(name, { ...data, cspNonce: data.cspNonce ? NONCE : data.cspNonce, csrfToken: data.csrfToken ? CSRF : data.csrfToken }, (err, html) => {
      if (err || html === undefined) return cb(err);
      cache.set(key, html);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
      cb(null, fill(html));
    });
  };
  return { hits: () => hits };
}
