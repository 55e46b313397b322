// Demo data: the strategy review's draft strategy of six pillars (text and comments written in seed-content.ts).
// Draft 1 went out for comment in December 2025 with a second wave in January 2026; Draft 2 changed five pillars
// because of what people said (each change has a decision record linked to the comments behind it); the Final
// version and the response followed in the spring. A second, smaller consultation is open now, so a newcomer can
// comment.
import type { Queryable } from '../../db/client.ts';
import type { AppContext } from '../../platform/module.ts';
import { addComment, type CommentRole } from '../../capabilities/comments/index.ts';
import { firstUserWithRole, listAllOrganisations } from '../accounts/api.ts';
import { listPhases, listProgrammes } from '../programmes/api.ts';
import * as repo from './repository.ts';
import { SECTION_COMMENTS } from './comment-target.ts';
import { COMMENTS, CONSULTATION, DECISIONS, ORGANISATION_COMMENTS, SECTIONS, type SeedSection } from './seed-content.ts';

const DAY = 86_400_000;
const WAVES = [
  { opensOn: '2025-12-01', closesOn: '2025-12-19' },
  { opensOn: '2026-01-05', closesOn: '2026-01-30' },
];
const PUBLISHED = { draft1: '2025-12-01T09:00:00Z', draft2: '2026-02-27T09:00:00Z', final: '2026-03-31T09:00:00Z', response: '2026-04-14T09:00:00Z' };

/** a time inside a wave, spread evenly by position (so the demo is the same every time) */
function during(wave: 1 | 2, i: number, of: number): Date {
  const w = WAVES[wave - 1]!;
  const start = Date.parse(`${w.opensOn}T08:00:00Z`);
  const span = Date.parse(`${w.closesOn}T20:00:00Z`) - start;
  return new Date(start + Math.floor((span * (i + 0.5)) / Math.max(of, 1)));
}

