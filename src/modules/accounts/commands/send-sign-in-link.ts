// Emails a single-use sign-in link that works for 15 minutes. Says nothing about whether the address has an account.
import type { AppContext } from '../../../platform/module.ts';
import { hashToken, newToken } from '../../../platform/security/tokens.ts';
import { findUserByEmail, insertLoginToken } from '../repository.ts';

export const LINK_MINUTES = 15;

export async function sendSignInLink(ctx: AppContext, email: string, next?: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || !user.email) return;
  const token = newToken();
  await insertLoginToken(ctx.db, hashToken(token), user.id, LINK_MINUTES);
  const link = `${ctx.config.baseUrl}/sign-in/link/${token}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  await ctx.outbox.send({
    to: user.email,
    purpose: 'sign-in-link',
    subject: 'Your link to sign in to Chorus',
    text: [
      `Hello${user.name ? ` ${user.name}` : ''},`,
      '',
      'Use this link to sign in to Chorus:',
      link,
      '',
      `The link works once and stops working after ${LINK_MINUTES} minutes.`,
      '',
      'If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.',
      '',
      'If you need help with your mental health now, call NHS 111 and select the mental health option, or call 999 in an emergency.',
    ].join('\n'),
  });
}
