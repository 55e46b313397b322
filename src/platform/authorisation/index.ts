// Authorisation in one place. Abilities are named `<subject>.<verb>`; each module's policy.ts declares its own.
// authorize() throws ForbiddenError (rendered as the 403 page); can() returns a boolean for templates.
import { ForbiddenError, SignInRequiredError } from '../errors/index.ts';

export const ROLES = ['participant', 'facilitator', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** undefined for someone who is not signed in */
  userId?: string;
  roles: readonly Role[];
  /** organisations this person represents */
  organisationIds: readonly string[];
}

export const GUEST: Actor = Object.freeze({ roles: [], organisationIds: [] });

export type Rule<R = unknown> = (actor: Actor, resource?: R) => boolean;
export type Policy = Record<string, Rule>;

/** Rule helper: any signed-in person holding one of these roles. */
export const roles =
  (...allowed: Role[]): Rule =>
  (actor) =>
    actor.userId !== undefined && actor.roles.some((r) => allowed.includes(r));
export const signedIn: Rule = (actor) => actor.userId !== undefined;
export const anyone: Rule = () => true;
export const representsAnOrganisation: Rule = (actor) => actor.userId !== undefined && actor.organisationIds.length > 0;

const ABILITY = /^[a-z][a-z-]*\.[a-z][a-z-]*$/;

export class PolicyRegistry {
  private readonly rules = new Map<string, Rule>();

  register(policy: Policy, owner: string): void {
    for (const [ability, rule] of Object.entries(policy)) {
      if (!ABILITY.test(ability)) throw new Error(`Ability "${ability}" in ${owner} must be named <subject>.<verb>`);
      if (this.rules.has(ability)) throw new Error(`Ability "${ability}" is declared twice (${owner})`);
      this.rules.set(ability, rule);
    }
  }

  abilities(): string[] {
    return [...this.rules.keys()].sort();
  }

  can(actor: Actor, ability: string, resource?: unknown): boolean {
    const rule = this.rules.get(ability);
    if (!rule) throw new Error(`Unknown ability "${ability}"`);
    return rule(actor, resource);
  }

  /** Throws SignInRequiredError for a signed-out person, ForbiddenError otherwise. */
  authorize(actor: Actor, ability: string, resource?: unknown): void {
    if (this.can(actor, ability, resource)) return;
    if (actor.userId === undefined) throw new SignInRequiredError();
    throw new ForbiddenError(ability);
  }
}
