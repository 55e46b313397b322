// What other modules may use from consultations. Nothing else in this folder is imported from outside it.
import type { Queryable } from '../../db/client.ts';
import type { OpenItem, OpenItemFilter, TimelineItem } from '../../platform/module.ts';
import { isUuid } from '../../platform/http/ids.ts';
import { commentTexts, type CommentText } from '../../capabilities/comments/index.ts';
import type { Audience } from '../../platform/vocabulary.ts';
import * as repo from './repository.ts';
import { loadConsultation } from './document.ts';
import { SECTION_COMMENTS } from './comment-target.ts';
import { DECISIONS, textOf } from './vocabulary.ts';

const firstParagraph = (text: string) => text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';

/** consultations open for comments now (the "Have your say" hook) */
export async function openConsultationItems(db: Queryable, filter: OpenItemFilter = {}): Promise<OpenItem[]> {
  if (filter.programmeId !== undefined && !isUuid(filter.programmeId)) return [];
  const out: OpenItem[] = [];
  for (const row of await repo.listPublishedConsultations(db, filter.programmeId)) {
    const loaded = (await loadConsultation(db, row.id))!;
    if (loaded.state.status !== 'open') continue;
    const sections = await repo.sectionTexts(db, loaded.current!.id);
    out.push({
      kind: 'consultation', kindText: 'Consultation', kindTextPlural: 'Consultations',
      title: row.title, href: `/consultations/${row.id}`, description: firstParagraph(row.summary), audienceText: row.audience,
      audiences: row.audiences as Audience[], closesOn: loaded.state.wave?.closes_on ?? null,
      easyRead: sections.length > 0 && sections.every((s) => s.easy_read_text.trim() !== ''),
      takes: `${sections.length} sections to read and comment on`, programmeId: row.programme_id, phaseId: row.phase_id,
      parts: sections.map((s) => ({ title: s.heading, href: `/consultations/${row.id}/sections/${s.section_id}` })),
    });
  }
  return out;
}

/** every published consultation of a programme, on its timeline */
export async function consultationTimelineItems(db: Queryable, programmeId: string): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for (const row of await repo.listPublishedConsultations(db, programmeId)) {
    const loaded = (await loadConsultation(db, row.id))!;
    items.push({
      kind: 'consultations', kindName: 'consultations', phaseId: row.phase_id, title: row.title, href: `/consultations/${row.id}`,
      status: loaded.state.text, startsAt: loaded.waves[0] ? new Date(`${loaded.waves[0].opens_on}T00:00:00Z`) : null,
      endsAt: loaded.state.lastClosesOn ? new Date(`${loaded.state.lastClosesOn}T00:00:00Z`) : null,
      summary: `${loaded.current!.label}. ${firstParagraph(row.summary)}`,
      parts: (await repo.sectionTexts(db, loaded.current!.id)).map((s) => ({ title: s.heading, href: `/consultations/${row.id}/sections/${s.section_id}` })),
    });
  }
  return items;
}

/** all comment text of consultations, for the insight engine (published and waiting for review; not hidden or withdrawn) */
export async function consultationCommentTexts(db: Queryable, consultationId?: string): Promise<CommentText[]> {
  return commentTexts(db, { resourceType: SECTION_COMMENTS, scopeId: consultationId });
}

export { commentDrafts } from './comment-routes.ts';

/** a decision record (what people said about a section, what was decided and why), for "you said, we did" links */
export interface DecisionRecord {
  id: string;
  consultationId: string;
  consultationTitle: string;
  sectionHeading: string;
  /** what people said, in a few words */
  theme: string;
  decision: 'changed' | 'changed-in-part' | 'not-changed';
  /** the decision in words ("Changed as suggested") */
  decisionText: string;
  reason: string;
  /** the public page of the section the decision is about */
  href: string;
}

/** every decision record of the published consultations of a programme, newest consultation first */
export async function listDecisionRecords(db: Queryable, programmeId: string): Promise<DecisionRecord[]> {
  if (!isUuid(programmeId)) return [];
  const out: DecisionRecord[] = [];
  for (const row of await repo.listPublishedConsultations(db, programmeId)) {
    const loaded = (await loadConsultation(db, row.id))!;
    // each section's newest published heading
    const headings = new Map<string, string>();
    for (const v of [...loaded.published].reverse()) for (const t of await repo.sectionTexts(db, v.id)) if (!headings.has(t.section_id)) headings.set(t.section_id, t.heading);
    for (const d of await repo.listDecisions(db, row.id)) {
      out.push({
        id: d.id, consultationId: row.id, consultationTitle: row.title, sectionHeading: headings.get(d.section_id) ?? '', theme: d.theme, decision: d.decision,
        decisionText: textOf(DECISIONS, d.decision), reason: d.reason, href: `/consultations/${row.id}/sections/${d.section_id}`,
      });
    }
  }
  return out;
}
