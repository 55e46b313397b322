// The insight workspace for staff: the theme overview (/admin/insight/themes: counts and shares per theme, split by
// sentiment, role, channel, individual or organisation and phase, with small numbers suppressed) and a theme's page
// (/admin/insight/themes/:theme: its items with filters, search words and pages). Every page takes the same filters
// in its query string, so a count links to the items behind it. See docs/insight.md ("The workspace").
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import { authorize } from '../../platform/http/guards.ts';
import { hrefFor, paginate } from '../../platform/http/pagination.ts';
import { NotFoundError } from '../../platform/errors/index.ts';
import { isSmall, shownText, suppressTable, type Count, type Hidden } from '../../platform/suppression.ts';
import { AUDIENCES, KINDS, textOf } from '../../platform/vocabulary.ts';
import { COMMENT_ROLES } from '../../capabilities/comments/index.ts';
import { barChart } from '../../ui/components/charts/index.ts';
import { V7_FRAMEWORK } from '../../insight/index.ts';
import { listPhases, listProgrammes } from '../programmes/api.ts';
import * as q from './queries/workspace.ts';

const V = (name: string) => `insight/views/${name}.njk`;
export const PER_PAGE = 25;
const THEMES_PATH = '/admin/insight/themes';

export const SOURCE_TEXT: Record<string, string> = {
  'surveys:answer': 'Survey answers',
  'surveys:organisation-response': 'Organisation responses to surveys',
  'events:verbatim-note': 'Event notes',
  'consultations:comment': 'Consultation comments',
};
export const CHANNEL_TEXT: Record<string, string> = {
  online: 'Online',
  paper: 'Paper',
  phone: 'Phone',
  assisted: 'Assisted',
  letter: 'Letter',
  email: 'Email',
  event: 'At an event',
};
const ROLE_TEXT: Record<string, string> = {
  vcse: 'A voluntary or community sector worker',
  other: 'Other',
  'prefer-not-to-say': 'Prefer not to say',
};
export const SENTIMENT_TEXT: Record<string, string> = { positive: 'Positive', 'neutral/mixed': 'Neutral or mixed', negative: 'Negative' };

const humanise = (v: string) => (v ? v.charAt(0).toUpperCase() + v.slice(1).replace(/-/g, ' ') : v);
export const sourceText = (module: string, source: string) => SOURCE_TEXT[`${module}:${source}`] ?? `${humanise(module)}: ${source.replace(/-/g, ' ')}`;
export const channelText = (v: string) => CHANNEL_TEXT[v] ?? humanise(v);
export const roleText = (v: string) => textOf(COMMENT_ROLES, v, textOf(AUDIENCES, v, ROLE_TEXT[v] ?? humanise(v)));
export const themeText = (theme: string) => (theme === q.UNCLASSIFIED ? 'No theme (unclassified)' : theme);

/** the framework's themes, and 'unclassified' */
export const KNOWN_THEMES: ReadonlySet<string> = new Set([...V7_FRAMEWORK.map((l) => l.name), q.UNCLASSIFIED]);

/** a theme's page with these filters */
export const themeHref = (theme: string, f: q.ItemFilters, extra: Record<string, string | undefined> = {}) =>
  hrefFor(`${THEMES_PATH}/${encodeURIComponent(theme)}`, { ...q.filterParams(f), ...extra });

/** "The confidence": the top theme's score as a whole percentage, "Low" below 50% */
export function confidenceText(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return 'None';
  const percent = `${Math.round(score * 100)}%`;
  return score < 0.5 ? `Low (${percent})` : percent;
}

function shareText(n: number, total: number): string {
  if (total <= 0) return '0%';
  const share = (n * 100) / total;
  return n > 0 && share < 0.5 ? 'Less than 1%' : `${Math.round(share)}%`;
}

const countOfCell = (c: q.CellCounts): Count => ({ ind: c.ind, org: c.org });
const shown = (c: Count) => c.ind + c.org;

