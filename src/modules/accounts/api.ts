// What other modules may use from accounts. Nothing else in this folder is imported from outside it.
import type { Queryable } from '../../db/client.ts';
import type { CurrentUser, IdentityProvider } from '../../platform/module.ts';
import type { Role } from '../../platform/authorisation/index.ts';
import { getAccessNeeds, findUserByEmail, type AccessNeedsRow } from './repository.ts';
export { IDENTITIES, COMMUNICATION_SUPPORT, INFORMATION_FORMATS } from './vocabulary.ts';
export type { AccessNeedsRow } from './repository.ts';
/** the demo accounts' password, printed at start when demo data is seeded */
export { DEMO_PASSWORD } from './seeds.ts';

export function identityProvider(db: Queryable): IdentityProvider {
  return {
    async loadUser(userId: string): Promise<CurrentUser | undefined> {
      const { rows } = await db.query<{ id: string; name: string | null; email: string; roles: Role[]; organisation_ids: string[] }>(
        `SELECT u.id, u.name, u.email, u.roles,
           coalesce(array_agg(r.organisation_id::text) FILTER (WHERE r.organisation_id IS NOT NULL), ARRAY[]::text[]) AS organisation_ids
         FROM users u LEFT JOIN organisation_representatives r ON r.user_id = u.id
         WHERE u.id = $1 AND u.deleted_at IS NULL GROUP BY u.id`,
        [userId],
      );
      const u = rows[0];
      if (!u) return undefined;
      return { userId: u.id, name: u.name, email: u.email, roles: u.roles, organisationIds: u.organisation_ids };
    },
  };
}

/** A person's recorded communication and access needs, when they have agreed to share them with organisers (never their mobile number). */
export async function accessNeedsToShare(db: Queryable, userId: string): Promise<AccessNeedsRow | undefined> {
  const needs = await getAccessNeeds(db, userId);
  return needs?.share_with_organisers ? { ...needs, mobile: null } : undefined;
}

/** How to contact this person, from their account (Accessible Information Standard). */
export interface HowToContact {
  /** what they chose: 'email', 'phone', 'text', 'letter', 'no-preference', or null when they have not said */
  method: string | null;
  email: string | null;
  /** the UK mobile to text (07 and 9 digits): set only when they chose text messages and gave one */
  textTo: string | null;
}

/** How to contact a person with an account, or undefined when there is no such account (or it was deleted). Never log textTo. */
export async function howToContact(db: Queryable, userId: string): Promise<HowToContact | undefined> {
  const { rows } = await db.query<{ email: string | null; method: string | null; mobile: string | null }>(
    `SELECT u.email, n.contact_method AS method, n.mobile FROM users u LEFT JOIN user_access_needs n ON n.user_id = u.id
     WHERE u.id = $1 AND u.deleted_at IS NULL`,
    [userId],
  );
  const r = rows[0];
  if (!r) return undefined;
  return { method: r.method, email: r.email, textTo: r.method === 'text' && r.mobile ? r.mobile : null };
}

/** The profile a booking or survey can pre-fill from (WCAG 2.2 Redundant entry). */
export async function profileFor(db: Queryable, userId: string): Promise<{ name: string | null; email: string | null; identities: string[] } | undefined> {
  const { rows } = await db.query<{ name: string | null; email: string | null; identities: string[] }>('SELECT name, email, identities FROM users WHERE id = $1 AND deleted_at IS NULL', [userId]);
  return rows[0];
}

/** The longest-standing account with this role (demo seeds record it as who created what they add). */
export async function firstUserWithRole(db: Queryable, role: Role): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE $1 = ANY(roles) AND deleted_at IS NULL ORDER BY created_at LIMIT 1', [role]);
  return rows[0]?.id;
}

export async function userIdForEmail(db: Queryable, email: string): Promise<string | undefined> {
  return (await findUserByEmail(db, email))?.id;
}

export async function organisationNames(db: Queryable, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM organisations WHERE id::text = ANY($1::text[]) ORDER BY name', [ids]);
  return rows;
}

export async function listAllOrganisations(db: Queryable): Promise<{ id: string; name: string }[]> {
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM organisations ORDER BY lower(name)');
  return rows;
}

/** Every person's name with an account (staff and public; organisation names are not people), trimmed, each once, for the personal-data check on quotes. Deleted accounts have no name. */
export async function peopleNames(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT DISTINCT btrim(name) AS name FROM users WHERE deleted_at IS NULL AND name IS NOT NULL AND btrim(name) <> '' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}
