// Public pages of the accounts module: sign up, sign in (emailed link by default, or password), sign out,
// and "your account" (details, how you identify, access needs, contact preferences, consents, download, delete).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, emptyValues, renderForm, withErrors, ukMobile, type FormResult, type FormSpec } from '../../platform/forms/index.ts';
import { authorize, safeReturnPath } from '../../platform/http/guards.ts';
import { endSession, setFlash, startSignedInSession, takeFlash } from '../../platform/auth/session.ts';
import { enforce, type Limit } from '../../platform/security/rate-limit.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import * as repo from './repository.ts';
import * as forms from './schemas.ts';
import * as vocab from './vocabulary.ts';
import { sendSignInLink } from './commands/send-sign-in-link.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { signUp } from './commands/sign-up.ts';
import { deleteAccount } from './commands/delete-account.ts';
import { exportMyData } from './queries/export-my-data.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export const LIMITS = {
  /** per address and email: someone guessing one person's password */
  signIn: { name: 'sign-in', max: 10, windowSeconds: 600 },
  /** per address: a whole NHS site or venue Wi-Fi can share one address, so this is generous */
  signInFromAddress: { name: 'sign-in-address', max: 300, windowSeconds: 600 },
  signUp: { name: 'sign-up', max: 50, windowSeconds: 3600 },
  signInLink: { name: 'sign-in-link', max: 5, windowSeconds: 900 },
} satisfies Record<string, Limit>;

const V = (name: string) => `accounts/views/${name}.njk`;

function showForm<S extends FormSpec>(reply: FastifyReply, template: string, form: FormResult<S> | { values: unknown }, extra: Record<string, unknown> = {}) {
  return renderForm(reply, V(template), { ...vocab, ...form, ...extra });
}