interface Choices {
  programmes: { value: string; text: string }[];
  phases: { value: string; text: string }[];
  sources: { value: string; text: string }[];
  roles: { value: string; text: string }[];
  channels: { value: string; text: string }[];
  kinds: { value: string; text: string }[];
}

/** the filters' choices, and the filters with a phase that is not of the chosen programme left out */
async function loadChoices(ctx: AppContext, f: q.WorkspaceFilters): Promise<{ choices: Choices; phaseNames: Map<string, string>; phaseOrder: string[] }> {
  const [programmes, stored, phases] = await Promise.all([
    listProgrammes(ctx.db),
    q.filterChoices(ctx.db),
    f.programme ? listPhases(ctx.db, f.programme) : Promise.resolve([]),
  ]);
  if (f.programme && !programmes.some((p) => p.id === f.programme)) {
    delete f.programme;
    delete f.phase;
  }
  if (f.phase && !phases.some((p) => p.id === f.phase)) delete f.phase;
  const withChosen = (values: string[], chosen: string | undefined) => (chosen && !values.includes(chosen) ? [...values, chosen] : values);
  return {
    choices: {
      programmes: programmes.map((p) => ({ value: p.id, text: p.title })),
      phases: phases.map((p) => ({ value: p.id, text: p.name })),
      sources: withChosen(stored.sources.map((s) => `${s.module}:${s.source}`), f.source).map((v) => ({ value: v, text: sourceText(...(v.split(':') as [string, string])) })),
      roles: withChosen(stored.roles, f.role).map((v) => ({ value: v, text: roleText(v) })),
      channels: withChosen(stored.channels, f.channel).map((v) => ({ value: v, text: channelText(v) })),
      kinds: KINDS.map((k) => ({ value: k.value, text: k.text })),
    },
    phaseNames: new Map(phases.map((p) => [p.id, p.name])),
    phaseOrder: phases.map((p) => p.id),
  };
}

interface ShownCell {
  text: string;
  href?: string;
}

interface SplitTable {
  id: string;
  heading: string;
  caption: string;
  columns: string[];
  rows: { theme: string; label: string; cells: ShownCell[] }[];
}

