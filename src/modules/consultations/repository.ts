// All SQL for the consultations module's tables. Nothing outside this module touches them; comments are reached
// through the comments capability.
import type { Queryable } from '../../db/client.ts';
import { isUuid } from '../../platform/http/ids.ts';

export interface ConsultationRow {
  id: string;
  programme_id: string | null;
  phase_id: string | null;
  title: string;
  summary: string;
  easy_read_summary: string;
  audience: string;
  audiences: string[];
  sign_in: 'optional' | 'required';
  moderation: 'pre' | 'post';
  response_intro: string;
  response_next_steps: string;
  response_published_at: Date | null;
  created_at: Date;
}

export interface WaveRow {
  id: string;
  consultation_id: string;
  number: number;
  /** YYYY-MM-DD */
  opens_on: string;
  closes_on: string;
}

export interface VersionRow {
  id: string;
  consultation_id: string;
  number: number;
  label: string;
  is_final: boolean;
  published_at: Date | null;
  created_at: Date;
}

export interface SectionTextRow {
  version_id: string;
  section_id: string;
  position: number;
  heading: string;
  body: string;
  easy_read_text: string;
  easy_read_picture: string | null;
  easy_read_picture_alt: string;
  questionnaire_id: string | null;
}

export interface DecisionRow {
  id: string;
  consultation_id: string;
  section_id: string;
  version_id: string;
  theme: string;
  decision: 'changed' | 'changed-in-part' | 'not-changed';
  reason: string;
  created_at: Date;
  comment_ids: string[];
}

const CONSULTATION_COLUMNS =
  'id, programme_id, phase_id, title, summary, easy_read_summary, audience, audiences, sign_in, moderation, response_intro, response_next_steps, response_published_at, created_at';
const WAVE_COLUMNS = 'id, consultation_id, number, opens_on::text AS opens_on, closes_on::text AS closes_on';
const VERSION_COLUMNS = 'id, consultation_id, number, label, is_final, published_at, created_at';
const TEXT_COLUMNS = 'version_id, section_id, position, heading, body, easy_read_text, easy_read_picture, easy_read_picture_alt, questionnaire_id';

export interface ConsultationInput {
  title: string;
  summary: string;
  easyReadSummary: string;
  audience: string;
  audiences: string[];
  programmeId: string | null;
  phaseId: string | null;
  signIn: 'optional' | 'required';
  moderation: 'pre' | 'post';
}

export async function insertConsultation(db: Queryable, c: ConsultationInput, createdBy: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO consultations (title, summary, easy_read_summary, audience, audiences, programme_id, phase_id, sign_in, moderation, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [c.title, c.summary, c.easyReadSummary, c.audience, c.audiences, c.programmeId, c.phaseId, c.signIn, c.moderation, createdBy],
  );
  return rows[0]!.id;
}

export async function updateConsultation(db: Queryable, id: string, c: ConsultationInput): Promise<void> {
  await db.query(
    `UPDATE consultations SET title = $2, summary = $3, easy_read_summary = $4, audience = $5, audiences = $6, programme_id = $7, phase_id = $8, sign_in = $9, moderation = $10 WHERE id = $1`,
    [id, c.title, c.summary, c.easyReadSummary, c.audience, c.audiences, c.programmeId, c.phaseId, c.signIn, c.moderation],
  );
}

export async function findConsultation(db: Queryable, id: string): Promise<ConsultationRow | undefined> {
  if (!isUuid(id)) return undefined;
  return (await db.query<ConsultationRow>(`SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE id = $1`, [id])).rows[0];
}

export async function listConsultations(db: Queryable, programmeId?: string): Promise<ConsultationRow[]> {
  const { rows } = await db.query<ConsultationRow>(
    `SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE ($1::uuid IS NULL OR programme_id = $1::uuid) ORDER BY created_at DESC, title`,
    [programmeId ?? null],
  );
  return rows;
}

