// The responses export: one row per submitted response (read a page at a time), one column per question, equality
// columns only for people allowed to see them. Sent by the platform exports (src/platform/exports) as CSV or XLSX.
import type { Queryable } from '../../../db/client.ts';
import { inPages, type Column } from '../../../platform/exports/index.ts';
import { allQuestions, describeAnswer, type Definition } from '../../../capabilities/questionnaires/index.ts';
import type { ResponseRow } from '../repository.ts';
import { EQUALITY } from '../equality.ts';
import { CHANNELS, GATHERED_HOW, RESPONDENT_ROLES, textOf } from '../vocabulary.ts';

const PAGE = 500;

type PagedResponse = ResponseRow & { sort_at: string };

/** submitted responses in the order they came in, a page at a time */
export function responsesForExport(db: Queryable, surveyId: string): AsyncGenerator<PagedResponse> {
  return inPages<PagedResponse>(async (after) => {
    const { rows } = await db.query<PagedResponse>(
      `SELECT r.*, coalesce(r.submitted_at, r.started_at)::text AS sort_at FROM survey_responses r
       WHERE r.survey_id = $1 AND r.status = 'submitted'
         AND ($2::timestamptz IS NULL OR (coalesce(r.submitted_at, r.started_at), r.id) > ($2::timestamptz, $3::uuid))
       ORDER BY coalesce(r.submitted_at, r.started_at), r.id LIMIT ${PAGE}`,
      [surveyId, after?.sort_at ?? null, after?.id ?? null],
    );
    return rows;
  }, PAGE);
}

/** the columns of the responses export; to add one, add an entry `{ header, value: (r) => … }` */
export function responseColumns(def: Definition, withEquality: boolean): Column<ResponseRow>[] {
  const about: Column<ResponseRow>[] = [
    { header: 'Reference', value: (r) => r.reference },
    { header: 'Submitted', value: (r) => r.submitted_at },
    { header: 'Response from', value: (r) => (r.kind === 'organisation' ? 'Organisation or group' : 'Individual') },
    { header: 'Organisation', value: (r) => r.organisation_name },
    { header: 'How views were gathered', value: (r) => (r.gathered_how ? `${textOf(GATHERED_HOW, r.gathered_how)}${r.gathered_other ? `: ${r.gathered_other}` : ''}` : '') },
    { header: 'People represented', value: (r) => r.represents_count },
    { header: 'Who they are', value: (r) => r.represents_who, width: 40 },
    { header: 'Which of these describes you', value: (r) => r.respondent_roles.map((v) => textOf(RESPONDENT_ROLES, v)) },
    { header: 'Version', value: (r) => (r.variant === 'easy-read' ? 'Easy Read' : 'Standard') },
    { header: 'Channel', value: (r) => textOf(CHANNELS, r.channel) },
  ];
  const answers: Column<ResponseRow>[] = allQuestions(def).map((q) => ({ header: q.label.standard, value: (r) => describeAnswer(q, r.answers), width: 40 }));
  if (!withEquality) return [...about, ...answers];
  const equality: Column<ResponseRow>[] = [
    { header: 'Equality questions', value: (r) => (r.equality_choice === 'answered' ? 'Answered' : r.equality_choice === 'skipped' ? 'Skipped' : 'Not asked') },
    ...allQuestions(EQUALITY).map((q): Column<ResponseRow> => ({ header: `Equality: ${q.label.standard}`, value: (r) => (r.equality ? describeAnswer(q, r.equality) : '') })),
  ];
  return [...about, ...answers, ...equality];
}
