// The contract between a feature module and the platform. Each module's index.ts exports one ChorusModule
// (its manifest); src/app/modules.ts lists them in order.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.ts';
import type { Database, Queryable } from '../db/client.ts';
import type { Actor, Policy, PolicyRegistry } from './authorisation/index.ts';
import type { SettingsStore } from './content/settings.ts';
import type { Jobs } from './jobs/index.ts';
import type { Outbox } from './notify/outbox.ts';
import type { Audience } from './vocabulary.ts';

export interface CurrentUser extends Actor {
  userId: string;
  name: string | null;
  email: string;
}

/** Supplied by the accounts module: turns a session's user id into the signed-in person. */
export interface IdentityProvider {
  loadUser(userId: string): Promise<CurrentUser | undefined>;
}

export interface AppContext {
  config: Config;
  db: Database;
  policies: PolicyRegistry;
  jobs: Jobs;
  outbox: Outbox;
  settings: SettingsStore;
  /** HMAC key for CSRF tokens and other signed values */
  secret: string;
  identity?: IdentityProvider;
  /** every module that holds personal data says how to export and erase it (UK GDPR access and erasure) */
  privacy: PrivacyHooks;
  /** every module with a programmeItems hook, in module order (filled by build-app; used by the programmes module) */
  timelineSources: TimelineSource[];
  /** every module with an openItems hook, in module order (filled by build-app; used by "Have your say") */
  openItemSources: OpenItemSource[];
  /** every module with a freeText hook, in module order (filled by build-app; read by the insight analysis job) */
  freeTextSources: FreeTextSource[];
}

export interface FreeTextSource {
  moduleId: string;
  /** every free-text item of the module, a page at a time, in a stable order (id) */
  items(after?: string, limit?: number): Promise<FreeTextItem[]>;
}

/**
 * One piece of free text a module holds, offered to the insight engine (survey free-text answers and organisation
 * responses, event verbatim notes, consultation comments, later discussion posts). Only what the analysis needs and
 * a link back; never the author's name or contact details.
 */
export interface FreeTextItem {
  /** stable and unique across modules: "<module>:<what>:<ids>", e.g. "surveys:answer:<response id>:<question id>" */
  id: string;
  /** the module it comes from, e.g. "surveys" */
  module: string;
  /** what sort of text within the module, e.g. "answer", "organisation-response", "verbatim-note", "comment" */
  source: string;
  programmeId: string | null;
  phaseId: string | null;
  /** the question or section it answers, in words ("What would make the biggest difference?", "Pillar 4: Support in crisis") */
  prompt: string;
  text: string;
  /** the author's audience or roles as the module records them (survey respondent roles, a comment's role, an event's audiences) */
  roles: string[];
  /** online, paper, phone, assisted, letter, email, event */
  channel: string;
  kind: 'individual' | 'organisation';
  /** for an organisation's text, the people it speaks for */
  peopleRepresented: number | null;
  variant: 'standard' | 'easy-read';
  createdAt: Date;
  /** a page where staff can see it in context */
  href: string;
}

export interface TimelineSource {
  moduleId: string;
  itemsFor(programmeId: string): Promise<TimelineItem[]>;
}

export interface OpenItemSource {
  moduleId: string;
  list(filter?: OpenItemFilter): Promise<OpenItem[]>;
}

/** work an eraser leaves for after the account-deletion transaction has committed */
export type AfterErase = (ctx: AppContext) => Promise<void>;

export interface PrivacyHooks {
  exporters: { moduleId: string; exportFor(userId: string): Promise<unknown> }[];
  erasers: { moduleId: string; eraseFor(tx: Queryable, userId: string): Promise<AfterErase | void> }[];
}

export interface NavItem {
  text: string;
  href: string;
  /** shown only to people with this ability */
  ability?: string;
}

