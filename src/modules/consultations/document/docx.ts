// A draft uploaded as a Word document (.docx) becomes a proposed split into sections (decision 0014): mammoth turns
// Word's styles into HTML (Heading 1 to h1 …), we split at the top heading level used and write each section's
// HTML back as the safe Markdown subset ourselves, from the DOM. Nothing is saved here: the caller shows the split
// for confirmation. Every refusal is a sentence for the form's error message.
import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { isAllowedHref } from './markdown.ts';

export interface ImportOptions {
  /** the largest file accepted, in bytes (5 MB) */
  maxBytes?: number;
  /** the most sections a document may have (60) */
  maxSections?: number;
}

export interface ImportedSection {
  heading: string;
  /** Markdown in the safe subset; sub-headings one level below the section's are `##` */
  body: string;
}

export type ImportResult =
  | {
      ok: true;
      sections: ImportedSection[];
      /** text before the first heading, as Markdown */
      intro: string;
      /** the text in Word's Title style, if any (it is not part of the intro) */
      title: string;
      warnings: string[];
    }
  | { ok: false; error: string };

export const MAX_HEADING_LENGTH = 200;
const MB = 1024 * 1024;
/** Refuse a zip that says it unpacks to more than this (a small file that unpacks to gigabytes). */
const MAX_UNPACKED_BYTES = 200 * MB;

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const importErrors = {
  empty: 'The selected file is empty',
  tooBig: (maxBytes: number) => `The selected file must be smaller than ${formatMegabytes(maxBytes)}`,
  protectedOrOld:
    'The selected file is password-protected or an old Word format. Remove the password, or save it as a Word document (.docx), and upload it again',
  notDocx: 'The selected file must be a Word document (.docx)',
  unreadable: 'The selected file could not be read. Open it in Word, save it as a Word document (.docx) and upload it again',
  noHeadings: "The document has no headings. Use Word's Heading 1 style for each section title and upload it again",
  tooManySections: (max: number) => `The document has more than ${max} sections. Split it into smaller documents`,
};

function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

const STYLE_MAP = [
  "p[style-name='Title'] => p.chorus-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
];

/** Reads a .docx and proposes its sections. */
export async function importDocx(file: Buffer, options: ImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? 5 * MB;
  const maxSections = options.maxSections ?? 60;
  if (file.length === 0) return { ok: false, error: importErrors.empty };
  if (file.length > maxBytes) return { ok: false, error: importErrors.tooBig(maxBytes) };
  if (file.subarray(0, 8).equals(CFB_SIGNATURE)) return { ok: false, error: importErrors.protectedOrOld };
  const entries = zipEntries(file);
  if (!entries || !entries.names.has('word/document.xml')) return { ok: false, error: importErrors.notDocx };
  if (entries.unpackedBytes > MAX_UNPACKED_BYTES) return { ok: false, error: importErrors.unreadable };

  let pictures = 0;
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: file },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // pictures are counted and left out, never read
        convertImage: mammoth.images.imgElement(async () => {
          pictures++;
          return { src: '' };
        }),
      },
    );
    html = result.value;
    messages = result.messages;
  } catch {
    return { ok: false, error: importErrors.unreadable };
  }

  const warnings = plainWarnings(messages);
  if (pictures > 0) {
    warnings.push(
      `The document has ${pictures} ${pictures === 1 ? 'picture' : 'pictures'}. ${pictures === 1 ? 'It was' : 'They were'} left out: add Easy Read pictures to each section after the import`,
    );
  }

  const body = JSDOM.fragment(html);
  const blocks = Array.from(body.childNodes);
  const title = blocks
    .filter((node): node is Element => isElement(node) && node.tagName === 'P' && node.classList.contains('chorus-title'))
    .map((node) => collapse(node.textContent ?? ''))
    .filter(Boolean)
    .join(' ');

  const headingLevel = (node: Node): number => {
    if (!isElement(node)) return 0;
    const match = /^H([1-6])$/.exec(node.tagName);
    return match && collapse(node.textContent ?? '') ? Number(match[1]) : 0;
  };
  const levels = blocks.map(headingLevel).filter((level) => level > 0);
  if (levels.length === 0) return { ok: false, error: importErrors.noHeadings };
  const splitLevel = Math.min(...levels);

  const intro: Node[] = [];
  const raw: { heading: string; nodes: Node[] }[] = [];
  for (const node of blocks) {
    if (isElement(node) && node.classList.contains('chorus-title')) continue;
    if (headingLevel(node) === splitLevel) raw.push({ heading: collapse(node.textContent ?? ''), nodes: [] });
    else (raw.at(-1)?.nodes ?? intro).push(node);
  }
  if (raw.length > maxSections) return { ok: false, error: importErrors.tooManySections(maxSections) };

  const sections = raw.map((section, i) => {
    let heading = section.heading;
    if (heading.length > MAX_HEADING_LENGTH) {
      heading = shorten(heading, MAX_HEADING_LENGTH);
      warnings.push(
        `The heading of section ${i + 1} was longer than ${MAX_HEADING_LENGTH} characters. It was shortened: check it before you save`,
      );
    }
    return { heading, body: toMarkdown(section.nodes, splitLevel) };
  });
  return { ok: true, sections, intro: toMarkdown(intro, splitLevel), title, warnings };
}

