// All SQL for the surveys module's tables (surveys, survey_responses).
import type { Queryable } from '../../db/client.ts';
import type { Answers, Variant } from '../../capabilities/questionnaires/index.ts';
import { isUuid } from '../../platform/http/ids.ts';

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type Channel = 'online' | 'paper' | 'phone' | 'assisted';
export type Kind = 'individual' | 'organisation';

export interface SurveyInput {
  title: string;
  purpose: string;
  easy_read_purpose: string;
  audience: string;
  privacy_text: string;
  programme_id: string | null;
  phase_id: string | null;
  opens_on: string | null;
  closes_on: string | null;
  anonymous: boolean;
  easy_read: boolean;
  resume_days: number;
}

export interface SurveyRow extends SurveyInput {
  id: string;
  questionnaire_id: string;
  status: SurveyStatus;
  created_by: string | null;
  created_at: Date;
  published_at: Date | null;
  closed_at: Date | null;
}

export interface ResponseRow {
  id: string;
  survey_id: string;
  status: 'in-progress' | 'submitted';
  reference: string | null;
  kind: Kind;
  variant: Variant;
  channel: Channel;
  respondent_roles: string[];
  answers: Answers;
  equality: Answers | null;
  equality_choice: 'answered' | 'skipped' | null;
  user_id: string | null;
  entered_by: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  gathered_how: string | null;
  gathered_other: string | null;
  represents_count: number | null;
  represents_who: string | null;
  consent_confirmed_at: Date | null;
  current_step: string | null;
  /** set once the person has saved and been given a resume code */
  resume_code_hash: string | null;
  started_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  expires_at: Date | null;
}

const SURVEY_COLUMNS = `id, questionnaire_id, title, purpose, easy_read_purpose, audience, privacy_text, programme_id, phase_id,
  to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(closes_on, 'YYYY-MM-DD') AS closes_on, anonymous, easy_read, resume_days,
  status, created_by, created_at, published_at, closed_at`;

export async function insertSurvey(db: Queryable, questionnaireId: string, s: SurveyInput, createdBy: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO surveys (questionnaire_id, title, purpose, easy_read_purpose, audience, privacy_text, programme_id, phase_id, opens_on, closes_on, anonymous, easy_read, resume_days, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [questionnaireId, s.title, s.purpose, s.easy_read_purpose, s.audience, s.privacy_text, s.programme_id, s.phase_id, s.opens_on, s.closes_on, s.anonymous, s.easy_read, s.resume_days, createdBy],
  );
  return rows[0]!.id;
}

export async function updateSurvey(db: Queryable, id: string, s: SurveyInput): Promise<void> {
  await db.query(
    `UPDATE surveys SET title = $2, purpose = $3, easy_read_purpose = $4, audience = $5, privacy_text = $6, programme_id = $7, phase_id = $8,
       opens_on = $9, closes_on = $10, anonymous = $11, easy_read = $12, resume_days = $13 WHERE id = $1`,
    [id, s.title, s.purpose, s.easy_read_purpose, s.audience, s.privacy_text, s.programme_id, s.phase_id, s.opens_on, s.closes_on, s.anonymous, s.easy_read, s.resume_days],
  );
}

export async function findSurvey(db: Queryable, id: string): Promise<SurveyRow | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<SurveyRow>(`SELECT ${SURVEY_COLUMNS} FROM surveys WHERE id = $1`, [id]);
  return rows[0];
}

export async function listSurveys(db: Queryable): Promise<(SurveyRow & { responses: number })[]> {
  const { rows } = await db.query<SurveyRow & { responses: number }>(
    `SELECT ${SURVEY_COLUMNS},
       (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id AND r.status = 'submitted') AS responses
     FROM surveys s ORDER BY s.created_at DESC`,
  );
  return rows;
}

export async function listOpenSurveys(db: Queryable, programmeId?: string): Promise<SurveyRow[]> {
  const { rows } = await db.query<SurveyRow>(
    `SELECT ${SURVEY_COLUMNS} FROM surveys WHERE status = 'open' AND ($1::uuid IS NULL OR programme_id = $1::uuid)
       AND (opens_on IS NULL OR opens_on <= current_date) AND (closes_on IS NULL OR closes_on >= current_date) ORDER BY closes_on NULLS LAST, title`,
    [programmeId ?? null],
  );
  return rows;
}