/** Something a module shows on a programme's timeline (an event, a survey, a document, a "you said, we did"). */
export interface TimelineItem {
  /** which module it comes from, e.g. "events" */
  kind: string;
  /** the programme phase it belongs to, or null for the whole programme */
  phaseId: string | null;
  title: string;
  href: string;
  /** e.g. "Open", "Booking open", "Closed" */
  status: string;
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** one short line under the title */
  summary?: string;
  /** what to call a list of these, lower case and plural ("events", "peer sessions"); `kind` with spaces if not given */
  kindName?: string;
  /** its parts, each with its own page (a consultation's sections), listed under it */
  parts?: ItemPart[];
}

/** a part of a timeline or open item with a page of its own, e.g. a section of a consultation */
export interface ItemPart {
  title: string;
  href: string;
}

/** who something is for: the audiences Chorus reaches (the same values events use) */
export type { Audience };

/**
 * Something a person can take part in now, listed on "Have your say" (/have-your-say) and on its programme's page:
 * an open survey today; later a consultation open for comments, a discussion, a peer-support group taking referrals.
 * Only what anyone may see: a module lists nothing that is draft, closed, not yet open or private.
 */
export interface OpenItem {
  /** singular, kebab-case, the same for every item of one sort: "survey", "consultation", "discussion", "peer-support" */
  kind: string;
  /** how the kind is named on the page, singular and plural: "Survey" and "Surveys" */
  kindText: string;
  kindTextPlural: string;
  title: string;
  /** where to take part (the start page) */
  href: string;
  /** what it is, in a sentence or two of plain English */
  description: string;
  /** who it is for, in words (e.g. "Carers and family members of people who use services") */
  audienceText: string;
  /** the audiences it is for, for filtering; empty means anyone */
  audiences: Audience[];
  /** the last day it is open, YYYY-MM-DD, or null when no closing date is set */
  closesOn: string | null;
  /** there is an Easy Read version */
  easyRead: boolean;
  /** how long taking part takes, e.g. "About 8 minutes", "An hour a week for 6 weeks"; null when it depends */
  takes: string | null;
  /** the programme (and phase) it belongs to, if any */
  programmeId: string | null;
  phaseId: string | null;
  /** its parts, each with its own page (a consultation's sections), listed under it */
  parts?: ItemPart[];
}

export interface OpenItemFilter {
  /** only items of this programme */
  programmeId?: string;
}

export interface ChorusModule {
  /** kebab-case, matches the folder name */
  id: string;
  /** absolute path of the module's migrations folder */
  migrations?: string;
  policy?: Policy;
  /** called once before routes are registered, e.g. to provide services to the platform */
  init?(ctx: AppContext): void | Promise<void>;
  /** public pages */
  routes?(app: FastifyInstance, ctx: AppContext): void | Promise<void>;
  /** pages under /admin; the platform refuses signed-out people and people without admin.access first */
  adminRoutes?(app: FastifyInstance, ctx: AppContext): void | Promise<void>;
  navigation?: NavItem[];
  adminNavigation?: NavItem[];
  /** what this module holds about a person, for "download my data" */
  exportPersonalData?(ctx: AppContext, userId: string): Promise<unknown>;
  /**
   * erase or anonymise what this module holds about a person, inside the account-deletion transaction; may return
   * work to do once that transaction has committed (e.g. offer freed event places and send emails)
   */
  erasePersonalData?(tx: Queryable, userId: string): Promise<AfterErase | void>;
  /** items this module shows on a programme's timeline (public items only) */
  programmeItems?(ctx: AppContext, programmeId: string): Promise<TimelineItem[]>;
  /** the module's free text, a page at a time in id order, for the insight analysis (see FreeTextItem) */
  freeText?(ctx: AppContext, page: { after?: string; limit: number }): Promise<FreeTextItem[]>;
  /** everything of this module that is open now for anyone to take part in ("Have your say"; public items only) */
  openItems?(ctx: AppContext, filter: OpenItemFilter): Promise<OpenItem[]>;
  /** demo data, run once per database when SEED_DEMO_DATA is on */
  seed?(ctx: AppContext): Promise<void>;
}