/** Everything the overview shows, with every count about people suppressed as the surveys do. */
export function overviewView(o: q.Overview, f: q.WorkspaceFilters, threshold: number, phaseNames: Map<string, string>, phaseOrder: string[]) {
  const themes = [...o.themes.keys()];
  const cellsOf = (t: string) => o.themes.get(t) ?? q.emptyCounts(o.filters.length);
  const counts = themes.map((t) => countOfCell(cellsOf(t)));
  const total: Count = { ind: counts.reduce((s, c) => s + c.ind, 0), org: counts.reduce((s, c) => s + c.org, 0) };
  const others = o.filters.map((_, i) => ({ cells: themes.map((t) => cellsOf(t).others[i]!), total: themes.reduce((s, t) => s + cellsOf(t).others[i]!, 0) }));
  const main = suppressTable({ cells: counts, total, others }, threshold);
  let suppressed = main.cells.some(Boolean) || Boolean(main.total);
  const hiddenOf = new Map(themes.map((t, i) => [t, main.cells[i]]));

  // themes with items in this view: shown counts largest first, then hidden ones by name (their order would tell their size); no theme last
  const listed = themes
    .filter((t) => shown(counts[themes.indexOf(t)]!) > 0)
    .sort((a, b) => {
      if ((a === q.UNCLASSIFIED) !== (b === q.UNCLASSIFIED)) return a === q.UNCLASSIFIED ? 1 : -1;
      const ha = hiddenOf.get(a), hb = hiddenOf.get(b);
      if (Boolean(ha) !== Boolean(hb)) return ha ? 1 : -1;
      if (!ha) return shown(countOfCell(cellsOf(b))) - shown(countOfCell(cellsOf(a))) || a.localeCompare(b);
      return a.localeCompare(b);
    });
  const totalShown = shownText(total, main.total, threshold);
  const rows = listed.map((t) => {
    const c = countOfCell(cellsOf(t));
    const hidden = hiddenOf.get(t);
    return {
      theme: t,
      label: themeText(t),
      value: hidden ? null : shown(c),
      countText: shownText(c, hidden, threshold),
      shareText: hidden || main.total ? 'not shown' : shareText(shown(c), shown(total)),
      href: hidden ? undefined : themeHref(t, f),
    };
  });
  const themesChart = barChart({
    id: 'themes-chart',
    title: 'Items by theme',
    summary: 'Each item is counted once, under its top theme.',
    caption: 'Items by theme',
    rows: rows.map((r) => ({ label: r.label, value: r.value, display: r.countText })),
    labelHeading: 'Theme',
    valueHeading: 'Items',
  });

  const split = (dim: q.Dimension, heading: string, values: (string | null)[], label: (v: string | null) => string, param: (v: string | null) => Record<string, string> | undefined, withTotal = true): SplitTable => {
    const table: SplitTable = { id: `by-${dim}`, heading, caption: `Items by theme and ${heading.replace(/^By /, '').toLowerCase()}`, columns: values.map(label), rows: [] };
    for (const t of listed) {
      const m = o.splits[dim].get(t);
      const cells = values.map((v) => m?.get(v) ?? q.emptyCounts(o.filters.length));
      const themeCells = cellsOf(t);
      const d = suppressTable(
        {
          cells: cells.map(countOfCell),
          total: withTotal ? countOfCell(themeCells) : undefined,
          others: o.filters.map((_, i) => ({ cells: cells.map((c) => c.others[i]!), total: withTotal ? themeCells.others[i] : undefined })),
        },
        threshold,
      );
      // a row whose total is hidden (here or in the table of themes) hides every count in it
      const rowHidden = Boolean(d.total) || Boolean(hiddenOf.get(t));
      const decided: (Hidden | undefined)[] = cells.map((c, j) => d.cells[j] ?? (rowHidden && shown(countOfCell(c)) > 0 ? (isSmall(c.ind, threshold) ? 'small' : 'protect') : undefined));
      if (decided.some(Boolean)) suppressed = true;
      table.rows.push({
        theme: t,
        label: themeText(t),
        cells: cells.map((c, j) => {
          const n = countOfCell(c);
          const extra = param(values[j] ?? null);
          const text = shownText(n, decided[j], threshold);
          return { text, href: !decided[j] && shown(n) > 0 && extra ? themeHref(t, f, extra) : undefined };
        }),
      });
    }
    return table;
  };
  const valuesIn = (dim: q.Dimension) => {
    const set = new Set<string | null>();
    for (const t of listed) for (const [v, c] of o.splits[dim].get(t) ?? []) if (shown(countOfCell(c)) > 0 || c.others.some((n) => n > 0)) set.add(v);
    return set;
  };
  const sentimentValues = [...q.SENTIMENTS, ...(valuesIn('sentiment').has(null) ? [null] : [])];
  const channelValues = [...valuesIn('channel')].filter((v): v is string => v !== null).sort();
  const roleValues = [...valuesIn('role')].filter((v): v is string => v !== null).sort();
  const splits: SplitTable[] = [
    split('sentiment', 'By sentiment', sentimentValues, (v) => (v === null ? 'No sentiment' : SENTIMENT_TEXT[v] ?? humanise(v)), (v) => (v === null ? undefined : { sentiment: v })),
    split('role', 'By audience or role', roleValues, (v) => roleText(v ?? ''), (v) => (v === null ? undefined : { role: v }), false),
    split('channel', 'By channel', channelValues, (v) => channelText(v ?? ''), (v) => (v === null ? undefined : { channel: v })),
    split('kind', 'By individual or organisation', ['individual', 'organisation'], (v) => textOf(KINDS, v), (v) => (v === null ? undefined : { kind: v })),
  ];
  if (f.programme) {
    const present = valuesIn('phase');
    const phaseValues: (string | null)[] = [...phaseOrder.filter((p) => present.has(p) || !f.phase), ...[...present].filter((p): p is string => p !== null && !phaseOrder.includes(p))];
    if (present.has(null)) phaseValues.push(null);
    splits.push(
      split('phase', 'By phase', phaseValues, (v) => (v === null ? 'No phase' : phaseNames.get(v) ?? 'A phase no longer in the programme'), (v) => (v !== null && phaseNames.has(v) ? { phase: v } : undefined)),
    );
  }
  const unclassifiedIndex = themes.indexOf(q.UNCLASSIFIED);
  const unclassified = unclassifiedIndex >= 0 ? shownText(counts[unclassifiedIndex]!, main.cells[unclassifiedIndex], threshold) : '0';
  return { rows, themesChart, splits, totalShown, totalHidden: Boolean(main.total), unclassified, suppressed, empty: shown(total) === 0 };
}

