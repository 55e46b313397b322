// What changed between two versions of a section (decision 0014): the plain text of each readable block
// (paragraphsOf) is lined up block by block with jsdiff's diffArrays, a removed block and an added block that share
// most of their words are paired as one changed block, and words are compared inside it with diffWords. So an
// edit shows in the paragraph where it was made. The HTML marks added and removed words with <ins> and <del>
// (underlined and struck through, not colour alone) and says "Added:" and "Removed:" to screen readers.
import { diffArrays, diffWords as jsDiffWords } from 'diff';
import { paragraphsOf } from './markdown.ts';

export interface DiffPart {
  text: string;
  added?: true;
  removed?: true;
}

export interface DiffParagraph {
  status: 'unchanged' | 'added' | 'removed' | 'changed';
  parts: DiffPart[];
}

export interface RenderedDiff {
  html: string;
  /** words added and removed */
  added: number;
  removed: number;
  changed: boolean;
}

/** Below this share of words in common, a removed and an added block are shown as one removed and one added. */
const PAIRING_SIMILARITY = 0.4;
/** Larger regions of replaced blocks are paired in order rather than by similarity. */
const MAX_PAIRING_CELLS = 10_000;

/** The two bodies (Markdown) compared block by block, and word by word inside a changed block. */
export function diffWords(before: string, after: string): DiffParagraph[] {
  return diffBlocks(
    paragraphsOf(before).map((p) => p.text),
    paragraphsOf(after).map((p) => p.text),
  );
}

function diffBlocks(before: string[], after: string[]): DiffParagraph[] {
  const out: DiffParagraph[] = [];
  const chunks = diffArrays(before, after);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk.added && !chunk.removed) {
      for (const text of chunk.value) out.push({ status: 'unchanged', parts: [{ text }] });
    } else if (chunk.removed && chunks[i + 1]?.added) {
      out.push(...replaced(chunk.value, chunks[i + 1].value));
      i++;
    } else {
      for (const text of chunk.value) out.push(wholly(text, chunk.added ? 'added' : 'removed'));
    }
  }
  return out;
}

function wholly(text: string, status: 'added' | 'removed'): DiffParagraph {
  return { status, parts: [status === 'added' ? { text, added: true } : { text, removed: true }] };
}

function changedParagraph(before: string, after: string): DiffParagraph {
  const parts = jsDiffWords(before, after).map((change): DiffPart => {
    if (change.added) return { text: change.value, added: true };
    if (change.removed) return { text: change.value, removed: true };
    return { text: change.value };
  });
  return { status: 'changed', parts };
}

