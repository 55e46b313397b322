// How the consultations module's comments are stored in the comments capability: one resource per section (its
// stable identity, so comments stay with Pillar 4 across versions), the consultation as the scope, and the version
// commented on as a tag. Registered so the moderation queue and flag pages can name and link a section.
import type { Queryable } from '../../db/client.ts';
import type { AppContext } from '../../platform/module.ts';
import { registerCommentResource } from '../../capabilities/comments/index.ts';

export const SECTION_COMMENTS = 'consultation-section';

/** the newest heading of each section and its public page */
async function describeSections(db: Queryable, ids: string[]): Promise<Map<string, { title: string; href: string }>> {
  const { rows } = await db.query<{ section_id: string; consultation_id: string; heading: string; title: string }>(
    `SELECT DISTINCT ON (t.section_id) t.section_id, s.consultation_id, t.heading, c.title
     FROM consultation_section_texts t
     JOIN consultation_sections s ON s.id = t.section_id
     JOIN consultations c ON c.id = s.consultation_id
     JOIN consultation_versions v ON v.id = t.version_id
     WHERE t.section_id = ANY($1::uuid[])
     ORDER BY t.section_id, (v.published_at IS NULL), v.number DESC`,
    [ids],
  );
  return new Map(rows.map((r) => [r.section_id, { title: `${r.heading} (${r.title})`, href: `/consultations/${r.consultation_id}/sections/${r.section_id}` }]));
}

export function registerSectionComments(ctx: AppContext): void {
  registerCommentResource(ctx, { type: SECTION_COMMENTS, describe: describeSections });
}
