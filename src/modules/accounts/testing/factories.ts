// Test factories for people, exported for every module's tests.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../../platform/authorisation/index.ts';
import type { AppContext } from '../../../platform/module.ts';
import { hashPassword } from '../passwords.ts';
import { insertUser, saveAccessNeeds, type AccessNeedsRow } from '../repository.ts';

export const TEST_PASSWORD = 'a test password that is long';
let cachedHash: string | undefined;

export async function buildUser(ctx: AppContext, overrides: { email?: string; name?: string; roles?: Role[]; identities?: string[] } = {}) {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `person-${randomBytes(4).toString('hex')}@example.org`;
  return insertUser(ctx.db, { email, name: overrides.name ?? 'Test Person', roles: overrides.roles ?? ['participant'], identities: overrides.identities, passwordHash: cachedHash });
}

/** Records a person's communication and access needs, as the account page does (shared with organisers unless told). */
export async function giveAccessNeeds(ctx: Pick<AppContext, 'db'>, userId: string, needs: Partial<Omit<AccessNeedsRow, 'updated_at'>> = {}): Promise<void> {
  await saveAccessNeeds(ctx.db, userId, { contact_method: 'email', information_formats: [], communication_support: [], details: null, share_with_organisers: true, ...needs });
}

export async function buildOrganisation(ctx: AppContext, name = `Group ${randomBytes(3).toString('hex')}`, representativeIds: string[] = []) {
  const { rows } = await ctx.db.query<{ id: string }>('INSERT INTO organisations (name) VALUES ($1) RETURNING id', [name]);
  for (const userId of representativeIds) await ctx.db.query('INSERT INTO organisation_representatives (organisation_id, user_id) VALUES ($1, $2)', [rows[0]!.id, userId]);
  return { id: rows[0]!.id, name };
}