export async function setStatus(db: Queryable, id: string, status: SurveyStatus): Promise<void> {
  const stamp = status === 'open' ? ', published_at = coalesce(published_at, now())' : status === 'closed' ? ', closed_at = now()' : '';
  await db.query(`UPDATE surveys SET status = $2${stamp} WHERE id = $1`, [id, status]);
}

// ---- responses

export async function createResponse(
  db: Queryable,
  r: { surveyId: string; accessHash: string; kind: Kind; channel: Channel; variant: Variant; userId: string | null; enteredBy: string | null; resumeDays: number; organisationId?: string | null; organisationName?: string | null },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO survey_responses (survey_id, access_hash, kind, channel, variant, user_id, entered_by, organisation_id, organisation_name, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(days => $10)) RETURNING id`,
    [r.surveyId, r.accessHash, r.kind, r.channel, r.variant, r.userId, r.enteredBy, r.organisationId ?? null, r.organisationName ?? null, r.resumeDays],
  );
  return rows[0]!.id;
}

const LIVE = `(status = 'submitted' OR expires_at > now())`;

export async function findResponseByHash(db: Queryable, surveyId: string, column: 'access_hash' | 'resume_code_hash' | 'resume_link_hash', hash: string): Promise<ResponseRow | undefined> {
  const { rows } = await db.query<ResponseRow>(`SELECT * FROM survey_responses WHERE survey_id = $1 AND ${column} = $2 AND ${LIVE}`, [surveyId, hash]);
  return rows[0];
}

export async function findResponse(db: Queryable, id: string): Promise<ResponseRow | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<ResponseRow>('SELECT * FROM survey_responses WHERE id = $1', [id]);
  return rows[0];
}

type Patch = Partial<Pick<ResponseRow, 'variant' | 'respondent_roles' | 'answers' | 'equality' | 'equality_choice' | 'organisation_id' | 'organisation_name' | 'gathered_how' | 'gathered_other' | 'represents_count' | 'represents_who' | 'consent_confirmed_at' | 'current_step'>> & {
  access_hash?: string;
  resume_code_hash?: string;
  resume_link_hash?: string;
};

/** saves part of an unfinished response and pushes its expiry back */
export async function updateResponse(db: Queryable, id: string, patch: Patch, resumeDays: number): Promise<void> {
  const entries = Object.entries(patch);
  const sets = entries.map(([k], i) => `${k} = $${i + 3}`);
  const values = entries.map(([k, v]) => (k === 'answers' || k === 'equality' ? (v === null ? null : JSON.stringify(v)) : v));
  await db.query(
    `UPDATE survey_responses SET ${[...sets, 'updated_at = now()', `expires_at = CASE WHEN status = 'in-progress' THEN now() + make_interval(days => $2) ELSE NULL END`].join(', ')} WHERE id = $1`,
    [id, resumeDays, ...values],
  );
}

export async function submitResponse(db: Queryable, id: string, reference: string, browserHash: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE survey_responses SET status = 'submitted', reference = $2, browser_hash = $3, submitted_at = now(), updated_at = now(), expires_at = NULL,
       resume_code_hash = NULL, resume_link_hash = NULL WHERE id = $1 AND status = 'in-progress'`,
    [id, reference, browserHash],
  );
  return rowCount > 0;
}