async function seedStrategy(ctx: AppContext, db: Queryable, where: { programmeId: string | null; phaseId: string | null }, facilitator: string | null) {
  const id = await repo.insertConsultation(
    db,
    {
      title: CONSULTATION.title, summary: CONSULTATION.summary, easyReadSummary: CONSULTATION.easyReadSummary, audience: CONSULTATION.audience,
      audiences: ['public', 'staff', 'community'], ...where, signIn: 'optional', moderation: 'post',
    },
    facilitator,
  );
  for (const w of WAVES) await repo.addWave(db, id, w);

  // Draft 1, then Draft 2 and Final as copies with their own text: each pillar keeps its identity
  const draft1 = await repo.insertVersion(db, id, 'Draft 1');
  const sectionOf = new Map<SeedSection['key'], string>();
  for (const s of SECTIONS) {
    sectionOf.set(s.key, await repo.addSection(db, id, draft1.id, { heading: s.heading, body: s.draft1, easyReadText: s.easyRead, easyReadPicture: s.picture, easyReadPictureAlt: s.pictureAlt }));
  }
  await repo.publishVersion(db, draft1.id, facilitator, new Date(PUBLISHED.draft1));
  const versions: Record<'draft2' | 'final', string> = { draft2: '', final: '' };
  let from = draft1.id;
  for (const [key, label] of [['draft2', 'Draft 2'], ['final', 'Final']] as const) {
    const v = await repo.insertVersion(db, id, label, key === 'final');
    await repo.copySectionTexts(db, from, v.id);
    for (const s of SECTIONS) {
      await repo.updateSectionText(db, v.id, sectionOf.get(s.key)!, { heading: s.heading, body: s[key], easyReadText: s.easyRead, easyReadPicture: s.picture, easyReadPictureAlt: s.pictureAlt });
    }
    await repo.publishVersion(db, v.id, facilitator, new Date(PUBLISHED[key]));
    versions[key] = v.id;
    from = v.id;
  }

  // comments on Draft 1, in the two waves; replies a day or two after what they answer
  const commentIds: (string | undefined)[] = [];
  const createdAt: Date[] = [];
  const byTheme = new Map<string, string[]>();
  const remember = (section: string, theme: string | undefined, commentId: string) => {
    if (!theme) return;
    const key = `${section}:${theme}`;
    byTheme.set(key, [...(byTheme.get(key) ?? []), commentId]);
  };
  for (const [i, c] of COMMENTS.entries()) {
    const at = c.replyTo !== undefined && createdAt[c.replyTo] ? new Date(createdAt[c.replyTo]!.getTime() + (1 + (i % 2)) * DAY) : during(c.wave, i, COMMENTS.length);
    createdAt[i] = at;
    const parentId = c.replyTo !== undefined ? commentIds[c.replyTo] : undefined;
    const made = await addComment(db, {
      resourceType: SECTION_COMMENTS, resourceId: sectionOf.get(c.section)!, scopeId: id, parentId: parentId ?? null,
      body: c.body, quote: c.quote ?? null, tags: { versionId: draft1.id },
      displayName: c.displayName, anonymous: c.displayName === null, role: c.role as CommentRole,
      channel: c.channel ?? 'online', enteredBy: c.channel && c.channel !== 'online' ? facilitator : null, moderation: 'post', createdAt: at,
    });
    commentIds[i] = made.id;
    remember(c.section, c.theme, made.id);
  }
  const organisations = new Map((await listAllOrganisations(db)).map((o) => [o.name, o.id]));
  for (const [i, c] of ORGANISATION_COMMENTS.entries()) {
    const made = await addComment(db, {
      resourceType: SECTION_COMMENTS, resourceId: sectionOf.get(c.section)!, scopeId: id, body: c.body, quote: c.quote ?? null, tags: { versionId: draft1.id },
      displayName: c.organisation, anonymous: false, role: 'organisation',
      onBehalf: { organisationId: organisations.get(c.organisation) ?? null, organisationName: c.organisation, gatheredHow: c.gatheredHow, representsCount: c.representsCount, representsWho: c.representsWho },
      channel: c.gatheredHow === 'collated-letters' ? 'letter' : 'online', enteredBy: c.gatheredHow === 'collated-letters' ? facilitator : null,
      moderation: 'post', createdAt: during(i % 2 ? 2 : 1, i, ORGANISATION_COMMENTS.length),
    });
    remember(c.section, c.theme, made.id);
  }

  // what was decided, and the comments behind each decision
  for (const d of DECISIONS) {
    const decisionId = await repo.insertDecision(db, id, { sectionId: sectionOf.get(d.section)!, versionId: versions[d.inVersion], theme: d.theme, decision: d.decision, reason: d.reason }, facilitator);
    await repo.linkComments(db, decisionId, byTheme.get(`${d.section}:${d.theme}`) ?? []);
  }
  await repo.setResponse(db, id, { intro: CONSULTATION.responseIntro, nextSteps: CONSULTATION.responseNextSteps });
  await repo.publishResponse(db, id, new Date(PUBLISHED.response));
}

