// What the facilitator's comment pages need from a consultation: the sections comments can be on (every section in
// any version, with its latest heading), the filters a list or export was asked for, and the version a comment
// received by letter, email or at an event was about. Comments themselves are read through the comments capability.
import type { Queryable } from '../../db/client.ts';
import type { CommentFilter } from '../../capabilities/comments/index.ts';
import { COMMENT_CHANNELS, COMMENT_ROLES, COMMENT_STATUSES, KINDS } from '../../capabilities/comments/index.ts';
import { valuesOf } from './vocabulary.ts';
import * as repo from './repository.ts';
import { SECTION_COMMENTS } from './comment-target.ts';

/** comments on a consultation are on its sections */
export const SECTION_RESOURCE = SECTION_COMMENTS;

/** the statuses a list can be narrowed to: the capability's, and comments with open flags */
export const STATUS_FILTERS = [...COMMENT_STATUSES, { value: 'flagged', text: 'Flagged by someone' }] as const;

export interface ConsultationSections {
  /** every section of the consultation, in the order they first appear, each with the heading of its newest version */
  choices: { value: string; text: string }[];
  headings: Map<string, string>;
  /** the sections in each version */
  inVersion: Map<string, Set<string>>;
}

/** Every section of the consultation in any version: versions are read oldest first, so the last heading wins. */
export async function consultationSections(db: Queryable, versions: readonly repo.VersionRow[]): Promise<ConsultationSections> {
  const headings = new Map<string, string>();
  const inVersion = new Map<string, Set<string>>();
  const ordered = [...versions].sort((a, b) => a.number - b.number);
  const texts = await Promise.all(ordered.map((v) => repo.sectionTexts(db, v.id)));
  ordered.forEach((v, i) => {
    inVersion.set(v.id, new Set(texts[i]!.map((t) => t.section_id)));
    for (const t of texts[i]!) headings.set(t.section_id, t.heading);
  });
  return { choices: [...headings].map(([value, text]) => ({ value, text })), headings, inVersion };
}

/** the filters of a comment list, as asked for in its address; a value that is not one of the choices is ignored */
export interface CommentListFilters {
  section?: string;
  role?: string;
  channel?: string;
  kind?: 'individual' | 'organisation';
  status?: CommentFilter['status'];
  q?: string;
}

export const MAX_SEARCH_LENGTH = 200;

export function readCommentFilters(query: unknown, sections: ConsultationSections): CommentListFilters {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const pick = (name: string, allowed: readonly string[]) => {
    const value = q[name];
    return typeof value === 'string' && allowed.includes(value) ? value : undefined;
  };
  const search = typeof q.q === 'string' ? q.q.normalize('NFC').trim().slice(0, MAX_SEARCH_LENGTH) : '';
  return {
    section: pick('section', [...sections.headings.keys()]),
    role: pick('role', valuesOf(COMMENT_ROLES)),
    channel: pick('channel', valuesOf(COMMENT_CHANNELS)),
    kind: pick('kind', valuesOf(KINDS)) as CommentListFilters['kind'],
    status: pick('status', valuesOf(STATUS_FILTERS)) as CommentListFilters['status'],
    // eslint-disable-next-line no-control-regex
    q: search.replace(/[\u0000-\u001F\u007F]/g, ' ') || undefined,
  };
}

/** the capability's filter for the comments on this consultation's sections */
export function commentFilterOf(consultationId: string, f: CommentListFilters): CommentFilter {
  return {
    scopeId: consultationId,
    resourceType: SECTION_RESOURCE,
    resourceIds: f.section ? [f.section] : undefined,
    role: f.role,
    channel: f.channel,
    kind: f.kind,
    status: f.status,
    search: f.q,
  };
}

/**
 * The version a comment received on `receivedOn` (YYYY-MM-DD) was about: the newest version published by the end of
 * that day that has the section, else the newest version that has it (the one being written, for an early reply).
 */
export function versionForComment(versions: readonly repo.VersionRow[], sections: ConsultationSections, sectionId: string, receivedOn: string): repo.VersionRow | undefined {
  const having = [...versions].sort((a, b) => a.number - b.number).filter((v) => sections.inVersion.get(v.id)?.has(sectionId));
  const endOfDay = new Date(`${receivedOn}T23:59:59.999Z`);
  return having.filter((v) => v.published_at && v.published_at <= endOfDay).at(-1) ?? having.at(-1);
}

/** the first `max` characters of a text (whole characters, not halves of an emoji), with an ellipsis when cut */
export function excerpt(text: string | null, max = 300): string {
  if (!text) return '';
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : text;
}
