// "Delete my account": erases personal data and keeps an anonymised row, so counts (how many people took part,
// in which roles) stay true. Writes the deletion to the audit log.
import type { AfterErase, AppContext } from '../../../platform/module.ts';
import { audit } from '../../../platform/audit/index.ts';
import { endSessionsOfUser } from '../../../platform/auth/session.ts';
import { forgetPhoneNumber } from '../../../platform/notify/outbox.ts';
import { getAccessNeeds } from '../repository.ts';

export async function deleteAccount(ctx: AppContext, userId: string): Promise<void> {
  const afterwards: AfterErase[] = [];
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `UPDATE users SET email = NULL, name = NULL, password_hash = NULL, contact_preferences = ARRAY[]::text[],
         roles = ARRAY['participant']::text[], email_verified_at = NULL, deleted_at = now(), updated_at = now() WHERE id = $1`,
      [userId],
    );
    // the mobile number goes with the access needs, and so do the text messages sent to it
    const mobile = (await getAccessNeeds(tx, userId))?.mobile;
    if (mobile) await forgetPhoneNumber(tx, mobile);
    await tx.query('DELETE FROM user_access_needs WHERE user_id = $1', [userId]);
    await tx.query('DELETE FROM organisation_representatives WHERE user_id = $1', [userId]);
    await tx.query('DELETE FROM login_tokens WHERE user_id = $1', [userId]);
    await endSessionsOfUser(tx, userId);
    await tx.query('UPDATE consents SET withdrawn_at = now() WHERE user_id = $1 AND withdrawn_at IS NULL', [userId]);
    for (const eraser of ctx.privacy.erasers) {
      const after = await eraser.eraseFor(tx, userId);
      if (after) afterwards.push(after);
    }
    await audit(tx, { actorId: userId, action: 'account.deleted', subjectType: 'user', subjectId: userId, details: { erased: ['email', 'name', 'password', 'access needs', 'mobile number', 'contact preferences', 'organisation links'] } });
  });
  // The account is gone whatever happens next: follow-up work (such as offering freed places) runs on its own.
  for (const after of afterwards) await after(ctx);
}