export async function workspaceRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/insight/themes', async (req, reply) => {
    authorize(req, 'insight.view');
    const filters = q.readFilters(req.query);
    const { choices, phaseNames, phaseOrder } = await loadChoices(ctx, filters);
    const threshold = (await ctx.settings.get()).smallNumberThreshold;
    const overview = overviewView(await q.overviewCounts(ctx.db, filters), filters, threshold, phaseNames, phaseOrder);
    return reply.view(V('admin/themes'), { ...overview, filters, choices, threshold, filtered: Object.keys(filters).length > 0, backLinkHref: '/admin/insight' });
  });

  app.get<{ Params: { theme: string } }>('/insight/themes/:theme', async (req, reply) => {
    authorize(req, 'insight.view');
    const theme = req.params.theme;
    // a theme name is printable text (a NUL or control byte never names one, and PostgreSQL refuses NUL in text)
    if (theme.length > 200 || [...theme].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127) || (!KNOWN_THEMES.has(theme) && !(await q.themeIsStored(ctx.db, theme)))) throw new NotFoundError();
    const filters = q.readItemFilters(req.query);
    const { choices } = await loadChoices(ctx, filters);
    const rawSort = (req.query as Record<string, unknown> | undefined)?.sort;
    const sort: q.ItemSort = rawSort === 'date' ? 'date' : 'confidence';
    const total = await q.countItems(ctx.db, theme, filters);
    const path = `${THEMES_PATH}/${encodeURIComponent(theme)}`;
    const pages = paginate({ query: req.query as Record<string, unknown>, total, path, params: { ...q.filterParams(filters), sort: sort === 'date' ? 'date' : undefined }, perPage: PER_PAGE });
    const items = (await q.listItems(ctx.db, theme, filters, { sort, limit: pages.limit, offset: pages.offset })).map((i) => ({
      ...i,
      sourceText: sourceText(i.module, i.source),
      rolesText: i.roles.length ? i.roles.map(roleText).join(', ') : 'Not recorded',
      channelText: channelText(i.channel),
      kindText: textOf(KINDS, i.kind),
      sentimentText: i.sentiment ? SENTIMENT_TEXT[i.sentiment] ?? humanise(i.sentiment) : 'None',
      confidence: confidenceText(i.score),
      low: i.score !== null && i.score < 0.5,
    }));
    const { sentiment: _s, q: _q, ...overviewFilters } = filters;
    return reply.view(V('admin/theme'), {
      theme,
      themeLabel: themeText(theme),
      unclassified: theme === q.UNCLASSIFIED,
      items,
      pages,
      sort,
      filters,
      choices,
      sentiments: q.SENTIMENTS.map((s) => ({ value: s, text: SENTIMENT_TEXT[s]! })),
      formAction: path,
      backLinkHref: hrefFor(THEMES_PATH, q.filterParams(overviewFilters)),
    });
  });
}