/** consultations with at least one published version (the only ones anyone but staff may see) */
export async function listPublishedConsultations(db: Queryable, programmeId?: string): Promise<ConsultationRow[]> {
  const { rows } = await db.query<ConsultationRow>(
    `SELECT ${CONSULTATION_COLUMNS} FROM consultations c
     WHERE ($1::uuid IS NULL OR c.programme_id = $1::uuid)
       AND EXISTS (SELECT 1 FROM consultation_versions v WHERE v.consultation_id = c.id AND v.published_at IS NOT NULL)
     ORDER BY c.created_at DESC`,
    [programmeId ?? null],
  );
  return rows;
}

export async function setResponse(db: Queryable, id: string, r: { intro: string; nextSteps: string }): Promise<void> {
  await db.query('UPDATE consultations SET response_intro = $2, response_next_steps = $3 WHERE id = $1', [id, r.intro, r.nextSteps]);
}

export async function publishResponse(db: Queryable, id: string, at: Date = new Date()): Promise<void> {
  await db.query('UPDATE consultations SET response_published_at = $2 WHERE id = $1', [id, at]);
}

// ---- waves

export async function listWaves(db: Queryable, consultationId: string): Promise<WaveRow[]> {
  return (await db.query<WaveRow>(`SELECT ${WAVE_COLUMNS} FROM consultation_waves WHERE consultation_id = $1 ORDER BY number`, [consultationId])).rows;
}

export async function wavesOf(db: Queryable, consultationIds: string[]): Promise<Map<string, WaveRow[]>> {
  const out = new Map<string, WaveRow[]>(consultationIds.map((id) => [id, []]));
  if (!consultationIds.length) return out;
  const { rows } = await db.query<WaveRow>(`SELECT ${WAVE_COLUMNS} FROM consultation_waves WHERE consultation_id = ANY($1::uuid[]) ORDER BY number`, [consultationIds]);
  for (const w of rows) out.get(w.consultation_id)!.push(w);
  return out;
}

export async function addWave(db: Queryable, consultationId: string, w: { opensOn: string; closesOn: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO consultation_waves (consultation_id, number, opens_on, closes_on)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM consultation_waves WHERE consultation_id = $1), $2, $3) RETURNING id`,
    [consultationId, w.opensOn, w.closesOn],
  );
  return rows[0]!.id;
}

export async function updateWave(db: Queryable, consultationId: string, waveId: string, w: { opensOn: string; closesOn: string }): Promise<boolean> {
  const { rows } = await db.query('UPDATE consultation_waves SET opens_on = $3, closes_on = $4 WHERE id = $2 AND consultation_id = $1 RETURNING id', [consultationId, waveId, w.opensOn, w.closesOn]);
  return rows.length > 0;
}

// ---- versions and sections

export async function listVersions(db: Queryable, consultationId: string): Promise<VersionRow[]> {
  return (await db.query<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM consultation_versions WHERE consultation_id = $1 ORDER BY number`, [consultationId])).rows;
}

export async function insertVersion(db: Queryable, consultationId: string, label: string, isFinal = false): Promise<VersionRow> {
  const { rows } = await db.query<VersionRow>(
    `INSERT INTO consultation_versions (consultation_id, number, label, is_final)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM consultation_versions WHERE consultation_id = $1), $2, $3) RETURNING ${VERSION_COLUMNS}`,
    [consultationId, label, isFinal],
  );
  return rows[0]!;
}

export async function updateVersion(db: Queryable, versionId: string, v: { label: string; isFinal: boolean }): Promise<void> {
  await db.query('UPDATE consultation_versions SET label = $2, is_final = $3 WHERE id = $1 AND published_at IS NULL', [versionId, v.label, v.isFinal]);
}

/** locks the version; false when it was already published */
export async function publishVersion(db: Queryable, versionId: string, by: string | null, at: Date = new Date()): Promise<boolean> {
  const { rows } = await db.query('UPDATE consultation_versions SET published_at = $3, published_by = $2 WHERE id = $1 AND published_at IS NULL RETURNING id', [versionId, by, at]);
  return rows.length > 0;
}

