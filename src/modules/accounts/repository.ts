// All SQL for the accounts module's tables. Nothing outside this module touches them.
import type { Queryable } from '../../db/client.ts';
import type { Role } from '../../platform/authorisation/index.ts';
import { stripInvisible } from '../../platform/forms/index.ts';

export interface UserRow {
  id: string;
  email: string | null;
  name: string | null;
  password_hash: string | null;
  roles: Role[];
  identities: string[];
  contact_preferences: string[];
  email_verified_at: Date | null;
  created_at: Date;
  last_signed_in_at: Date | null;
  deleted_at: Date | null;
}

export interface AccessNeedsRow {
  contact_method: string | null;
  /** a UK mobile number as 07 and 9 digits, only when contact_method is 'text' */
  mobile: string | null;
  information_formats: string[];
  communication_support: string[];
  details: string | null;
  share_with_organisers: boolean;
  updated_at: Date;
}

export interface ConsentRow {
  id: number;
  purpose: string;
  version: string;
  given_at: Date;
  withdrawn_at: Date | null;
}

export interface OrganisationRow {
  id: string;
  name: string;
  description: string;
  website: string | null;
  created_at: Date;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL', [email]);
  return rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1 AND deleted_at IS NULL', [id]);
  return rows[0];
}

/** A name as shown to others: without bidirectional controls or zero-width characters, however it arrived. */
export const displayName = (name: string): string => stripInvisible(name).trim();

export async function insertUser(db: Queryable, u: { email: string; name: string | null; roles?: Role[]; identities?: string[]; passwordHash?: string | null }): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (email, name, roles, identities, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [u.email, u.name === null ? null : displayName(u.name), u.roles ?? ['participant'], u.identities ?? [], u.passwordHash ?? null],
  );
  return rows[0]!;
}

export async function updateUser(
  db: Queryable,
  id: string,
  patch: Partial<{ name: string; identities: string[]; contact_preferences: string[]; roles: Role[]; password_hash: string; email_verified_at: Date; last_signed_in_at: Date }>,
): Promise<void> {
  if (patch.name !== undefined) patch = { ...patch, name: displayName(patch.name) };
  const keys = Object.keys(patch) as (keyof typeof patch)[];
  if (keys.length === 0) return;
  const sets = keys.map((k, i) => `${k} = $${i + 2}`).join(', ');
  await db.query(`UPDATE users SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...keys.map((k) => patch[k])]);
}

export async function representedOrganisations(db: Queryable, userId: string): Promise<OrganisationRow[]> {
  const { rows } = await db.query<OrganisationRow>(
    `SELECT o.* FROM organisations o JOIN organisation_representatives r ON r.organisation_id = o.id WHERE r.user_id = $1 ORDER BY o.name`,
    [userId],
  );
  return rows;
}

export async function getAccessNeeds(db: Queryable, userId: string): Promise<AccessNeedsRow | undefined> {
  const { rows } = await db.query<AccessNeedsRow>('SELECT * FROM user_access_needs WHERE user_id = $1', [userId]);
  return rows[0];
}

export async function saveAccessNeeds(db: Queryable, userId: string, n: Omit<AccessNeedsRow, 'updated_at' | 'mobile'> & { mobile?: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO user_access_needs (user_id, contact_method, information_formats, communication_support, details, share_with_organisers, mobile)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (user_id) DO UPDATE SET contact_method = excluded.contact_method, information_formats = excluded.information_formats,
       communication_support = excluded.communication_support, details = excluded.details,
       share_with_organisers = excluded.share_with_organisers, mobile = excluded.mobile, updated_at = now()`,
    [userId, n.contact_method, n.information_formats, n.communication_support, n.details, n.share_with_organisers, n.mobile ?? null],
  );
}

export async function listConsents(db: Queryable, userId: string): Promise<ConsentRow[]> {
  const { rows } = await db.query<ConsentRow>('SELECT id, purpose, version, given_at, withdrawn_at FROM consents WHERE user_id = $1 ORDER BY given_at, id', [userId]);
  return rows;
}

export async function giveConsent(db: Queryable, userId: string, purpose: string, version: string): Promise<void> {
  await db.query(
    `INSERT INTO consents (user_id, purpose, version)
     SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM consents WHERE user_id = $1 AND purpose = $2 AND version = $3 AND withdrawn_at IS NULL)`,
    [userId, purpose, version],
  );
}

export async function withdrawConsent(db: Queryable, userId: string, purpose: string): Promise<void> {
  await db.query('UPDATE consents SET withdrawn_at = now() WHERE user_id = $1 AND purpose = $2 AND withdrawn_at IS NULL', [userId, purpose]);
}

export async function insertLoginToken(db: Queryable, tokenHash: string, userId: string, minutes: number): Promise<void> {
  await db.query(`INSERT INTO login_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`, [tokenHash, userId, minutes]);
}

export async function findUsableLoginToken(db: Queryable, tokenHash: string): Promise<{ user_id: string } | undefined> {
  const { rows } = await db.query<{ user_id: string }>('SELECT user_id FROM login_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()', [tokenHash]);
  return rows[0];
}

/** Marks the token used and returns its user, only if it was still unused and in date (single use, even under races). */
export async function consumeLoginToken(db: Queryable, tokenHash: string): Promise<string | undefined> {
  const { rows } = await db.query<{ user_id: string }>(
    'UPDATE login_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id',
    [tokenHash],
  );
  return rows[0]?.user_id;
}

const USER_SEARCH = `deleted_at IS NULL AND ($1 = '' OR email ILIKE '%' || $1 || '%' OR name ILIKE '%' || $1 || '%')`;

/** People matching the search, by name: one page of them (`page` from the platform's paginate()). */
export async function listUsers(db: Queryable, search: string, page: { limit: number; offset: number } = { limit: 200, offset: 0 }): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(`SELECT * FROM users WHERE ${USER_SEARCH} ORDER BY lower(coalesce(name, email)), id LIMIT $2 OFFSET $3`, [search, page.limit, page.offset]);
  return rows;
}

export async function countUsers(db: Queryable, search: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE ${USER_SEARCH}`, [search]);
  return rows[0]!.n;
}

export async function listOrganisations(db: Queryable): Promise<(OrganisationRow & { representatives: number })[]> {
  const { rows } = await db.query<OrganisationRow & { representatives: number }>(
    `SELECT o.*, (SELECT count(*)::int FROM organisation_representatives r WHERE r.organisation_id = o.id) AS representatives
     FROM organisations o ORDER BY lower(o.name)`,
  );
  return rows;
}

export async function findOrganisation(db: Queryable, id: string): Promise<OrganisationRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await db.query<OrganisationRow>('SELECT * FROM organisations WHERE id = $1', [id]);
  return rows[0];
}

export async function organisationRepresentatives(db: Queryable, organisationId: string): Promise<Pick<UserRow, 'id' | 'name' | 'email'>[]> {
  const { rows } = await db.query<Pick<UserRow, 'id' | 'name' | 'email'>>(
    `SELECT u.id, u.name, u.email FROM users u JOIN organisation_representatives r ON r.user_id = u.id
     WHERE r.organisation_id = $1 AND u.deleted_at IS NULL ORDER BY lower(coalesce(u.name, u.email))`,
    [organisationId],
  );
  return rows;
}
