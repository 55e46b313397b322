// Factories for tests: a consultation with sections, waves and published versions, built through the module's own
// repository (other modules' tests use these rather than the tables).
import type { AppContext } from '../../../platform/module.ts';
import * as repo from '../repository.ts';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

export interface BuildConsultation {
  title?: string;
  summary?: string;
  programmeId?: string | null;
  phaseId?: string | null;
  audiences?: string[];
  signIn?: 'optional' | 'required';
  moderation?: 'pre' | 'post';
  sections?: { heading: string; body: string; easyReadText?: string; easyReadPicture?: string | null }[];
  /** waves as days from today; default one wave open from 10 days ago to 20 days ahead */
  waves?: { from: number; to: number }[];
  /** publish the first version (default true) */
  publish?: boolean;
}

export async function buildConsultation(ctx: AppContext, o: BuildConsultation = {}): Promise<{ id: string; versionId: string; sectionIds: string[] }> {
  return ctx.db.transaction(async (tx) => {
    const id = await repo.insertConsultation(
      tx,
      {
        title: o.title ?? 'Draft strategy for comment', summary: o.summary ?? 'Tell us what you think of our draft strategy.', easyReadSummary: 'We wrote a plan. Tell us what you think.',
        audience: 'Everyone', audiences: o.audiences ?? [], programmeId: o.programmeId ?? null, phaseId: o.phaseId ?? null, signIn: o.signIn ?? 'optional', moderation: o.moderation ?? 'post',
      },
      null,
    );
    const version = await repo.insertVersion(tx, id, 'Draft 1');
    const sectionIds: string[] = [];
    const sections = o.sections ?? [
      { heading: 'Pillar 1: Prevention', body: 'We will help people stay well.\n\nWe will work with schools and workplaces.' },
      { heading: 'Pillar 4: Support in crisis', body: 'A crisis line will answer day and night.\n\n- a safe place to go\n- a home visit within 4 hours', easyReadText: 'You can phone us any time.\nWe will help you quickly.', easyReadPicture: 'phone' },
    ];
    for (const s of sections) {
      sectionIds.push(await repo.addSection(tx, id, version.id, { heading: s.heading, body: s.body, easyReadText: s.easyReadText ?? '', easyReadPicture: s.easyReadPicture ?? null, easyReadPictureAlt: '' }));
    }
    for (const w of o.waves ?? [{ from: -10, to: 20 }]) await repo.addWave(tx, id, { opensOn: isoDay(w.from), closesOn: isoDay(w.to) });
    if (o.publish !== false) await repo.publishVersion(tx, version.id, null);
    return { id, versionId: version.id, sectionIds };
  });
}

/** starts the next version as a copy of the newest published one, changes it with `edit`, and publishes it */
export async function publishNextVersion(ctx: AppContext, consultationId: string, label: string, edit: Record<number, { heading?: string; body?: string }> = {}): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const versions = await repo.listVersions(tx, consultationId);
    const current = versions.filter((v) => v.published_at).at(-1)!;
    const next = await repo.insertVersion(tx, consultationId, label, label === 'Final');
    await repo.copySectionTexts(tx, current.id, next.id);
    const texts = await repo.sectionTexts(tx, next.id);
    for (const [i, change] of Object.entries(edit)) {
      const t = texts[Number(i)]!;
      await repo.updateSectionText(tx, next.id, t.section_id, { heading: change.heading ?? t.heading, body: change.body ?? t.body, easyReadText: t.easy_read_text, easyReadPicture: t.easy_read_picture, easyReadPictureAlt: t.easy_read_picture_alt });
    }
    await repo.publishVersion(tx, next.id, null);
    return next.id;
  });
}

/** a decision record on a section of a consultation (in the given version), through the module's repository */
export async function buildDecision(
  ctx: AppContext,
  o: { consultationId: string; sectionId: string; versionId: string; theme?: string; decision?: repo.DecisionInput['decision']; reason?: string },
): Promise<string> {
  return repo.insertDecision(ctx.db, o.consultationId, { sectionId: o.sectionId, versionId: o.versionId, theme: o.theme ?? 'Out-of-hours crisis line', decision: o.decision ?? 'changed', reason: o.reason ?? 'Many people asked for it.' }, null);
}