export async function alreadyResponded(db: Queryable, surveyId: string, browserHash: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM survey_responses WHERE survey_id = $1 AND browser_hash = $2 AND status = 'submitted'`, [surveyId, browserHash]);
  return rows.length > 0;
}

/** unfinished responses past their expiry are deleted: they were never counted */
export async function deleteExpiredResponses(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(`DELETE FROM survey_responses WHERE status = 'in-progress' AND expires_at <= now()`);
  return rowCount;
}

// ---- results

export interface Filters {
  role?: string;
  variant?: string;
  channel?: string;
  kind?: string;
}

/** SQL (and params) selecting the submitted responses of a survey that match the filters */
export function responsesWhere(surveyId: string, f: Filters, columns = 'answers'): { sql: string; params: unknown[] } {
  const params: unknown[] = [surveyId];
  const where = [`survey_id = $1`, `status = 'submitted'`];
  if (f.role) where.push(`$${params.push(f.role)} = ANY(respondent_roles)`);
  if (f.variant) where.push(`variant = $${params.push(f.variant)}`);
  if (f.channel) where.push(`channel = $${params.push(f.channel)}`);
  if (f.kind) where.push(`kind = $${params.push(f.kind)}`);
  return { sql: `SELECT ${columns} FROM survey_responses WHERE ${where.join(' AND ')}`, params };
}

export async function countBy(db: Queryable, surveyId: string, f: Filters): Promise<{ total: number; individual: number; organisation: number; represented: number; easyRead: number; byChannel: Record<string, number>; byRole: Record<string, number> }> {
  const { sql, params } = responsesWhere(surveyId, f, 'kind, variant, channel, respondent_roles, represents_count');
  const { rows } = await db.query<{ total: number; individual: number; organisation: number; represented: number; easy_read: number; by_channel: Record<string, number> | null; by_role: Record<string, number> | null }>(
    `WITH r AS (${sql})
     SELECT count(*)::int AS total,
       count(*) FILTER (WHERE kind = 'individual')::int AS individual,
       count(*) FILTER (WHERE kind = 'organisation')::int AS organisation,
       coalesce(sum(represents_count) FILTER (WHERE kind = 'organisation'), 0)::int AS represented,
       count(*) FILTER (WHERE variant = 'easy-read')::int AS easy_read,
       (SELECT jsonb_object_agg(channel, n) FROM (SELECT channel, count(*)::int AS n FROM r GROUP BY channel) c) AS by_channel,
       (SELECT jsonb_object_agg(role, n) FROM (SELECT role, count(*)::int AS n FROM r, unnest(respondent_roles) role WHERE kind = 'individual' GROUP BY role) x) AS by_role
     FROM r`,
    params,
  );
  const r = rows[0]!;
  return { total: r.total, individual: r.individual, organisation: r.organisation, represented: r.represented, easyRead: r.easy_read, byChannel: r.by_channel ?? {}, byRole: r.by_role ?? {} };
}

/** Written answers to one question, newest first: one page of them (`page` from the platform's pagination) and how many there are. */
export async function freeTextAnswers(db: Queryable, surveyId: string, questionId: string, f: Filters, search: string, page: { limit: number; offset: number } = { limit: 100, offset: 0 }): Promise<{ total: number; rows: { reference: string; kind: Kind; variant: Variant; channel: Channel; text: string }[] }> {
  const { sql, params } = responsesWhere(surveyId, f, 'reference, kind, variant, channel, submitted_at, answers');
  const q = params.push(questionId);
  const s = params.push(search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : '%');
  const base = `WITH r AS (${sql}) SELECT reference, kind, variant, channel, answers->>$${q} AS text, submitted_at FROM r WHERE coalesce(answers->>$${q}, '') <> '' AND answers->>$${q} ILIKE $${s}`;
  const [{ rows }, count] = await Promise.all([
    db.query<{ reference: string; kind: Kind; variant: Variant; channel: Channel; text: string }>(`${base} ORDER BY submitted_at DESC, reference LIMIT ${Math.max(0, Math.floor(page.limit))} OFFSET ${Math.max(0, Math.floor(page.offset))}`, params),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${base}) t`, params),
  ]);
  return { total: count.rows[0]!.n, rows };
}

// ---- personal data

export async function responsesOfUser(db: Queryable, userId: string): Promise<(ResponseRow & { title: string })[]> {
  const { rows } = await db.query<ResponseRow & { title: string }>(
    `SELECT r.*, s.title FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE r.user_id = $1 ORDER BY r.started_at`,
    [userId],
  );
  return rows;
}
