/**
 * Theme discovery for comments with no framework: drop thin comments by rule, cluster the rest with spherical
 * k-means on TF-IDF, label each theme with c-TF-IDF top terms and its most representative comments, and flag
 * theme-set problems with Consult's rules (too many themes, too-small themes, near-duplicates).
 */
import { silhouette, sphericalKMeans } from './kmeans.ts';
import { stripLinks } from './links.ts';
import { type Csr } from './sparse.ts';
import { ngrams, tokenize } from './text.ts';
import { TfidfVectorizer } from './tfidf.ts';

export type ThinReason = 'empty' | 'non-answer' | 'praise-only';

const NON_ANSWER = /^(n\/?a|none|nothing|nil|no|nope|not applicable|no comments?|did not answer|not answered|nothing (else|really|at all|to add|to say|to improve|more|much|i can think of)|none (at all|really)|no (complaints?|improvements?)|not sure|don'?t know|dont know|idk|-+|\.+)[\s.!,]*$/i;
const PRAISE_WORDS = new Set(
  ('good great excellent brilliant fantastic amazing wonderful superb outstanding perfect lovely nice fine ok okay happy ' +
    'satisfied pleased thank thanks thankyou very really so all everything service services care job well done always ' +
    'keep up the it was were is are you your and a an of with excellant brill fab fabulous top notch 10 ten out ' +
    'first class cheers much many lot lots')
    .split(' '),
);

/** Why a comment is "thin" (too little to theme), or undefined if it should be clustered. */
export function thinReason(text: string): ThinReason | undefined {
  const t = text.trim();
  if (!t) return 'empty';
  if (NON_ANSWER.test(t)) return 'non-answer';
  const words = t.toLowerCase().replace(/['’]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0) return 'non-answer';
  if (words.length <= 8 && words.every((w) => PRAISE_WORDS.has(w))) return 'praise-only';
  return undefined;
}

export interface DiscoverOptions {
  /** Number of themes; if omitted, one is suggested from `kCandidates` by silhouette. */
  k?: number;
  kCandidates?: readonly number[];
  seed?: number;
  restarts?: number;
  maxIter?: number;
  /** Top c-TF-IDF terms per theme (default 8). */
  topTerms?: number;
  /** Representative comments per theme (default 5). */
  examples?: number;
  /** Drop thin comments before clustering (default true). */
  dropThin?: boolean;
  /** Vocabulary cap for clustering (default 20,000). */
  maxFeatures?: number;
  /** Centroid cosine at or above which two themes are flagged as near-duplicates (default 0.5). */
  nearDuplicateCosine?: number;
  /** Top-term Jaccard overlap at or above which two themes are flagged (default 0.7, Consult's overlap rule). */
  overlapJaccard?: number;
}

export interface DiscoveredTheme {
  id: number;
  /** Draft name from the top terms; humans rename it. */
  label: string;
  terms: { term: string; score: number }[];
  size: number;
  /** Share of all input comments. */
  share: number;
  examples: { index: number; text: string; similarity: number }[];
}

export interface DiscoveryWarning {
  rule: 'too-many-themes' | 'too-small' | 'near-duplicate';
  themes: number[];
  message: string;
}

export interface Discovery {
  k: number;
  /** Set when k was suggested: silhouette for each candidate k. */
  kSuggestion?: { k: number; silhouette: number }[];
  themes: DiscoveredTheme[];
  /** Theme id per input comment, or null when the comment was thin. */
  assignments: (number | null)[];
  thin: Record<ThinReason, number>;
  /** Per input, the thin reason when dropped. */
  thinReasons: (ThinReason | null)[];
  warnings: DiscoveryWarning[];
  stats: { comments: number; clustered: number; features: number; iterations: number; seconds: number };
}

function cTfidf(docs: string[][], assignments: Int32Array, k: number, top: number): { term: string; score: number }[][] {
  const perClass = Array.from({ length: k }, () => new Map<string, number>());
  const total = new Map<string, number>();
  const words = new Float64Array(k);
  docs.forEach((terms, i) => {
    const c = assignments[i];
    for (const t of terms) {
      perClass[c].set(t, (perClass[c].get(t) ?? 0) + 1);
      total.set(t, (total.get(t) ?? 0) + 1);
      words[c]++;
    }
  });
  const avgWords = words.reduce((a, b) => a + b, 0) / k;
  return perClass.map((m, c) => {
    const scored: { term: string; score: number }[] = [];
    for (const [t, f] of m) {
      if (f < 2) continue;
      scored.push({ term: t, score: (f / Math.max(1, words[c])) * Math.log(1 + avgWords / (total.get(t) as number)) });
    }
    scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    // Prefer a bigram over its own unigrams when both rank.
    const picked: { term: string; score: number }[] = [];
    for (const s of scored) {
      if (picked.length >= top) break;
      if (picked.some((p) => p.term.split(' ').includes(s.term) || s.term.split(' ').every((w) => p.term === w))) continue;
      picked.push({ term: s.term, score: Number(s.score.toPrecision(4)) });
    }
    return picked;
  });
}

/** Discover draft themes in comments. Deterministic for a given seed. */
export function discoverThemes(texts: readonly string[], opts: DiscoverOptions = {}): Discovery {
  const t0 = performance.now();
  const dropThin = opts.dropThin ?? true;
  // Links and images are not what people said (see stripLinks); a comment that is only a link counts as empty.
  const cleaned = texts.map(stripLinks);
  const thinReasons = cleaned.map((t) => (dropThin ? (thinReason(t) ?? null) : t.trim() ? null : ('empty' as const)));
  const keep: number[] = [];
  thinReasons.forEach((r, i) => {
    if (r === null) keep.push(i);
  });
  const thin: Record<ThinReason, number> = { empty: 0, 'non-answer': 0, 'praise-only': 0 };
  for (const r of thinReasons) if (r) thin[r]++;
  const assignments: (number | null)[] = texts.map(() => null);
  const base = { thin, thinReasons, assignments };
  if (keep.length === 0) {
    return { k: 0, themes: [], warnings: [], ...base, stats: { comments: texts.length, clustered: 0, features: 0, iterations: 0, seconds: (performance.now() - t0) / 1000 } };
  }
  const keptTexts = keep.map((i) => texts[i]);
  const keptClean = keep.map((i) => cleaned[i]);
  const vec = new TfidfVectorizer({ ngramMax: 1, minDf: 2, stem: true, stopWords: true, maxFeatures: opts.maxFeatures ?? 20000, maxDfRatio: 0.5 });
  let x: Csr = vec.fitTransform(keptClean);
  if (vec.size === 0) x = new TfidfVectorizer({ ngramMax: 1, minDf: 1 }).fitTransform(keptClean);
  const seed = opts.seed ?? 42;
  const run = (k: number) => sphericalKMeans(x, { k, seed, restarts: opts.restarts ?? 3, maxIter: opts.maxIter ?? 30 });
  let kSuggestion: Discovery['kSuggestion'];
  let result;
  if (opts.k !== undefined) {
    result = run(opts.k);
  } else {
    const candidates = (opts.kCandidates ?? [5, 8, 10, 12, 15, 20, 25, 30]).filter((k) => k <= keep.length);
    kSuggestion = [];
    let best: { k: number; s: number; res: ReturnType<typeof run> } | undefined;
    for (const k of candidates.length ? candidates : [1]) {
      const res = run(k);
      const s = k > 1 ? silhouette(x, res.assignments, k) : 0;
      kSuggestion.push({ k, silhouette: Number(s.toFixed(4)) });
      if (!best || s > best.s + 1e-9) best = { k, s, res };
    }
    result = (best as { res: ReturnType<typeof run> }).res;
  }
  const k = result.k;
  // Label terms from unstemmed 1–2-grams without stop words, so they read naturally.
  const labelDocs = keptClean.map((t) => ngrams(tokenize(t, { stopWords: true }), 1, 2));
  const terms = cTfidf(labelDocs, result.assignments, k, opts.topTerms ?? 8);
  const sizes = new Array<number>(k).fill(0);
  result.assignments.forEach((c, j) => {
    sizes[c]++;
    assignments[keep[j]] = c;
  });
  const nExamples = opts.examples ?? 5;
  const themes: DiscoveredTheme[] = [];
  for (let c = 0; c < k; c++) {
    const members = [];
    for (let j = 0; j < keep.length; j++) if (result.assignments[j] === c) members.push(j);
    members.sort((a, b) => result.similarity[b] - result.similarity[a]);
    const seen = new Set<string>();
    const examples: DiscoveredTheme['examples'] = [];
    for (const j of members) {
      const norm = keptClean[j].trim().toLowerCase();
      if (seen.has(norm)) continue;
      seen.add(norm);
      examples.push({ index: keep[j], text: keptTexts[j], similarity: Number(result.similarity[j].toFixed(4)) });
      if (examples.length >= nExamples) break;
    }
    themes.push({
      id: c,
      label: terms[c].slice(0, 3).map((t) => t.term).join(' / ') || `theme ${c + 1}`,
      terms: terms[c],
      size: sizes[c],
      share: Number((sizes[c] / texts.length).toFixed(4)),
      examples,
    });
  }
  // Consult's theme-set rules, as warnings for the human reviewer.
  const warnings: DiscoveryWarning[] = [];
  if (k > 70) warnings.push({ rule: 'too-many-themes', themes: [], message: `${k} themes: more than 70 is hard to review; merge or lower k` });
  const minSize = Math.max(Math.ceil(0.001 * texts.length), 5);
  for (const t of themes) {
    if (t.size < minSize) warnings.push({ rule: 'too-small', themes: [t.id], message: `theme ${t.id + 1} ("${t.label}") has ${t.size} comments, fewer than ${minSize}` });
  }
  const cosLimit = opts.nearDuplicateCosine ?? 0.5;
  const jacLimit = opts.overlapJaccard ?? 0.7;
  const d = x.cols;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let cos = 0;
      for (let j = 0; j < d; j++) cos += result.centroids[j * k + a] * result.centroids[j * k + b];
      const ta = new Set(terms[a].map((t) => t.term));
      const tb = terms[b].map((t) => t.term);
      const inter = tb.filter((t) => ta.has(t)).length;
      const union = ta.size + tb.length - inter;
      const jac = union ? inter / union : 0;
      if (cos >= cosLimit || jac >= jacLimit) {
        warnings.push({
          rule: 'near-duplicate',
          themes: [a, b],
          message: `themes ${a + 1} ("${themes[a].label}") and ${b + 1} ("${themes[b].label}") look alike (centroid cosine ${cos.toFixed(2)}, top-term overlap ${jac.toFixed(2)}); consider merging`,
        });
      }
    }
  }
  return {
    k,
    ...(kSuggestion ? { kSuggestion } : {}),
    themes,
    ...base,
    warnings,
    stats: { comments: texts.length, clustered: keep.length, features: x.cols, iterations: result.iterations, seconds: (performance.now() - t0) / 1000 },
  };
}

/** A plain-text report of a discovery, for people. */
export function formatDiscoveryReport(d: Discovery): string {
  const lines: string[] = [];
  lines.push(`Draft themes: ${d.k} from ${d.stats.clustered} of ${d.stats.comments} comments`);
  lines.push(`Set aside as thin: ${d.thin['non-answer']} non-answers ("nothing", "n/a"), ${d.thin['praise-only']} praise-only one-liners, ${d.thin.empty} empty`);
  if (d.kSuggestion) lines.push(`k was suggested by silhouette: ${d.kSuggestion.map((s) => `k=${s.k}: ${s.silhouette}`).join(', ')}`);
  lines.push('These are drafts for a person to rename, merge and confirm; they do not reproduce any framework.');
  lines.push('');
  const order = [...d.themes].sort((a, b) => b.size - a.size);
  for (const t of order) {
    lines.push(`Theme ${t.id + 1}: ${t.label}  (${t.size} comments, ${(t.share * 100).toFixed(1)}%)`);
    lines.push(`  Key terms: ${t.terms.map((x) => x.term).join(', ')}`);
    for (const e of t.examples) lines.push(`  - "${e.text.replace(/\s+/g, ' ').slice(0, 200)}"`);
    lines.push('');
  }
  if (d.warnings.length) {
    lines.push('Warnings:');
    for (const w of d.warnings) lines.push(`  * ${w.message}`);
  } else lines.push('Warnings: none');
  return lines.join('\n') + '\n';
}

/**
 * Turn human-confirmed theme assignments (one theme id, several, or null for none) into training rows for
 * `train()`, so that a signed-off discovery becomes a classifier. `names` maps theme id → confirmed theme name.
 */
export function confirmedToTrainingRows(
  texts: readonly string[],
  assignments: ReadonlyArray<number | readonly number[] | null>,
  names: Readonly<Record<number, string>>,
): { text: string; labels: string[] }[] {
  if (texts.length !== assignments.length) throw new Error('texts and assignments differ in length');
  const rows: { text: string; labels: string[] }[] = [];
  texts.forEach((text, i) => {
    const a = assignments[i];
    const ids = a === null ? [] : typeof a === 'number' ? [a] : a;
    const labels = [...new Set(ids.map((id) => names[id]).filter((name): name is string => Boolean(name)))];
    if (text.trim() && labels.length) rows.push({ text, labels });
  });
  return rows;
}