/** open now: the crisis workstream's draft plan, so there is something to comment on */
const OPEN_PLAN = {
  title: 'Pillar 4 in practice: our draft plan for support in a crisis',
  summary: 'The support in crisis workstream has written a draft plan for the first two years of Pillar 4 of the strategy. It says what we will do first, where, and how we will know it is working. Tell us what you think of each part.',
  easyReadSummary: 'We have a plan to help people in a mental health crisis.\nIt has 3 parts.\nTell us what you think.',
  sections: [
    {
      heading: 'What we will do first',
      body: 'In the first year we will open a crisis line that answers day and night, seven days a week.\n\nWe will also open two safe havens, one in each locality, from 6pm to midnight. A safe haven is a calm place you can go instead of the emergency department.\n\n- the crisis line opens in April\n- the first safe haven opens in June\n- the second safe haven opens in September',
      easyRead: 'We will open a phone line for a crisis.\nYou can phone any time, day or night.\nWe will open 2 calm places you can go in the evening.',
      picture: 'phone', alt: 'A telephone',
    },
    {
      heading: 'Who will answer',
      body: 'The crisis line will be answered by mental health nurses and by peer support workers, who have their own experience of a crisis.\n\nEveryone who answers will have training in talking with people who are deaf, autistic or have a learning disability. You can also text the line.',
      easyRead: 'Nurses will answer the phone.\nSome people who answer have been in a crisis too.\nYou can send a text if you do not want to talk.',
      picture: 'users', alt: 'A group of people',
    },
    {
      heading: 'How we will know it is working',
      body: 'We will count how many calls are answered within one minute, and ask people who called if it helped.\n\n| What we measure | Our aim |\n| --- | --- |\n| Calls answered within 1 minute | 9 in 10 |\n| People who say the call helped | 8 in 10 |\n\nWe will publish these figures every three months.',
      easyRead: 'We will check that we answer quickly.\nWe will ask people if the call helped.\nWe will tell everyone what we find out.',
      picture: 'check', alt: 'A tick',
    },
  ],
  comments: [
    { s: 0, role: 'carer', name: 'Bev', body: 'Midnight is too early for the safe havens. My son was always worst between 1 and 4 in the morning.' },
    { s: 0, role: 'service-user', name: null, body: 'Please make sure the safe havens are on a bus route. I do not drive and taxis cost too much.' },
    { s: 1, role: 'service-user', name: 'Kez', body: 'Having peer workers answer is the best part of this plan. Being heard by someone who has been there makes a big difference.' },
    { s: 1, role: 'staff', name: null, body: 'We need enough staff for the text line too, or people will wait a long time for an answer.' },
    { s: 2, role: 'public', name: null, body: 'Answering within a minute is good, but also measure whether people got the help they were told about afterwards.' },
  ],
};

async function seedOpenPlan(db: Queryable, where: { programmeId: string | null; phaseId: string | null }, facilitator: string | null) {
  const id = await repo.insertConsultation(
    db,
    { title: OPEN_PLAN.title, summary: OPEN_PLAN.summary, easyReadSummary: OPEN_PLAN.easyReadSummary, audience: 'People who have needed help in a crisis, their carers and the public', audiences: ['public'], ...where, signIn: 'optional', moderation: 'post' },
    facilitator,
  );
  const today = Date.now();
  await repo.addWave(db, id, { opensOn: new Date(today - 5 * DAY).toISOString().slice(0, 10), closesOn: new Date(today + 40 * DAY).toISOString().slice(0, 10) });
  const version = await repo.insertVersion(db, id, 'Draft 1');
  const ids: string[] = [];
  for (const s of OPEN_PLAN.sections) ids.push(await repo.addSection(db, id, version.id, { heading: s.heading, body: s.body, easyReadText: s.easyRead, easyReadPicture: s.picture, easyReadPictureAlt: s.alt }));
  await repo.publishVersion(db, version.id, facilitator, new Date(today - 5 * DAY));
  for (const [i, c] of OPEN_PLAN.comments.entries()) {
    await addComment(db, {
      resourceType: SECTION_COMMENTS, resourceId: ids[c.s]!, scopeId: id, body: c.body, tags: { versionId: version.id },
      displayName: c.name, anonymous: c.name === null, role: c.role as CommentRole, moderation: 'post', createdAt: new Date(today - (4 - i) * DAY),
    });
  }
}

export async function seedConsultations(ctx: AppContext): Promise<void> {
  const programme = (await listProgrammes(ctx.db)).find((p) => p.status === 'open');
  const phases = programme ? await listPhases(ctx.db, programme.id) : [];
  const facilitator = (await firstUserWithRole(ctx.db, 'facilitator')) ?? null;
  await ctx.db.transaction(async (tx) => {
    await seedStrategy(ctx, tx, { programmeId: programme?.id ?? null, phaseId: phases.find((p) => p.name === 'Draft')?.id ?? null }, facilitator);
    await seedOpenPlan(tx, { programmeId: programme?.id ?? null, phaseId: phases.find((p) => p.status === 'open')?.id ?? null }, facilitator);
  });
}