function shorten(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}

/** mammoth's messages in plain English, each said once. */
function plainWarnings(messages: { type: string; message: string }[]): string[] {
  const out = new Set<string>();
  for (const { message } of messages) {
    const paragraphStyle = /^Unrecognised paragraph style: '(.*?)'/.exec(message);
    const runStyle = /^Unrecognised run style: '(.*?)'/.exec(message);
    if (paragraphStyle) out.add(`Text in the Word style "${paragraphStyle[1]}" was imported as ordinary paragraphs`);
    else if (runStyle) out.add(`Text in the Word character style "${runStyle[1]}" was imported as ordinary text`);
    else out.add('Some parts of the document could not be read and were left out. Check each section before you save');
  }
  return [...out];
}

/** The names in a zip's central directory and the size it says they unpack to; null if it is not a zip. */
function zipEntries(file: Buffer): { names: Set<string>; unpackedBytes: number } | null {
  if (file.length < 22 || file.readUInt32LE(0) !== 0x04034b50) return null;
  let end = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 22 - 0xffff); i--) {
    if (file.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = file.readUInt16LE(end + 10);
  let offset = file.readUInt32LE(end + 16);
  const names = new Set<string>();
  let unpackedBytes = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > file.length || file.readUInt32LE(offset) !== 0x02014b50) return null;
    const unpacked = file.readUInt32LE(offset + 24);
    const nameLength = file.readUInt16LE(offset + 28);
    const extraLength = file.readUInt16LE(offset + 30);
    const commentLength = file.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > file.length) return null;
    names.add(file.toString('utf8', offset + 46, offset + 46 + nameLength));
    // 0xffffffff means the real size is in a ZIP64 record: a Word document never needs one
    unpackedBytes += unpacked === 0xffffffff ? Number.MAX_SAFE_INTEGER : unpacked;
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}

// ---- HTML (as mammoth writes it) to the safe Markdown subset ----

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes what Markdown would read as syntax, so text from Word stays text. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '\\&');
}

/** Escapes what would start a block (a heading, list, quote, rule) at the start of a line. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

interface InlineContext {
  /** inside a table cell or heading: a line break becomes a space */
  oneLine: boolean;
}

const LINE_BREAK = '\u0000';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'DIV', 'BLOCKQUOTE']);

