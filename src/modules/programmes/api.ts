// What other modules may use from programmes. Nothing else in this folder is imported from outside it.
import type { Queryable } from '../../db/client.ts';
import * as repo from './repository.ts';

export interface ProgrammeSummary {
  id: string;
  title: string;
  status: string;
  summary: string;
  area: string;
}

export interface PhaseSummary {
  id: string;
  name: string;
  startsOn: Date | null;
  endsOn: Date | null;
  status: string;
}

export async function listProgrammes(db: Queryable): Promise<ProgrammeSummary[]> {
  return (await repo.listProgrammes(db)).map((p) => ({ id: p.id, title: p.title, status: p.status, summary: p.summary, area: p.area }));
}

export async function getProgramme(db: Queryable, id: string): Promise<(ProgrammeSummary & { ownerWorkgroup: string }) | undefined> {
  const p = await repo.findProgramme(db, id);
  return p && { id: p.id, title: p.title, status: p.status, summary: p.summary, area: p.area, ownerWorkgroup: p.owner_workgroup };
}

export async function listPhases(db: Queryable, programmeId: string): Promise<PhaseSummary[]> {
  return (await repo.listPhases(db, programmeId)).map((p) => ({ id: p.id, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on, status: p.status }));
}

export async function listWorkgroups(db: Queryable, programmeId: string): Promise<{ id: string; name: string }[]> {
  return (await repo.listWorkgroups(db, programmeId)).map((w) => ({ id: w.id, name: w.name }));
}

/** Every area a programme covers (for filters such as "events in this area"). */
export async function listAreas(db: Queryable): Promise<string[]> {
  return [...new Set((await repo.listProgrammes(db)).map((p) => p.area).filter(Boolean))].sort();
}

/** Open, forthcoming and closed programmes, for the home page and the hub. */
export async function programmesByStatus(db: Queryable): Promise<Record<'open' | 'forthcoming' | 'closed', ProgrammeSummary[]>> {
  const all = await listProgrammes(db);
  return { open: all.filter((p) => p.status === 'open'), forthcoming: all.filter((p) => p.status === 'forthcoming'), closed: all.filter((p) => p.status === 'closed') };
}

/** Creates a programme with its phases (used by demo seeds of this and other modules). */
export async function createProgramme(
  db: Queryable,
  p: { title: string; summary: string; area: string; ownerWorkgroup: string; status: string; phases?: repo.PhaseInput[]; workgroups?: string[] },
  createdBy: string | null = null,
): Promise<{ id: string; phaseIds: string[]; workgroupIds: string[] }> {
  const programme = await repo.insertProgramme(db, p, createdBy);
  const phaseIds: string[] = [];
  for (const phase of p.phases ?? []) phaseIds.push(await repo.insertPhase(db, programme.id, phase));
  const workgroupIds: string[] = [];
  for (const name of p.workgroups ?? []) {
    const id = await repo.insertWorkgroup(db, programme.id, { name, description: '' });
    if (id) workgroupIds.push(id);
  }
  return { id: programme.id, phaseIds, workgroupIds };
}

/**
 * "Programme" and "Programme – phase" choices for a form's one select (surveys, consultations): the value is a
 * programme id, or a programme id and a phase id joined by ':'; the first choice is "Not part of a programme".
 */
export async function programmeAndPhaseChoices(db: Queryable): Promise<{ value: string; text: string }[]> {
  const out: { value: string; text: string }[] = [{ value: '', text: 'Not part of a programme' }];
  for (const p of await repo.listProgrammes(db)) {
    out.push({ value: p.id, text: p.title });
    for (const ph of await repo.listPhases(db, p.id)) out.push({ value: `${p.id}:${ph.id}`, text: `${p.title} – ${ph.name}` });
  }
  return out;
}

/** the programme and phase ids of a value from `programmeAndPhaseChoices` */
export function splitProgrammeChoice(value: string): { programmeId: string | null; phaseId: string | null } {
  const [programmeId, phaseId] = value ? value.split(':') : [];
  return { programmeId: programmeId || null, phaseId: phaseId || null };
}

/** the form value for a programme and phase, the other way round */
export const programmeChoiceOf = (programmeId: string | null, phaseId: string | null): string => (programmeId ? (phaseId ? `${programmeId}:${phaseId}` : programmeId) : '');
