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
