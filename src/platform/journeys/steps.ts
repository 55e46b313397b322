// A question-page journey: the pages in order, which are shown for what has been answered so far, where "Continue"
// and the back link go (also when changing an answer from check your answers), and the first page still to answer.
// It knows nothing about storage or HTTP; see drafts.ts, loader.ts and summary.ts for those parts.

export interface Step<S> {
  /** the page's path after the journey's base address, e.g. "name" or "page/p1" */
  slug: string;
  /** the page is part of the journey only when this is true (default: always) */
  showIf?: (state: S) => boolean;
  /** the page has an acceptable answer (default: true); check answers sends people to the first page that is not */
  done?: (state: S) => boolean;
}

export interface JourneySpec<S> {
  /** the pages in order; a function when they depend on the state (e.g. the pages of a questionnaire) */
  steps: readonly Step<S>[] | ((state: S) => readonly Step<S>[]);
  /** the check answers page (default "check") */
  check?: string;
}

export interface Where {
  /** the journey's base address, e.g. "/events/1/book/2" */
  base: string;
  /** the back link of the first page (e.g. the event page or the start page) */
  start: string;
  /** the person came from check answers ("Change") */
  change?: boolean;
}

export class Journey<S> {
  readonly check: string;
  constructor(private readonly spec: JourneySpec<S>) {
    this.check = spec.check ?? 'check';
  }

  /** the pages shown for this state, in order (check answers not included) */
  steps(state: S): Step<S>[] {
    const all = typeof this.spec.steps === 'function' ? this.spec.steps(state) : this.spec.steps;
    return all.filter((s) => !s.showIf || s.showIf(state));
  }

  slugs(state: S): string[] {
    return this.steps(state).map((s) => s.slug);
  }

  /** whether this page (or check answers) is part of the journey for this state */
  includes(state: S, slug: string): boolean {
    return slug === this.check || this.slugs(state).includes(slug);
  }

  previous(state: S, slug: string): string | undefined {
    const list = this.slugs(state);
    if (slug === this.check) return list.at(-1);
    const i = list.indexOf(slug);
    return i > 0 ? list[i - 1] : undefined;
  }

  next(state: S, slug: string): string | undefined {
    const list = this.slugs(state);
    const i = list.indexOf(slug);
    return i >= 0 && i < list.length - 1 ? list[i + 1] : undefined;
  }

  /** the first page without an acceptable answer, or undefined when check answers can be shown */
  firstUnfinished(state: S): string | undefined {
    return this.steps(state).find((s) => s.done && !s.done(state))?.slug;
  }

  /** a page's address, with `?change=1` when changing an answer */
  url(base: string, slug: string, change = false): string {
    return `${base}/${slug}${change && slug !== this.check ? '?change=1' : ''}`;
  }

  /** the "Change" link on check answers */
  changeUrl(base: string, slug: string): string {
    return this.url(base, slug, true);
  }

  /**
   * Where "Continue" goes from this page, given the state after saving its answers. Normally the next page shown
   * (or check answers after the last). When changing an answer: back to check answers, unless the change brought in
   * a page that still needs an answer (e.g. a follow-up question), which comes first, still in change mode.
   */
  nextUrl(state: S, slug: string, where: Pick<Where, 'base' | 'change'>): string {
    if (where.change) {
      const list = this.steps(state);
      const after = list.slice(list.findIndex((s) => s.slug === slug) + 1);
      const todo = after.find((s) => s.done && !s.done(state));
      return todo ? this.url(where.base, todo.slug, true) : this.url(where.base, this.check);
    }
    return this.url(where.base, this.next(state, slug) ?? this.check);
  }

  /** The back link: check answers when changing an answer, else the page before (or the start for the first page). */
  backUrl(state: S, slug: string, where: Where): string {
    if (where.change && slug !== this.check) return this.url(where.base, this.check);
    const previous = this.previous(state, slug);
    return previous ? this.url(where.base, previous) : where.start;
  }
}

export function defineJourney<S>(spec: JourneySpec<S>): Journey<S> {
  return new Journey(spec);
}

/**
 * Whether this request is changing an answer from check answers: `?change=1` on the address (a form without an
 * action posts back to the same address) or a `change=1` field in the form.
 */
export function isChanging(req: { query?: unknown; body?: unknown }): boolean {
  const q = req.query as Record<string, unknown> | undefined;
  const b = req.body as Record<string, unknown> | undefined;
  return q?.change === '1' || (b !== null && typeof b === 'object' && b?.change === '1');
}
