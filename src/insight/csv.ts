/**
 * CSV input that tolerates real-world exports: a UTF-8 BOM, quoted newlines, empty cells, ragged rows, and
 * non-UTF-8 bytes (invalid UTF-8 sequences are decoded as Windows-1252, as Excel writes them).
 */
import { createReadStream } from 'node:fs';
import { parse, type CsvError, type InfoRecord } from 'csv-parse';

// Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to themselves).
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function cp1252(b: number): string {
  return String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : b);
}

/** Length of the valid UTF-8 sequence starting at i, 0 if invalid, -1 if truncated at the end of the buffer. */
function utf8SeqLength(buf: Uint8Array, i: number): number {
  const b = buf[i];
  let len: number;
  let min: number;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) {
    len = 2;
    min = 0x80;
  } else if (b >= 0xe0 && b <= 0xef) {
    len = 3;
    min = 0x800;
  } else if (b >= 0xf0 && b <= 0xf4) {
    len = 4;
    min = 0x10000;
  } else return 0;
  let cp = b & (0xff >> (len + 1));
  for (let k = 1; k < len; k++) {
    if (i + k >= buf.length) return -1;
    const c = buf[i + k];
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

/** Streaming decoder: UTF-8 where valid, Windows-1252 for stray bytes. Counts the bytes it had to re-map. */
export class LenientDecoder {
  private pending: Uint8Array = new Uint8Array(0);
  private utf8 = new TextDecoder('utf-8');
  private first = true;
  /** Number of bytes that were not valid UTF-8. */
  invalidBytes = 0;

  write(chunk: Uint8Array, final = false): string {
    let buf = chunk;
    if (this.pending.length) {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending);
      buf.set(chunk, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    let out = '';
    let start = 0;
    let i = 0;
    if (this.first && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = i = 3;
    if (this.first && buf.length > 0) this.first = false;
    while (i < buf.length) {
      if (buf[i] < 0x80) {
        i++;
        continue;
      }
      const len = utf8SeqLength(buf, i);
      if (len > 0) {
        i += len;
        continue;
      }
      if (len === -1 && !final) {
        this.pending = buf.slice(i);
        break;
      }
      out += this.utf8.decode(buf.subarray(start, i)) + cp1252(buf[i]);
      this.invalidBytes++;
      i++;
      start = i;
    }
    out += this.utf8.decode(buf.subarray(start, this.pending.length ? buf.length - this.pending.length : buf.length));
    return out;
  }

  end(): string {
    return this.pending.length ? this.write(new Uint8Array(0), true) : '';
  }
}

/** Decode a whole buffer leniently (see LenientDecoder). */
export function decodeLenient(buf: Uint8Array): { text: string; invalidBytes: number } {
  const d = new LenientDecoder();
  const text = d.write(buf, true) + d.end();
  return { text, invalidBytes: d.invalidBytes };
}

export interface SkippedRecord {
  /** 1-based line where the bad record started (exact for an unclosed quote; approximate otherwise). */
  line: number;
  /** How many lines of the file the bad record covers, when known (an unclosed quote runs to the end of the file). */
  lines?: number;
  reason: string;
}

export interface CsvRecordEvent {
  /** Cells of a data row, keyed by header position. */
  cells: string[];
  /** 1-based record number (header = 0). */
  record: number;
}

export interface CsvStreamResult {
  header: string[];
  records: number;
  skipped: SkippedRecord[];
  invalidBytes: number;
}

const PARSE_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
  skip_records_with_error: true,
} as const;

/**
 * Stream a CSV file (or an in-memory buffer/string) record by record. The first record is the header.
 * Bad records are reported in `skipped`, never thrown. Throws only if the input is unreadable or has no header.
 */
export async function streamCsv(
  input: string | { buffer: Uint8Array } | { text: string },
  onHeader: (header: string[]) => void,
  onRecord: (e: CsvRecordEvent) => void | Promise<void>,
): Promise<CsvStreamResult> {
  const skipped: SkippedRecord[] = [];
  const decoder = new LenientDecoder();
  // where the last good record ended, so that a bad record's first line is known
  let lastRecordLine = 0;
  let emptyLinesBefore = 0;
  const parser = parse({
    ...PARSE_OPTIONS,
    info: true,
    on_record: (item: string[], context: InfoRecord) => {
      lastRecordLine = context.lines;
      emptyLinesBefore = context.empty_lines;
      return item;
    },
    on_skip: (err: CsvError | undefined) => {
      const e = err as (CsvError & { lines?: number; empty_lines?: number }) | undefined;
      const end = e?.lines ?? 0;
      if (e?.code === 'CSV_QUOTE_NOT_CLOSED') {
        // the quote opened on the first non-empty line after the last good record and ran to the end of the file
        const start = Math.min(end, lastRecordLine + 1 + Math.max(0, (e.empty_lines ?? emptyLinesBefore) - emptyLinesBefore));
        const count = end - start + 1;
        const span = count === 1 ? `line ${start}` : `lines ${start} to ${end}, ${count} lines`;
        skipped.push({ line: start, lines: count, reason: `Quote Not Closed: a quote opened on line ${start} is never closed, so the rest of the file (${span}) could not be read; close the quote or remove it, then run again` });
      } else {
        skipped.push({ line: end, reason: err?.message ?? 'unreadable record' });
      }
      return undefined;
    },
  });
  const feed = async () => {
    try {
      if (typeof input === 'string') {
        const stream = createReadStream(input);
        for await (const chunk of stream) {
          if (!parser.write(decoder.write(chunk as Buffer))) await new Promise((r) => parser.once('drain', r));
        }
      } else if ('buffer' in input) {
        parser.write(decoder.write(input.buffer, true));
      } else {
        parser.write(input.text.replace(/^\uFEFF/, ''));
      }
      const rest = decoder.end();
      if (rest) parser.write(rest);
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  };
  let header: string[] | undefined;
  let records = 0;
  const feeding = feed();
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = item.record.map((h) => h.replace(/^\uFEFF/, '').trim());
      onHeader(header);
      continue;
    }
    records++;
    await onRecord({ cells: item.record, record: records });
  }
  await feeding;
  if (!header) throw new Error('the CSV file is empty (no header row)');
  return { header, records, skipped, invalidBytes: decoder.invalidBytes };
}

/** Read a whole CSV into memory. */
export async function readCsv(input: string | { buffer: Uint8Array } | { text: string }): Promise<CsvStreamResult & { rows: string[][] }> {
  const rows: string[][] = [];
  const res = await streamCsv(input, () => undefined, (e) => {
    rows.push(e.cells);
  });
  return { ...res, rows };
}

/** Find a column by exact name, then case-insensitively; throws a helpful error if missing. */
export function columnIndex(header: readonly string[], name: string): number {
  let i = header.indexOf(name);
  if (i < 0) i = header.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
  if (i < 0) {
    const shown = header.slice(0, 12).map((h) => JSON.stringify(h)).join(', ');
    throw new Error(`column "${name}" not found; the file has: ${shown}${header.length > 12 ? ', …' : ''}`);
  }
  return i;
}
