// What other modules may use from surveys, and the manifest's hooks (personal data, programme timeline).
import type { Queryable } from '../../db/client.ts';
import type { TimelineItem } from '../../platform/module.ts';
import * as repo from './repository.ts';
import { isUuid } from '../../platform/http/ids.ts';

/** open surveys of a programme, for its timeline */
export async function surveyTimelineItems(db: Queryable, programmeId: string): Promise<TimelineItem[]> {
  if (!isUuid(programmeId)) return [];
  return (await repo.listOpenSurveys(db, programmeId)).map((s) => ({
    kind: 'surveys',
    phaseId: s.phase_id,
    title: s.title,
    href: `/surveys/${s.id}`,
    status: 'Open',
    startsAt: s.opens_on ? new Date(`${s.opens_on}T00:00:00Z`) : null,
    endsAt: s.closes_on ? new Date(`${s.closes_on}T23:59:59Z`) : null,
    summary: s.easy_read ? 'Survey, also in Easy Read' : 'Survey',
  }));
}

/** responses linked to a person's account (non-anonymous surveys and organisation responses they sent) */
export async function exportSurveyData(db: Queryable, userId: string): Promise<unknown> {
  return (await repo.responsesOfUser(db, userId)).map((r) => ({
    survey: r.title,
    reference: r.reference,
    status: r.status,
    kind: r.kind,
    organisation: r.organisation_name,
    variant: r.variant,
    channel: r.channel,
    whichOfTheseDescribesYou: r.respondent_roles,
    answers: r.answers,
    equality: r.equality,
    startedAt: r.started_at,
    submittedAt: r.submitted_at,
  }));
}

/**
 * Erasure: unfinished responses are deleted; submitted ones are unlinked from the account and their equality
 * answers removed, so what is left is an anonymous response that still counts in published results.
 */
export async function eraseSurveyData(tx: Queryable, userId: string): Promise<void> {
  await tx.query(`DELETE FROM survey_responses WHERE user_id = $1 AND status = 'in-progress'`, [userId]);
  await tx.query(`UPDATE survey_responses SET user_id = NULL, equality = NULL WHERE user_id = $1`, [userId]);
  await tx.query(`UPDATE survey_responses SET entered_by = NULL WHERE entered_by = $1`, [userId]);
}

export { listOpenSurveys } from './repository.ts';
