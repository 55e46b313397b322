// The consultations module's free text for the insight analysis (the manifest's freeText hook): every published or
// held comment on a section (replies too), a page at a time in id order. The comments are the comments capability's;
// this adds what they answer (the section's newest heading), the consultation's programme and phase, and the link.
// Not offered: withdrawn, hidden and erased comments (the capability leaves them out), the passage a comment quotes
// (the document's words, not the commenter's), and who commented or the organisation's details.
import type { Queryable } from '../../db/client.ts';
import type { FreeTextItem } from '../../platform/module.ts';
import { commentTextsPage } from '../../capabilities/comments/index.ts';
import { SECTION_COMMENTS } from './comment-target.ts';

const PREFIX = 'consultations:comment:';

interface SectionRow {
  section_id: string;
  consultation_id: string;
  heading: string;
  programme_id: string | null;
  phase_id: string | null;
}

/** each section's newest heading (the newest published version's, or the draft's if it was never published) and its consultation */
async function sectionsOf(db: Queryable, ids: string[]): Promise<Map<string, SectionRow>> {
  if (!ids.length) return new Map();
  const { rows } = await db.query<SectionRow>(
    `SELECT DISTINCT ON (t.section_id) t.section_id, s.consultation_id, t.heading, c.programme_id, c.phase_id
     FROM consultation_section_texts t
     JOIN consultation_sections s ON s.id = t.section_id
     JOIN consultations c ON c.id = s.consultation_id
     JOIN consultation_versions v ON v.id = t.version_id
     WHERE t.section_id = ANY($1::uuid[])
     ORDER BY t.section_id, (v.published_at IS NULL), v.number DESC`,
    [ids],
  );
  return new Map(rows.map((r) => [r.section_id, r]));
}

/**
 * Comments with an id greater than `after` (string order), at most `limit`. Ids are "consultations:comment:<comment
 * id>"; comment ids are uuids, whose order is the order of their text, so the capability reads them by id.
 */
export async function consultationFreeText(db: Queryable, page: { after?: string; limit: number }): Promise<FreeTextItem[]> {
  const limit = Math.max(0, Math.floor(page.limit));
  const after = page.after ?? '';
  if (limit === 0 || (after > PREFIX && !after.startsWith(PREFIX))) return [];
  // the comment id to read after: none when `after` comes before every id of ours
  return commentsAfter(db, after.startsWith(PREFIX) ? after.slice(PREFIX.length) || undefined : undefined, limit);
}

/** items for the comments after comment id `from`, skipping any whose section is gone, until `limit` are found or none are left */
async function commentsAfter(db: Queryable, from: string | undefined, limit: number): Promise<FreeTextItem[]> {
  const items: FreeTextItem[] = [];
  while (items.length < limit) {
    const want = limit - items.length;
    const comments = await commentTextsPage(db, { resourceType: SECTION_COMMENTS, after: from, limit: want });
    const sections = await sectionsOf(db, [...new Set(comments.map((c) => c.resourceId))]);
    for (const c of comments) {
      const section = sections.get(c.resourceId);
      if (!section || !c.body.trim()) continue;
      items.push({
        id: `${PREFIX}${c.id}`,
        module: 'consultations',
        source: 'comment',
        programmeId: section.programme_id,
        phaseId: section.phase_id,
        prompt: section.heading,
        text: c.body.trim(),
        roles: [c.role],
        channel: c.channel,
        kind: c.onBehalf ? 'organisation' : 'individual',
        peopleRepresented: c.onBehalf ? c.representsCount : null,
        variant: 'standard',
        createdAt: c.createdAt,
        href: `/consultations/${section.consultation_id}/sections/${c.resourceId}`,
      });
    }
    if (comments.length < want) break;
    from = comments.at(-1)!.id;
  }
  return items;
}
