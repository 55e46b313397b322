// The comment journey's parts shared by its pages: what a draft holds, the pages in order, who may choose
// "on behalf of an organisation", whether a consultation is open for comments, and reading the comment and the
// passage it is about. The pages are in comment-routes.ts (starting: a section's form, a reply) and
// comment-step-routes.ts (about you, questions, organisation, check, done).
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { validateForm, withErrors } from '../../platform/forms/index.ts';
import { authorize, can } from '../../platform/http/guards.ts';
import { DraftStore, defineJourney, redirectTo, type Draft } from '../../platform/journeys/index.ts';
import { COMMENT_ROLES, commentForm, getComment } from '../../capabilities/comments/index.ts';
import type { Answers, Section } from '../../capabilities/questionnaires/index.ts';
import * as repo from './repository.ts';
import { isOpen, requireConsultation, type Loaded } from './document.ts';
import { paragraphsOf, quoteOccurs } from './document/markdown.ts';
import type { Format } from './routes.ts';

export interface CommentAnswers {
  sectionId: string;
  versionId: string;
  parentId?: string | null;
  format: Format;
  body?: string;
  quote?: string;
  role?: string;
  showName?: string;
  displayName?: string;
  organisation?: string;
  gatheredHow?: string;
  gatheredOther?: string;
  representsCount?: string;
  representsWho?: string;
  consent?: string[];
  /** answers to the section's questions, if it has any */
  questionAnswers?: Answers;
}

export interface State {
  loaded: Loaded;
  draft: Draft<CommentAnswers>;
  answers: CommentAnswers;
  base: string;
  section: repo.SectionTextRow;
  parent: Awaited<ReturnType<typeof getComment>>;
  /** the section's questions (none for a reply) */
  questions: Section | undefined;
}

export const commentDrafts = new DraftStore<CommentAnswers>('consultation-comment', 24);

export const forOrganisation = (a: CommentAnswers) => a.role === 'organisation';
export const journey = defineJourney<State>({
  steps: [
    { slug: 'comment', done: (s) => Boolean(s.answers.body) },
    // every question is optional, so the page is done once it has been seen (or skipped by changing the comment)
    { slug: 'questions', showIf: (s) => Boolean(s.questions), done: () => true },
    { slug: 'about-you', done: (s) => Boolean(s.answers.role) && (forOrganisation(s.answers) || Boolean(s.answers.showName)) },
    { slug: 'organisation', showIf: (s) => forOrganisation(s.answers), done: (s) => Boolean(s.answers.organisation && s.answers.representsCount) },
  ],
});

/** the roles a person may choose: "on behalf of an organisation" only for its representatives */
export const rolesFor = (req: FastifyRequest) => COMMENT_ROLES.filter((r) => r.value !== 'organisation' || can(req, 'consultation.comment-for-organisation'));

/** the consultation, when it is open for comments and this person may comment on it (else a redirect) */
export async function openForComments(ctx: AppContext, req: FastifyRequest, id: string): Promise<Loaded> {
  authorize(req, 'consultation.comment');
  const loaded = await requireConsultation(ctx.db, id, true);
  if (!isOpen(loaded)) throw redirectTo(`/consultations/${loaded.consultation.id}`);
  if (loaded.consultation.sign_in === 'required' && !req.user) throw redirectTo(`/sign-in?next=${encodeURIComponent(`/consultations/${loaded.consultation.id}`)}`);
  return loaded;
}

/** the comment and the passage: typed on the section page (a new comment) or the reply page */
export function readComment(body: unknown, section: repo.SectionTextRow) {
  const raw = (body ?? {}) as Record<string, unknown>;
  const paragraph = typeof raw.paragraph === 'string' ? raw.paragraph : '';
  const picked = paragraphsOf(section.body).find((p) => String(p.n) === paragraph);
  const read = validateForm({ ...raw, quote: typeof raw.quote === 'string' && raw.quote.trim() ? raw.quote : (picked?.text ?? '') }, commentForm);
  const quote = read.values.quote.trim();
  return {
    ...withErrors(commentForm, read, { quote: quote && !read.errors.quote && !quoteOccurs(section.body, quote) ? 'The words you quote must be from this section. Copy them from the text, or choose a paragraph from the list' : undefined }),
    paragraph,
  };
}