function inline(nodes: Iterable<Node>, context: InlineContext): string {
  let out = '';
  for (const node of nodes) {
    if (node.nodeType === 3) {
      out += escapeInline((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName;
    if (tag === 'BR') out += context.oneLine ? ' ' : LINE_BREAK;
    else if (tag === 'IMG') continue;
    else if (tag === 'STRONG' || tag === 'B') out += wrap(inline(node.childNodes, context), '**');
    else if (tag === 'EM' || tag === 'I') out += wrap(inline(node.childNodes, context), '*');
    else if (tag === 'A') {
      const text = inline(node.childNodes, context);
      const href = node.getAttribute('href') ?? '';
      out += text.trim() && isAllowedHref(href) ? `[${text}](${linkDestination(href)})` : text;
    } else if (BLOCK_TAGS.has(tag)) out += ` ${inline(node.childNodes, context)} `;
    else out += inline(node.childNodes, context); // sup, sub, s, u, span …: their text
  }
  return out;
}

/** Emphasis markers only work against the words: white space goes outside them. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, before, words, after] = match ?? ['', '', text, ''];
  return words ? `${before}${marker}${words}${marker}${after}` : text;
}

function linkDestination(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

/** A line break in a paragraph: a Markdown hard break (backslash, new line) between lines that have text. */
function paragraphText(node: Element): string {
  return inline(node.childNodes, { oneLine: false })
    .split(LINE_BREAK)
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter(Boolean)
    .map(escapeLineStart)
    .join('\\\n');
}

function oneLineText(node: Node): string {
  return inline(node.childNodes, { oneLine: true }).replace(/\s+/g, ' ').trim();
}

/** Merges `<strong>a</strong><strong>b</strong>` (mammoth writes one per Word run) so markers do not touch. */
function mergeRuns(root: Node): void {
  for (const child of Array.from(root.childNodes)) {
    if (!isElement(child)) continue;
    mergeRuns(child);
    let next = child.nextSibling;
    while (next && isElement(next) && next.tagName === child.tagName && ['STRONG', 'EM'].includes(child.tagName)) {
      while (next.firstChild) child.appendChild(next.firstChild);
      const gone: ChildNode = next;
      next = next.nextSibling;
      gone.remove();
    }
  }
}

function list(node: Element, indent: string): string[] {
  const ordered = node.tagName === 'OL';
  const lines: string[] = [];
  let number = 1;
  for (const item of Array.from(node.children)) {
    if (item.tagName !== 'LI') continue;
    const marker = ordered ? `${number}. ` : '- ';
    const own = Array.from(item.childNodes).filter((child) => !(isElement(child) && (child.tagName === 'UL' || child.tagName === 'OL')));
    const text = inline(own, { oneLine: true }).replace(/\s+/g, ' ').trim();
    const nested = Array.from(item.children).filter((child) => child.tagName === 'UL' || child.tagName === 'OL');
    if (!text && nested.length === 0) continue;
    lines.push(`${indent}${marker}${escapeLineStart(text)}`);
    number++;
    for (const sub of nested) lines.push(...list(sub, indent + ' '.repeat(marker.length)));
  }
  return lines;
}

function table(node: Element): string {
  const rows = Array.from(node.querySelectorAll('tr')).filter((row) => row.closest('table') === node);
  const grid = rows.map((row) =>
    Array.from(row.children)
      .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
      .flatMap((cell) => {
        const span = Math.min(50, Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1));
        return [oneLineText(cell), ...Array<string>(span - 1).fill('')];
      }),
  );
  const width = Math.max(0, ...grid.map((row) => row.length));
  if (width === 0 || grid.every((row) => row.every((cell) => !cell))) return '';
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(grid[0]), `|${' --- |'.repeat(width)}`, ...grid.slice(1).map(line)].join('\n');
}

function toMarkdown(nodes: Node[], splitLevel: number): string {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const text = collapse(escapeInline(node.textContent ?? ''));
      if (text) out.push(escapeLineStart(text));
      return;
    }
    if (!isElement(node)) return;
    mergeRuns(node);
    const tag = node.tagName;
    const heading = /^H([1-6])$/.exec(tag);
    if (heading) {
      const text = oneLineText(node);
      const depth = Math.min(6, Math.max(2, Number(heading[1]) - splitLevel + 1));
      if (text) out.push(`${'#'.repeat(depth)} ${text}`);
    } else if (tag === 'P') {
      const text = paragraphText(node);
      if (text) out.push(text);
    } else if (tag === 'UL' || tag === 'OL') {
      const lines = list(node, '');
      if (lines.length) out.push(lines.join('\n'));
    } else if (tag === 'TABLE') {
      const text = table(node);
      if (text) out.push(text);
    } else if (tag === 'IMG') {
      return;
    } else if (BLOCK_TAGS.has(tag)) {
      for (const child of Array.from(node.childNodes)) visit(child);
    } else {
      const text = collapse(inline([node], { oneLine: false }));
      if (text) out.push(escapeLineStart(text));
    }
  };
  for (const node of nodes) visit(node);
  return out.join('\n\n');
}
