// All SQL for the programmes module's tables. Nothing outside this module touches them.
import type { Queryable } from '../../db/client.ts';
import { isUuid } from '../../platform/http/ids.ts';

export interface ProgrammeRow {
  id: string;
  title: string;
  summary: string;
  area: string;
  status: string;
  owner_workgroup: string;
  created_at: Date;
}

export interface PhaseRow {
  id: string;
  programme_id: string;
  position: number;
  name: string;
  description: string;
  starts_on: Date | null;
  ends_on: Date | null;
  status: string;
}

export interface WorkgroupRow {
  id: string;
  programme_id: string;
  name: string;
  description: string;
}


/** date columns are read as text and turned into UTC-midnight Dates, the same on PGlite and PostgreSQL */
const day = (v: string | null): Date | null => (v ? new Date(`${v}T00:00:00Z`) : null);
const PHASE_COLUMNS = 'id, programme_id, position, name, description, starts_on::text AS starts_on, ends_on::text AS ends_on, status';
const toPhase = (r: Omit<PhaseRow, 'starts_on' | 'ends_on'> & { starts_on: string | null; ends_on: string | null }): PhaseRow => ({ ...r, starts_on: day(r.starts_on), ends_on: day(r.ends_on) });

export async function listProgrammes(db: Queryable): Promise<ProgrammeRow[]> {
  const { rows } = await db.query<ProgrammeRow>(
    `SELECT id, title, summary, area, status, owner_workgroup, created_at FROM programmes
     ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'forthcoming' THEN 1 ELSE 2 END, lower(title)`,
  );
  return rows;
}

export async function findProgramme(db: Queryable, id: string): Promise<ProgrammeRow | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<ProgrammeRow>('SELECT id, title, summary, area, status, owner_workgroup, created_at FROM programmes WHERE id = $1', [id]);
  return rows[0];
}

export interface ProgrammeInput {
  title: string;
  summary: string;
  area: string;
  ownerWorkgroup: string;
  status: string;
}

export async function insertProgramme(db: Queryable, p: ProgrammeInput, createdBy: string | null): Promise<ProgrammeRow> {
  const { rows } = await db.query<ProgrammeRow>(
    `INSERT INTO programmes (title, summary, area, owner_workgroup, status, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, title, summary, area, status, owner_workgroup, created_at`,
    [p.title, p.summary, p.area, p.ownerWorkgroup, p.status, createdBy],
  );
  return rows[0]!;
}

export async function updateProgramme(db: Queryable, id: string, p: ProgrammeInput): Promise<void> {
  await db.query('UPDATE programmes SET title = $2, summary = $3, area = $4, owner_workgroup = $5, status = $6, updated_at = now() WHERE id = $1', [
    id,
    p.title,
    p.summary,
    p.area,
    p.ownerWorkgroup,
    p.status,
  ]);
}

export async function listPhases(db: Queryable, programmeId: string): Promise<PhaseRow[]> {
  if (!isUuid(programmeId)) return [];
  const { rows } = await db.query<Parameters<typeof toPhase>[0]>(
    `SELECT ${PHASE_COLUMNS} FROM programme_phases WHERE programme_id = $1 ORDER BY position, starts_on NULLS LAST, name`,
    [programmeId],
  );
  return rows.map(toPhase);
}

export async function findPhase(db: Queryable, programmeId: string, phaseId: string): Promise<PhaseRow | undefined> {
  if (!isUuid(programmeId) || !isUuid(phaseId)) return undefined;
  const { rows } = await db.query<Parameters<typeof toPhase>[0]>(`SELECT ${PHASE_COLUMNS} FROM programme_phases WHERE programme_id = $1 AND id = $2`, [programmeId, phaseId]);
  return rows[0] && toPhase(rows[0]);
}

export interface PhaseInput {
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
}

export async function insertPhase(db: Queryable, programmeId: string, p: PhaseInput): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO programme_phases (programme_id, position, name, description, starts_on, ends_on, status)
     VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM programme_phases WHERE programme_id = $1), $2, $3, $4, $5, $6) RETURNING id`,
    [programmeId, p.name, p.description, p.startsOn, p.endsOn, p.status],
  );
  return rows[0]!.id;
}

export async function updatePhase(db: Queryable, phaseId: string, p: PhaseInput): Promise<void> {
  await db.query('UPDATE programme_phases SET name = $2, description = $3, starts_on = $4, ends_on = $5, status = $6 WHERE id = $1', [
    phaseId,
    p.name,
    p.description,
    p.startsOn,
    p.endsOn,
    p.status,
  ]);
}

export async function listWorkgroups(db: Queryable, programmeId: string): Promise<WorkgroupRow[]> {
  if (!isUuid(programmeId)) return [];
  const { rows } = await db.query<WorkgroupRow>('SELECT id, programme_id, name, description FROM programme_workgroups WHERE programme_id = $1 ORDER BY lower(name)', [programmeId]);
  return rows;
}

export async function insertWorkgroup(db: Queryable, programmeId: string, w: { name: string; description: string }): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO programme_workgroups (programme_id, name, description) VALUES ($1, $2, $3) ON CONFLICT (programme_id, name) DO NOTHING RETURNING id',
    [programmeId, w.name, w.description],
  );
  return rows[0]?.id;
}
