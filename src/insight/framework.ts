/**
 * The pxtextmining v7 framework (32 sub-categories in 10 categories) and the v6 → v7 column mapping.
 * Source: The-Strategy-Unit/pxtextmining (MIT, Copyright (c) 2021 NHS England), `pxtextmining/params.py`,
 * as summarised in shared/reference/text-analytics.md §1.
 */

export interface FrameworkLabel {
  name: string;
  category: string;
}

export const V7_FRAMEWORK: readonly FrameworkLabel[] = [
  ['General', ['Positive experience & gratitude', 'Organisation & efficiency', 'Funding & use of financial resources', 'Feeling safe', 'Labelling not possible']],
  ['Staff', ['Staff manner & personal attributes', 'Competence & training', 'Staffing levels & responsiveness']],
  ['Access to medical care & support', ['Contacting services', 'Appointment arrangements', 'Appointment method', 'Timeliness of care']],
  ['Communication & involvement', [
    'Unspecified communication',
    'Staff listening, understanding & involving patients',
    'Information directly from staff during care',
    'Information provision & guidance',
    'Being kept informed, clarity & consistency of information',
    'Interaction with family/ carers',
  ]],
  ['Mental Health specifics', ['Mental Health Act']],
  ['Patient journey & service coordination', ['Continuity of care', 'Discharge']],
  ['Medication & pain', ['Supplying & understanding medication', 'Pain management']],
  ['Activities', ['Activities & access to fresh air', 'Electronic entertainment']],
  ['Environment, equipment & catering', [
    'Cleanliness, tidiness & infection control',
    'Sensory experience',
    'Environment, facilities & equipment',
    'Food & drink provision & facilities',
  ]],
  ['Service location, travel & transport', ['Service location', 'Transport to/ from services', 'Parking']],
].flatMap(([category, names]) => (names as string[]).map((name) => ({ name, category: category as string })));

/** v6 columns merged into one v7 label; every other v7 label maps from the v6 column of the same name. */
export const V6_TO_V7_MERGES: Readonly<Record<string, readonly string[]>> = {
  'Staffing levels & responsiveness': ['Number & deployment of staff', 'Staff responsiveness'],
  'Continuity of care': ['Staff continuity', 'Referals & continuity of care'],
  'Environment, facilities & equipment': ['Environment & Facilities', 'Provision of medical equipment'],
};

/** Rare, high-stakes labels with keyword rules (after upstream `rules_dict`): regexes over lower-cased text. */
export const V7_KEYWORD_RULES: Readonly<Record<string, readonly string[]>> = {
  'Mental Health Act': ['\\bsection(ed|ing)?\\b', '\\bdetain', '\\bseclu', '\\bmental health act\\b', '\\bs(ection)? ?(2|3|17|136)\\b'],
  'Parking': ['\\bpark(ing)?\\b', '\\bcar ?park'],
  'Electronic entertainment': ['\\b(tv|television|wifi|wi-fi|internet|playstation|xbox|games console|dvd)\\b'],
  'Pain management': ['\\bpain ?(relief|killer)', '\\bin pain\\b', '\\bpainkiller'],
};

export interface V6Mapping {
  /** v7 label → indices of the v6 columns (in the header) that feed it. */
  columns: Map<string, number[]>;
  /** v6 label columns with no v7 name (dropped). */
  dropped: string[];
}

/** Build the v6 → v7 column map from a CSV header. Throws if a v7 source column is missing. */
export function mapV6Header(header: readonly string[], firstLabelColumn = 11): V6Mapping {
  const index = new Map<string, number>();
  header.forEach((h, i) => index.set(h.trim(), i));
  const used = new Set<number>();
  const columns = new Map<string, number[]>();
  for (const { name } of V7_FRAMEWORK) {
    const sources = V6_TO_V7_MERGES[name] ?? [name];
    const idx = sources.map((s) => {
      const i = index.get(s);
      if (i === undefined) throw new Error(`v6 data has no column "${s}" (needed for v7 label "${name}")`);
      used.add(i);
      return i;
    });
    columns.set(name, idx);
  }
  const dropped = header.slice(firstLabelColumn).filter((_, j) => !used.has(j + firstLabelColumn));
  return { columns, dropped };
}

/** Collapse 1–5 sentiment (1 very positive … 5 very negative) to 3 classes; blank/other → undefined. */
export function collapseSentiment(value: string | undefined): SentimentClass | undefined {
  const v = (value ?? '').trim();
  if (v === '1' || v === '2') return 'positive';
  if (v === '3') return 'neutral/mixed';
  if (v === '4' || v === '5') return 'negative';
  return undefined;
}

export type SentimentClass = 'positive' | 'neutral/mixed' | 'negative';
export const SENTIMENT_CLASSES: readonly SentimentClass[] = ['positive', 'neutral/mixed', 'negative'];
