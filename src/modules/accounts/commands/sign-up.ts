// Sign up: creates the account (if the email is new), records that the privacy notice was read, and emails a sign-in link.
// An existing address gets a sign-in link too, so the page never reveals who has an account.
import type { AppContext } from '../../../platform/module.ts';
import { findUserByEmail, giveConsent, insertUser } from '../repository.ts';
import { CONSENT_PURPOSES } from '../vocabulary.ts';
import { sendSignInLink } from './send-sign-in-link.ts';

export async function signUp(ctx: AppContext, input: { name: string; email: string }): Promise<void> {
  const existing = await findUserByEmail(ctx.db, input.email);
  if (!existing) {
    const privacy = CONSENT_PURPOSES.find((c) => c.value === 'privacy-notice')!;
    await ctx.db.transaction(async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name });
      await giveConsent(tx, user.id, privacy.value, privacy.version);
    });
  }
  await sendSignInLink(ctx, input.email);
}