/** copies every section text of one version into another (the next version starts as a copy) */
export async function copySectionTexts(db: Queryable, fromVersionId: string, toVersionId: string): Promise<void> {
  await db.query(
    `INSERT INTO consultation_section_texts (version_id, section_id, position, heading, body, easy_read_text, easy_read_picture, easy_read_picture_alt, questionnaire_id)
     SELECT $2, section_id, position, heading, body, easy_read_text, easy_read_picture, easy_read_picture_alt, questionnaire_id FROM consultation_section_texts WHERE version_id = $1`,
    [fromVersionId, toVersionId],
  );
}

export async function sectionTexts(db: Queryable, versionId: string): Promise<SectionTextRow[]> {
  return (await db.query<SectionTextRow>(`SELECT ${TEXT_COLUMNS} FROM consultation_section_texts WHERE version_id = $1 ORDER BY position, heading`, [versionId])).rows;
}

export async function sectionBelongs(db: Queryable, consultationId: string, sectionId: string): Promise<boolean> {
  if (!isUuid(sectionId)) return false;
  return (await db.query('SELECT 1 FROM consultation_sections WHERE id = $1 AND consultation_id = $2', [sectionId, consultationId])).rows.length > 0;
}

export interface SectionInput {
  heading: string;
  body: string;
  easyReadText: string;
  easyReadPicture: string | null;
  easyReadPictureAlt: string;
}

/** a new section (a new identity), added at the end of the version */
export async function addSection(db: Queryable, consultationId: string, versionId: string, s: SectionInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO consultation_sections (consultation_id) VALUES ($1) RETURNING id', [consultationId]);
  const sectionId = rows[0]!.id;
  await db.query(
    `INSERT INTO consultation_section_texts (version_id, section_id, position, heading, body, easy_read_text, easy_read_picture, easy_read_picture_alt)
     VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM consultation_section_texts WHERE version_id = $1), $3, $4, $5, $6, $7)`,
    [versionId, sectionId, s.heading, s.body, s.easyReadText, s.easyReadPicture, s.easyReadPictureAlt],
  );
  return sectionId;
}