/** Removed blocks followed by added ones: pair those that are mostly the same words, keeping their order. */
function replaced(removed: string[], added: string[]): DiffParagraph[] {
  const m = removed.length;
  const n = added.length;
  const pairs: [number, number][] = [];
  if (m * n > MAX_PAIRING_CELLS) {
    for (let k = 0; k < Math.min(m, n); k++) pairs.push([k, k]);
  } else {
    // best total similarity over order-keeping pairings (a small alignment, like the longest common subsequence)
    const score = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
    const similarity = removed.map((r) => added.map((a) => wordSimilarity(r, a)));
    for (let i = m - 1; i >= 0; i--) {
      for (let j = n - 1; j >= 0; j--) {
        const s = similarity[i][j];
        score[i][j] = Math.max(score[i + 1][j], score[i][j + 1], s >= PAIRING_SIMILARITY ? s + score[i + 1][j + 1] : 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < m && j < n) {
      const s = similarity[i][j];
      if (s >= PAIRING_SIMILARITY && score[i][j] === s + score[i + 1][j + 1]) pairs.push([i++, j++]);
      else if (score[i][j] === score[i + 1][j]) i++;
      else j++;
    }
  }
  const out: DiffParagraph[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [m, n] as [number, number]]) {
    while (i < pi) out.push(wholly(removed[i++], 'removed'));
    while (j < pj) out.push(wholly(added[j++], 'added'));
    if (pi < m && pj < n) out.push(changedParagraph(removed[i++], added[j++]));
  }
  return out;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of words two texts have in common (Dice coefficient on word counts), 0 to 1. */
function wordSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Added or removed words are marked; the spaces around them stay outside the mark, so no blank is underlined. */
function partHtml(part: DiffPart): string {
  if (!part.added && !part.removed) return escapeHtml(part.text);
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text) ?? ['', '', part.text, ''];
  if (!words) return escapeHtml(part.text);
  const text = escapeHtml(words);
  const mark = part.added
    ? `<ins class="chorus-diff__added"><span class="nhsuk-u-visually-hidden">Added: </span>${text}<span class="nhsuk-u-visually-hidden"> (end of added text)</span></ins>`
    : `<del class="chorus-diff__removed"><span class="nhsuk-u-visually-hidden">Removed: </span>${text}<span class="nhsuk-u-visually-hidden"> (end of removed text)</span></del>`;
  return `${before}${mark}${after}`;
}

function summarise(paragraphs: DiffParagraph[], wrapInParagraphs: boolean): RenderedDiff {
  let added = 0;
  let removed = 0;
  for (const paragraph of paragraphs) {
    for (const part of paragraph.parts) {
      if (part.added) added += countWords(part.text);
      if (part.removed) removed += countWords(part.text);
    }
  }
  const html = paragraphs
    .map((paragraph) => paragraph.parts.map(partHtml).join(''))
    .map((inner) => (wrapInParagraphs ? `<p>${inner}</p>` : inner))
    .join(wrapInParagraphs ? '\n' : ' ');
  return { html, added, removed, changed: paragraphs.some((p) => p.status !== 'unchanged') };
}

/**
 * Two versions of a body (Markdown) as HTML, one <p> per readable block, added and removed words marked. Only the
 * words count: a change of formatting alone (bold, a link's address) is not a change here.
 */
export function renderDiff(beforeMd: string, afterMd: string): RenderedDiff {
  return summarise(diffWords(beforeMd, afterMd), true);
}

/** Two versions of a line of plain text (a heading): phrasing content only, to go inside a heading element. */
export function renderTextDiff(before: string, after: string): RenderedDiff {
  const b = before.replace(/\s+/g, ' ').trim();
  const a = after.replace(/\s+/g, ' ').trim();
  const paragraphs: DiffParagraph[] =
    b === a ? (a ? [{ status: 'unchanged', parts: [{ text: a }] }] : []) : !b ? [wholly(a, 'added')] : !a ? [wholly(b, 'removed')] : [changedParagraph(b, a)];
  return summarise(paragraphs, false);
}

export interface DocumentSection {
  /** stable across versions */
  id: string;
  heading: string;
  body: string;
}

export interface SectionChange {
  id: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  /** the heading in the later version, or the earlier one for a removed section */
  heading: string;
  /** the heading's change, as phrasing HTML for inside a heading element */
  headingDiff: RenderedDiff;
  bodyDiff: RenderedDiff;
}

/**
 * What happened to each section between two versions, matched by id: in the later version's order, with a removed
 * section placed after the section that came before it.
 */
export function sectionChanges(before: DocumentSection[], after: DocumentSection[]): SectionChange[] {
  const beforeById = new Map(before.map((s) => [s.id, s]));
  const afterIds = new Set(after.map((s) => s.id));
  const changes: SectionChange[] = after.map((section) => {
    const earlier = beforeById.get(section.id);
    const headingDiff = renderTextDiff(earlier?.heading ?? '', section.heading);
    const bodyDiff = renderDiff(earlier?.body ?? '', section.body);
    const status = !earlier ? 'added' : headingDiff.changed || bodyDiff.changed ? 'changed' : 'unchanged';
    return { id: section.id, status, heading: section.heading, headingDiff, bodyDiff };
  });
  let previous: string | null = null;
  for (const section of before) {
    if (afterIds.has(section.id)) {
      previous = section.id;
      continue;
    }
    const change: SectionChange = {
      id: section.id,
      status: 'removed',
      heading: section.heading,
      headingDiff: renderTextDiff(section.heading, ''),
      bodyDiff: renderDiff(section.body, ''),
    };
    const at = previous === null ? 0 : changes.findIndex((c) => c.id === previous) + 1;
    changes.splice(at, 0, change);
    previous = section.id;
  }
  return changes;
}
