// The safe Markdown subset of a consultation document (decision 0014): paragraphs, headings, lists, emphasis,
// links to the web, email or this site, GFM tables and quotes, rendered to NHS typography. Raw HTML is escaped,
// pictures become their alt text, and any other link is shown as its text. The same parse gives the plain text of
// each readable block, for the "pick the passage" list, quoted passages, search and the insight engine.
import MarkdownIt from 'markdown-it';
import type { Env, StateCore, Token } from 'markdown-it';

export interface RenderOptions {
  /** how many levels to add to each heading: 1 (the default) makes `#` an h2. Never lower than h2, never past h6. */
  headingOffset?: number;
}

export interface Paragraph {
  n: number;
  text: string;
}

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
// Indented code blocks are off: text indented in a pasted document is still a paragraph. Strikethrough is not part
// of the subset; `~~x~~` stays as typed.
md.disable(['code', 'strikethrough']);
// Every destination parses as a link, so a refused one can still show its text (see dropUnsafeLinks).
md.validateLink = () => true;

/** http, https, mailto, or a path on this site (`/…` but not `//host`). */
export function isAllowedHref(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href) || /^\/(?![/\\])/.test(href);
}

function attr(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

function dropUnsafeLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const kept: Token[] = [];
    let dropping = false;
    for (const token of block.children) {
      if (token.type === 'link_open' && !isAllowedHref(attr(token, 'href'))) {
        dropping = true;
        continue;
      }
      if (token.type === 'link_close' && dropping) {
        dropping = false;
        continue;
      }
      kept.push(token);
    }
    block.children = kept;
  }
}
md.core.ruler.push('chorus_safe_links', dropUnsafeLinks);

const rules = md.renderer.rules;

const offsetOf = (env: Env | undefined) => Number(env?.headingOffset ?? 1);

rules.heading_open = (tokens, idx, _options, env) => `<${shiftedTag(tokens[idx].tag, offsetOf(env))}>`;
rules.heading_close = (tokens, idx, _options, env) => `</${shiftedTag(tokens[idx].tag, offsetOf(env))}>\n`;

function shiftedTag(tag: string, offset: number): string {
  const level = Number(tag.slice(1)) + Math.trunc(offset);
  return `h${Math.min(6, Math.max(2, level))}`;
}

rules.bullet_list_open = () => '<ul class="nhsuk-list nhsuk-list--bullet">\n';
rules.ordered_list_open = (tokens, idx) => {
  const start = Number(attr(tokens[idx], 'start') || 1);
  return `<ol class="nhsuk-list nhsuk-list--number"${start !== 1 ? ` start="${start}"` : ''}>\n`;
};
rules.blockquote_open = () => '<blockquote class="nhsuk-inset-text">\n';
rules.hr = () => '<hr class="nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible">\n';

rules.link_open = (tokens, idx) => {
  const href = attr(tokens[idx], 'href');
  const external = /^https?:/i.test(href);
  return `<a href="${md.utils.escapeHtml(href)}"${external ? ' rel="noreferrer"' : ''}>`;
};

// No pictures in a section body (the Easy Read picture has its own place): the alt text is shown instead.
rules.image = (tokens, idx, options, env) => md.utils.escapeHtml(md.renderer.renderInlineAsText(tokens[idx].children ?? [], options, env));

rules.code_block = (tokens, idx) => `<pre><code>${md.utils.escapeHtml(tokens[idx].content)}</code></pre>\n`;
rules.fence = rules.code_block;

// Tables: nhsuk-frontend 10's classes, in its scroll container (the older nhsuk-table-container is deprecated).
// The region is named by the column headings and can be reached by keyboard to scroll it; nhsuk-frontend's script
// takes the tabindex away again when the table fits.
rules.table_open = (tokens, idx) => {
  const headings: string[] = [];
  for (let i = idx + 1; i < tokens.length && tokens[i].type !== 'thead_close'; i++) {
    if (tokens[i].type === 'inline') headings.push(inlineText(tokens[i]));
  }
  const label = `Table: ${headings.filter(Boolean).join(', ')}`.replace(/: $/, '');
  return (
    `<div class="nhsuk-scroll" data-module="nhsuk-scroll">\n` +
    `<div class="nhsuk-scroll__content" role="region" aria-label="${md.utils.escapeHtml(label)}" tabindex="0">\n` +
    `<table class="nhsuk-table">\n`
  );
};
rules.table_close = () => '</table>\n</div>\n</div>\n';
rules.thead_open = () => '<thead class="nhsuk-table__head">\n';
rules.tbody_open = () => '<tbody class="nhsuk-table__body">\n';
rules.tr_open = () => '<tr class="nhsuk-table__row">\n';
rules.th_open = (tokens, idx) => `<th class="nhsuk-table__header${alignClass(tokens[idx])}" scope="col">`;
rules.td_open = (tokens, idx) => `<td class="nhsuk-table__cell${alignClass(tokens[idx])}">`;

function alignClass(token: Token): string {
  const style = attr(token, 'style');
  const align = /text-align:(left|center|right)/.exec(style)?.[1];
  return align ? ` nhsuk-u-text-align-${align === 'center' ? 'centre' : align}` : '';
}

/** The body as HTML in the safe subset. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  const env: Env = { headingOffset: options.headingOffset ?? 1 };
  return md.render(source, env);
}

function inlineText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += inlineText(child);
  }
  return text.replace(/\s+/g, ' ').trim();
}

interface Block {
  text: string;
  /** the cells of a table row, for quoting across cells */
  cells?: string[];
}

function blocksOf(source: string): Block[] {
  const tokens = md.parse(source, {});
  const blocks: Block[] = [];
  let row: string[] | null = null;
  for (const token of tokens) {
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      if (row.some(Boolean)) blocks.push({ text: row.filter(Boolean).join(' | '), cells: row });
      row = null;
    } else if (token.type === 'inline') {
      const text = inlineText(token);
      if (row) row.push(text);
      else if (text) blocks.push({ text });
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const text = token.content.replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text });
    }
  }
  return blocks;
}

/** The readable blocks in order (headings, paragraphs, list items, table rows) as plain text, numbered from 1. */
export function paragraphsOf(source: string): Paragraph[] {
  return blocksOf(source).map((block, i) => ({ n: i + 1, text: block.text }));
}

/** The whole body as plain text, a blank line between blocks. */
export function plainText(source: string): string {
  return blocksOf(source)
    .map((block) => block.text)
    .join('\n\n');
}

/** Text compared without regard to case, runs of white space, curly or straight quotes and dashes. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u200b\u00ad]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a quoted passage occurs in the body's plain text (it may run across blocks or table cells). */
export function quoteOccurs(source: string, quote: string): boolean {
  const needle = normaliseForQuote(quote);
  if (!needle) return false;
  const haystack = normaliseForQuote(
    blocksOf(source)
      .map((block) => (block.cells ? block.cells.join(' ') : block.text))
      .join(' '),
  );
  return haystack.includes(needle);
}