export async function updateSectionText(db: Queryable, versionId: string, sectionId: string, s: SectionInput): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE consultation_section_texts SET heading = $3, body = $4, easy_read_text = $5, easy_read_picture = $6, easy_read_picture_alt = $7
     WHERE version_id = $1 AND section_id = $2 RETURNING section_id`,
    [versionId, sectionId, s.heading, s.body, s.easyReadText, s.easyReadPicture, s.easyReadPictureAlt],
  );
  return rows.length > 0;
}

/** takes a section out of one version (it stays in the versions already published) */
export async function removeSectionText(db: Queryable, versionId: string, sectionId: string): Promise<void> {
  await db.query('DELETE FROM consultation_section_texts WHERE version_id = $1 AND section_id = $2', [versionId, sectionId]);
  await db.query('DELETE FROM consultation_sections s WHERE s.id = $1 AND NOT EXISTS (SELECT 1 FROM consultation_section_texts t WHERE t.section_id = s.id)', [sectionId]);
}

export async function setPosition(db: Queryable, versionId: string, sectionId: string, position: number): Promise<void> {
  await db.query('UPDATE consultation_section_texts SET position = $3 WHERE version_id = $1 AND section_id = $2', [versionId, sectionId, position]);
}

/** swaps a section with its neighbour above (-1) or below (+1) */
export async function moveSection(db: Queryable, versionId: string, sectionId: string, by: -1 | 1): Promise<void> {
  const texts = await sectionTexts(db, versionId);
  const i = texts.findIndex((t) => t.section_id === sectionId);
  const j = i + by;
  if (i < 0 || j < 0 || j >= texts.length) return;
  const order = texts.map((t) => t.section_id);
  [order[i], order[j]] = [order[j]!, order[i]!];
  await db.query(
    `UPDATE consultation_section_texts t SET position = o.n FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n) WHERE t.version_id = $1 AND t.section_id = o.id`,
    [versionId, order],
  );
}

// ---- decisions

const DECISION_SELECT = `SELECT d.id, d.consultation_id, d.section_id, d.version_id, d.theme, d.decision, d.reason, d.created_at,
   coalesce((SELECT array_agg(dc.comment_id::text ORDER BY dc.comment_id) FROM consultation_decision_comments dc WHERE dc.decision_id = d.id), '{}') AS comment_ids
   FROM consultation_decisions d`;

export async function listDecisions(db: Queryable, consultationId: string): Promise<DecisionRow[]> {
  return (await db.query<DecisionRow>(`${DECISION_SELECT} WHERE d.consultation_id = $1 ORDER BY d.created_at, d.id`, [consultationId])).rows;
}

export async function findDecision(db: Queryable, consultationId: string, id: string): Promise<DecisionRow | undefined> {
  if (!isUuid(id)) return undefined;
  return (await db.query<DecisionRow>(`${DECISION_SELECT} WHERE d.consultation_id = $1 AND d.id = $2`, [consultationId, id])).rows[0];
}

export interface DecisionInput {
  sectionId: string;
  versionId: string;
  theme: string;
  decision: DecisionRow['decision'];
  reason: string;
}

export async function insertDecision(db: Queryable, consultationId: string, d: DecisionInput, by: string | null): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO consultation_decisions (consultation_id, section_id, version_id, theme, decision, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [consultationId, d.sectionId, d.versionId, d.theme, d.decision, d.reason, by],
  );
  return rows[0]!.id;
}

export async function updateDecision(db: Queryable, id: string, d: DecisionInput): Promise<void> {
  await db.query('UPDATE consultation_decisions SET section_id = $2, version_id = $3, theme = $4, decision = $5, reason = $6, updated_at = now() WHERE id = $1', [
    id,
    d.sectionId,
    d.versionId,
    d.theme,
    d.decision,
    d.reason,
  ]);
}

export async function deleteDecision(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM consultation_decisions WHERE id = $1', [id]);
}

export async function linkComments(db: Queryable, decisionId: string, commentIds: string[]): Promise<void> {
  if (!commentIds.length) return;
  await db.query(
    'INSERT INTO consultation_decision_comments (decision_id, comment_id) SELECT $1, c FROM unnest($2::uuid[]) AS c ON CONFLICT DO NOTHING',
    [decisionId, commentIds],
  );
}

export async function unlinkComments(db: Queryable, decisionId: string, commentIds: string[]): Promise<void> {
  await db.query('DELETE FROM consultation_decision_comments WHERE decision_id = $1 AND comment_id = ANY($2::uuid[])', [decisionId, commentIds]);
}

// ---- questions about a section and their answers

export async function setQuestionnaire(db: Queryable, versionId: string, sectionId: string, questionnaireId: string | null): Promise<void> {
  await db.query('UPDATE consultation_section_texts SET questionnaire_id = $3 WHERE version_id = $1 AND section_id = $2', [versionId, sectionId, questionnaireId]);
}

export async function insertAnswers(db: Queryable, a: { consultationId: string; sectionId: string; versionId: string; questionnaireId: string; commentId: string | null; answers: unknown }): Promise<void> {
  await db.query(
    'INSERT INTO consultation_answers (consultation_id, section_id, version_id, questionnaire_id, comment_id, answers) VALUES ($1, $2, $3, $4, $5, $6)',
    [a.consultationId, a.sectionId, a.versionId, a.questionnaireId, a.commentId, JSON.stringify(a.answers)],
  );
}

/** the SQL (and its parameters) of every answer to one questionnaire, for the questionnaires capability's tally */
export const answersSource = (questionnaireId: string) => ({ sql: 'SELECT answers FROM consultation_answers WHERE questionnaire_id = $1', params: [questionnaireId] });

/** the newest answers in people's own words to one question */
export async function wordsAnswers(db: Queryable, questionnaireId: string, questionId: string, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ a: string }>(
    `SELECT answers->>$2 AS a FROM consultation_answers WHERE questionnaire_id = $1 AND coalesce(answers->>$2, '') <> '' ORDER BY created_at DESC LIMIT $3`,
    [questionnaireId, questionId, limit],
  );
  return rows.map((r) => r.a);
}
