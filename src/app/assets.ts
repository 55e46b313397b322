// Static files, all served from this host: nhsuk-frontend's CSS/JS/images and Chorus's own small additions.
// The NHS stylesheet loads the Frutiger web font from another host; we remove those @font-face rules so that
// nothing is fetched from elsewhere (the CSS falls back to Arial, as the NHS font stack intends).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { NHSUK_DIST, SRC } from './views.ts';

export function buildStylesheet(): string {
  const nhsuk = readFileSync(path.join(NHSUK_DIST, 'nhsuk', 'nhsuk-frontend.min.css'), 'utf8');
  const local = nhsuk.replace(/@font-face\{[^}]*url\(https?:[^}]*\}/g, '');
  if (/url\(https?:/.test(local)) throw new Error('nhsuk-frontend CSS still refers to another host');
  return `${local}\n${readFileSync(path.join(SRC, 'ui', 'assets', 'chorus-overrides.css'), 'utf8')}`;
}

export async function registerAssets(app: FastifyInstance): Promise<void> {
  const css = buildStylesheet();
  const js = readFileSync(path.join(SRC, 'ui', 'assets', 'chorus.js'), 'utf8');
  const etag = (s: string) => `"${createHash('sha1').update(s).digest('base64url')}"`;
  const cssTag = etag(css);
  const jsTag = etag(js);
  app.get('/assets/chorus.css', (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').header('etag', cssTag).send(css));
  app.get('/assets/chorus.js', (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').header('etag', jsTag).send(js),
  );
  await app.register(fastifyStatic, { root: path.join(NHSUK_DIST, 'nhsuk'), prefix: '/nhsuk/', maxAge: '1h', index: false, allowedPath: (p) => /\.(js|css|map)$/.test(p) });
  await app.register(fastifyStatic, { root: path.join(NHSUK_DIST, 'nhsuk', 'assets'), prefix: '/assets/', decorateReply: false, maxAge: '1d', index: false });
}