export async function accountRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const secure = ctx.config.isProduction;
  const demoMail = !ctx.config.smtpUrl;

  // ---- sign up
  app.get('/sign-up', (_req, reply) => showForm(reply, 'sign-up', { values: emptyValues(forms.signUpForm) }, { backLinkHref: '/sign-in' }));
  app.post('/sign-up', async (req, reply) => {
    await enforce(ctx.db, req, LIMITS.signUp);
    const form = validateForm(req.body, forms.signUpForm);
    if (!form.ok) return showForm(reply, 'sign-up', form, { backLinkHref: '/sign-in' });
    await enforce(ctx.db, req, LIMITS.signInLink, `email:${form.values.email.toLowerCase()}`);
    await signUp(ctx, form.values);
    return reply.redirect('/sign-in/check-email', 303);
  });

  // ---- sign in with an emailed link (the default: no password to remember)
  app.get<{ Querystring: { next?: string } }>('/sign-in', (req, reply) => {
    if (req.user) return reply.redirect(safeReturnPath(req.query.next), 303);
    return showForm(reply, 'sign-in', { values: emptyValues(forms.emailForm) }, { next: safeReturnPath(req.query.next, '') });
  });
  app.post('/sign-in', async (req, reply) => {
    await enforce(ctx.db, req, LIMITS.signInFromAddress);
    const form = validateForm(req.body, forms.emailForm);
    const next = safeReturnPath((req.body as Record<string, unknown>)?.next, '');
    if (!form.ok) return showForm(reply, 'sign-in', form, { next });
    await enforce(ctx.db, req, LIMITS.signInLink, `email:${form.values.email.toLowerCase()}`);
    await sendSignInLink(ctx, form.values.email, next || undefined);
    return reply.redirect('/sign-in/check-email', 303);
  });
  app.get('/sign-in/check-email', (_req, reply) => reply.view(V('check-email'), { demoMail, minutes: 15, backLinkHref: '/sign-in' }));

  app.get<{ Params: { token: string }; Querystring: { next?: string } }>('/sign-in/link/:token', async (req, reply) => {
    const usable = await repo.findUsableLoginToken(ctx.db, hashToken(req.params.token));
    if (!usable) return reply.code(410).view(V('link-expired'), {});
    return reply.view(V('confirm-sign-in'), { token: req.params.token, next: safeReturnPath(req.query.next, '') });
  });
  app.post('/sign-in/link', async (req, reply) => {
    await enforce(ctx.db, req, LIMITS.signInFromAddress);
    const body = req.body as Record<string, unknown>;
    const userId = typeof body?.token === 'string' ? await repo.consumeLoginToken(ctx.db, hashToken(body.token)) : undefined;
    if (!userId) return reply.code(410).view(V('link-expired'), {});
    await repo.updateUser(ctx.db, userId, { email_verified_at: new Date(), last_signed_in_at: new Date() });
    await startSignedInSession(ctx.db, req, reply, userId, secure);
    await setFlash(ctx.db, req, 'You are signed in');
    return reply.redirect(safeReturnPath(body.next), 303);
  });

  // ---- sign in with a password (paste allowed: no cognitive test, WCAG 2.2 accessible authentication)
  app.get<{ Querystring: { next?: string } }>('/sign-in/password', (req, reply) =>
    showForm(reply, 'sign-in-password', { values: emptyValues(forms.passwordSignInForm) }, { backLinkHref: '/sign-in', next: safeReturnPath(req.query.next, '') }),
  );
  app.post('/sign-in/password', async (req, reply) => {
    await enforce(ctx.db, req, LIMITS.signInFromAddress);
    const form = validateForm(req.body, forms.passwordSignInForm);
    await enforce(ctx.db, req, LIMITS.signIn, `${req.ip}:${form.values.email.toLowerCase()}`);
    const next = safeReturnPath((req.body as Record<string, unknown>)?.next, '');
    const extra = { backLinkHref: '/sign-in', next };
    if (!form.ok) return showForm(reply, 'sign-in-password', { ...form, values: { ...form.values, password: '' } }, extra);
    const user = await repo.findUserByEmail(ctx.db, form.values.email);
    if (!(await verifyPassword(form.values.password, user?.password_hash)) || !user) {
      const message = 'Enter a correct email address and password';
      return showForm(reply, 'sign-in-password', withErrors(forms.passwordSignInForm, form, { email: message }, { password: '' }), extra);
    }
    await repo.updateUser(ctx.db, user.id, { last_signed_in_at: new Date() });
    await startSignedInSession(ctx.db, req, reply, user.id, secure);
    await setFlash(ctx.db, req, 'You are signed in');
    return reply.redirect(safeReturnPath(next), 303);
  });

  // ---- sign out
  app.get('/sign-out', (req, reply) => (req.user ? reply.view(V('sign-out'), { backLinkHref: '/account' }) : reply.redirect('/', 303)));
  app.post('/sign-out', async (req, reply) => {
    await endSession(ctx.db, req, reply, secure);
    return reply.redirect('/signed-out', 303);
  });
  app.get('/signed-out', (_req, reply) => reply.view(V('signed-out'), {}));

  // ---- your account
  app.get('/account', async (req, reply) => {
    authorize(req, 'account.manage');
    const userId = req.user!.userId;
    const [user, needs, consents, organisations] = await Promise.all([
      repo.findUserById(ctx.db, userId),
      repo.getAccessNeeds(ctx.db, userId),
      repo.listConsents(ctx.db, userId),
      repo.representedOrganisations(ctx.db, userId),
    ]);
    const flash = await takeFlash(ctx.db, req);
    return reply.view(V('account'), { user, needs, consents, organisations, flash, ...vocab });
  });

  const editPage = <S extends FormSpec>(
    path: string,
    template: string,
    spec: S,
    load: (userId: string) => Promise<Record<string, unknown>>,
    save: (userId: string, values: FormResult<S>['values']) => Promise<void>,
    done: string,
  ) => {
    app.get(path, async (req, reply) => {
      authorize(req, 'account.manage');
      return showForm(reply, template, { values: await load(req.user!.userId) }, { backLinkHref: '/account' });
    });
    app.post(path, async (req, reply) => {
      authorize(req, 'account.manage');
      const form = validateForm(req.body, spec);
      if (!form.ok) return showForm(reply, template, form, { backLinkHref: '/account' });
      await save(req.user!.userId, form.values);
      await setFlash(ctx.db, req, done);
      return reply.redirect('/account', 303);
    });
  };

  editPage('/account/name', 'edit-name', forms.nameForm, async (id) => ({ name: (await repo.findUserById(ctx.db, id))?.name ?? '' }),
    (id, v) => repo.updateUser(ctx.db, id, { name: v.name }), 'Your name has been updated');

  editPage('/account/identities', 'edit-identities', forms.identitiesForm, async (id) => ({ identities: (await repo.findUserById(ctx.db, id))?.identities ?? [] }),
    (id, v) => repo.updateUser(ctx.db, id, { identities: v.identities }), 'How you identify has been updated');

  editPage('/account/access-needs', 'edit-access-needs', forms.accessNeedsForm,
    async (id) => {
      const n = await repo.getAccessNeeds(ctx.db, id);
      return { contactMethod: n?.contact_method ?? '', mobile: n?.mobile ?? '', informationFormats: n?.information_formats ?? [], communicationSupport: n?.communication_support ?? [], details: n?.details ?? '', share: n ? (n.share_with_organisers ? 'yes' : 'no') : '' };
    },
    (id, v) => repo.saveAccessNeeds(ctx.db, id, { contact_method: v.contactMethod, mobile: v.contactMethod === 'text' ? (ukMobile(v.mobile) ?? null) : null, information_formats: v.informationFormats, communication_support: v.communicationSupport, details: v.details || null, share_with_organisers: v.share === 'yes' }),
    'Your communication and access needs have been saved');

  editPage('/account/contact-preferences', 'edit-contact-preferences', forms.contactPreferencesForm, async (id) => ({ preferences: (await repo.findUserById(ctx.db, id))?.contact_preferences ?? [] }),
    (id, v) => repo.updateUser(ctx.db, id, { contact_preferences: v.preferences }), 'Your contact preferences have been updated');

  editPage('/account/password', 'edit-password', forms.newPasswordForm, async () => ({ password: '' }),
    async (id, v) => repo.updateUser(ctx.db, id, { password_hash: await hashPassword(v.password) }), 'Your password has been set');

  app.post<{ Params: { purpose: string } }>('/account/consents/:purpose', async (req, reply) => {
    authorize(req, 'account.manage');
    const purpose = vocab.CONSENT_PURPOSES.find((p) => p.value === req.params.purpose);
    if (!purpose) throw new NotFoundError();
    const body = req.body as Record<string, unknown>;
    if (body.decision === 'withdraw' && purpose.canWithdraw) {
      await repo.withdrawConsent(ctx.db, req.user!.userId, purpose.value);
      await setFlash(ctx.db, req, `You have withdrawn your consent: ${purpose.text}`);
    } else if (body.decision === 'give') {
      await repo.giveConsent(ctx.db, req.user!.userId, purpose.value, purpose.version);
      await setFlash(ctx.db, req, `You have given your consent: ${purpose.text}`);
    }
    return reply.redirect('/account#consents', 303);
  });

  app.get('/account/download', async (req, reply) => {
    authorize(req, 'account.manage');
    const data = await exportMyData(ctx, req.user!.userId);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="my-chorus-data.json"')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/account/delete', (req, reply) => {
    authorize(req, 'account.manage');
    return reply.view(V('delete-account'), { backLinkHref: '/account' });
  });
  app.post('/account/delete', async (req, reply) => {
    authorize(req, 'account.manage');
    await deleteAccount(ctx, req.user!.userId);
    await endSession(ctx.db, req, reply, secure);
    return reply.redirect('/account-deleted', 303);
  });
  app.get('/account-deleted', (_req, reply) => reply.view(V('account-deleted'), {}));
}
