// The surveys module's free text for the insight analysis (the manifest's freeText hook): every written answer of a
// submitted response, individual or on behalf of an organisation, a page at a time in id order.
//
// What is offered: answers to short-text and long-text questions, and the "Please specify" box of a choice question
// with "Other" (stored as "<question id>.other"). Not offered: unfinished responses, answers that are choices,
// numbers or dates, and an organisation response's "who the organisation speaks for" (represents_who) or "how the
// views were gathered": those describe the people and the method, not what people think.
import type { Queryable } from '../../db/client.ts';
import type { FreeTextItem } from '../../platform/module.ts';
import { isUuid } from '../../platform/http/ids.ts';
import { allQuestions, getQuestionnaire, type Variant } from '../../capabilities/questionnaires/index.ts';
import type { Channel, Kind } from './repository.ts';

const PREFIX = 'surveys:answer:';

/** one answer field of one survey that holds free text, with the words of its question and where staff read it */
interface Field {
  surveyId: string;
  key: string;
  prompt: string;
  href: string;
}

/** the free-text fields of every survey that has a submitted response (a survey's questions are in its questionnaire) */
async function freeTextFields(db: Queryable): Promise<Map<string, Field>> {
  const { rows } = await db.query<{ id: string; questionnaire_id: string }>(
    `SELECT s.id, s.questionnaire_id FROM surveys s
     WHERE EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = s.id AND r.status = 'submitted')`,
  );
  const fields = new Map<string, Field>();
  const questionnaires = await Promise.all(rows.map((s) => getQuestionnaire(db, s.questionnaire_id)));
  rows.forEach((s, i) => {
    for (const q of allQuestions(questionnaires[i]?.definition ?? { sections: [] })) {
      const add = (key: string, href: string) => fields.set(`${s.id}:${key}`, { surveyId: s.id, key, prompt: q.label.standard, href });
      if (q.type === 'short-text' || q.type === 'long-text') add(q.id, `/admin/surveys/${s.id}/results/${q.id}`);
      else if ((q.type === 'single-choice' || q.type === 'multiple-choice') && q.other) add(`${q.id}.other`, `/admin/surveys/${s.id}/results#result-${q.id}`);
    }
  });
  return fields;
}

interface Row {
  id: string;
  survey_id: string;
  key: string;
  text: string;
  respondent_roles: string[];
  channel: Channel;
  kind: Kind;
  represents_count: number | null;
  variant: Variant;
  submitted_at: Date;
  programme_id: string | null;
  phase_id: string | null;
}

/**
 * Free-text answers with an id greater than `after` (string order), at most `limit`. Ids are
 * "surveys:answer:<response id>:<answer field>"; response ids are uuids, whose order is the order of their text, so
 * the page is read in SQL by (response id, field) from the response after which the last page ended.
 */
export async function surveyFreeText(db: Queryable, page: { after?: string; limit: number }): Promise<FreeTextItem[]> {
  const limit = Math.max(0, Math.floor(page.limit));
  const after = page.after ?? '';
  if (limit === 0 || after >= `${PREFIX}\uffff`) return [];
  const fields = await freeTextFields(db);
  if (!fields.size) return [];
  const list = [...fields.values()];
  // where to start reading responses (the id comparison below is what decides; this only lets the index skip ahead)
  const fromResponse = after.startsWith(PREFIX) && isUuid(after.slice(PREFIX.length, PREFIX.length + 36)) ? after.slice(PREFIX.length, PREFIX.length + 36).toLowerCase() : null;
  const { rows } = await db.query<Row>(
    `WITH f (survey_id, key) AS (SELECT * FROM unnest($1::uuid[], $2::text[]))
     SELECT r.id, r.survey_id, f.key, r.answers->>f.key AS text, r.respondent_roles, r.channel, r.kind, r.represents_count, r.variant, r.submitted_at,
       s.programme_id, s.phase_id
     FROM survey_responses r
     JOIN f ON f.survey_id = r.survey_id
     JOIN surveys s ON s.id = r.survey_id
     WHERE r.status = 'submitted' AND jsonb_typeof(r.answers->f.key) = 'string' AND (r.answers->>f.key) ~ '\\S'
       AND ($3::uuid IS NULL OR r.id >= $3::uuid)
       AND ('${PREFIX}' || r.id::text || ':' || f.key) COLLATE "C" > $4
     ORDER BY r.id, f.key COLLATE "C"
     LIMIT ${limit}`,
    [list.map((f) => f.surveyId), list.map((f) => f.key), fromResponse, after],
  );
  return rows.map((r) => {
    const field = fields.get(`${r.survey_id}:${r.key}`)!;
    return {
      id: `${PREFIX}${r.id}:${r.key}`,
      module: 'surveys',
      source: 'answer',
      programmeId: r.programme_id,
      phaseId: r.phase_id,
      prompt: field.prompt,
      text: r.text.trim(),
      roles: r.respondent_roles,
      channel: r.channel,
      kind: r.kind,
      peopleRepresented: r.kind === 'organisation' ? r.represents_count : null,
      variant: r.variant,
      createdAt: r.submitted_at,
      href: field.href,
    };
  });
}
