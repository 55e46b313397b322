// The capability's own templates. The app's view engine looks in src/modules and src/ui only, so the capability
// keeps a nunjucks environment of its own over src/capabilities, src/ui and nhsuk-frontend: its pages render through
// reply.view (the layout, CSRF token and navigation come from the request as on every page), and owner modules get
// the comment list and form fields as HTML (`renderCommentList`, `renderAboutYouFields`, `renderOnBehalfFields`).
// Template names are "comments/views/…", so if src/capabilities is added to the app's template folders a module can
// import the macros of comments/views/comments.njk directly.
import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import type { FastifyReply } from 'fastify';
import { nhsDate, nhsDateWithDay, nhsTime } from '../../ui/filters/dates.ts';
import type { ErrorItem } from '../../platform/forms/index.ts';
import type { CommentPage } from './repository.ts';
import { COMMENT_ROLES, GATHERED_HOW } from './vocabulary.ts';

const require = createRequire(import.meta.url);
const NHSUK_DIST = path.join(path.dirname(require.resolve('nhsuk-frontend/package.json')), 'dist');
const CAPABILITIES = path.resolve(import.meta.dirname, '..');
const UI = path.resolve(import.meta.dirname, '..', '..', 'ui');

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([CAPABILITIES, UI, NHSUK_DIST]), {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
});
env.addFilter('nhsDate', nhsDate);
env.addFilter('nhsDateWithDay', nhsDateWithDay);
env.addFilter('nhsTime', nhsTime);
env.addFilter('pluralise', (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`);
env.addFilter('number', (n: number) => (typeof n === 'number' ? n.toLocaleString('en-GB') : n));

export const VIEW = (name: string) => `comments/views/${name}.njk`;

/** A page of the capability, rendered inside the site layout with the request's locals (CSRF token, navigation). */
export function view(reply: FastifyReply, name: string, data: Record<string, unknown> & { errorList?: ErrorItem[] }) {
  if (data.errorList?.length) reply.code(400);
  return reply.view(env.getTemplate(VIEW(name)) as unknown as string, { errors: {}, errorList: [], ...data });
}

export interface ListOptions {
  /** where "Reply" goes: a function of the comment id, or a string with ":id" in it, or a prefix the id is added to; no Reply link when not given */
  replyHref?: string | ((id: string) => string);
  /** the heading level of each comment's name (3 unless given) */
  headingLevel?: number;
  /** shown when there are no comments */
  emptyText?: string;
}

const macro = (call: string, data: Record<string, unknown>) =>
  env.renderString(`{% from "comments/views/comments.njk" import commentList, aboutYouFields, onBehalfFields %}${call}`, data);

/** The HTML of a page of comments (from listComments): put it in a module's page with `{{ html | safe }}`. */
export function renderCommentList(result: CommentPage, options: ListOptions = {}): string {
  return macro('{{ commentList(result, options) }}', { result, options });
}

/** The HTML of the "about you" questions (aboutYouForm): role, name or anonymous, and the name to show. */
export function renderAboutYouFields(values: Record<string, unknown>, errors: Record<string, string | undefined> = {}): string {
  return macro('{{ aboutYouFields(values, errors, ROLES) }}', { values, errors, ROLES: COMMENT_ROLES });
}

/** The HTML of the "on behalf of an organisation" questions (onBehalfForm), with the organisations to choose from. */
export function renderOnBehalfFields(values: Record<string, unknown>, errors: Record<string, string | undefined> = {}, organisations: { id: string; name: string }[] = []): string {
  return macro('{{ onBehalfFields(values, errors, organisations) }}', { values, errors, organisations, GATHERED_HOW });
}
