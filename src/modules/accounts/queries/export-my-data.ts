// "Download my data": everything Chorus holds about one person, as JSON (UK GDPR right of access).
import type { AppContext } from '../../../platform/module.ts';
import { auditEntriesAboutPerson } from '../../../platform/audit/index.ts';
import { findUserById, getAccessNeeds, listConsents, representedOrganisations } from '../repository.ts';

export async function exportMyData(ctx: AppContext, userId: string): Promise<Record<string, unknown>> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new Error('No such user');
  const [needs, consents, organisations, audit] = await Promise.all([
    getAccessNeeds(ctx.db, userId),
    listConsents(ctx.db, userId),
    representedOrganisations(ctx.db, userId),
    auditEntriesAboutPerson(ctx.db, userId),
  ]);
  const fromOtherParts: Record<string, unknown> = {};
  for (const exporter of ctx.privacy.exporters) fromOtherParts[exporter.moduleId] = await exporter.exportFor(userId);
  return {
    exportedAt: new Date().toISOString(),
    about: 'Everything Chorus holds about you. Ask the engagement team if anything is wrong.',
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: user.roles,
      howYouIdentify: user.identities,
      contactPreferences: user.contact_preferences,
      emailVerifiedAt: user.email_verified_at,
      createdAt: user.created_at,
      lastSignedInAt: user.last_signed_in_at,
      hasPassword: Boolean(user.password_hash),
    },
    communicationAndAccessNeeds: needs ?? null,
    consents,
    organisationsYouRepresent: organisations.map((o) => ({ id: o.id, name: o.name })),
    activityAboutYou: audit,
    ...fromOtherParts,
  };
}
