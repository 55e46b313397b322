// Downloads of rows as CSV or XLSX, the one way every module exports data. A module gives rows and a list of column
// definitions; this sends a file that is safe to open in a spreadsheet (every text cell neutralised), with a safe file
// name, `Cache-Control: no-store`, and an audit-log entry saying who exported what and how many rows. Rows are
// streamed: give an async iterable (for example `inPages`) and no more than a page of rows is held at once.
import { PassThrough, Readable, pipeline } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db/client.ts';
import { audit } from '../audit/index.ts';
import { cellOf, safeFileName, MAX_CELL_LENGTH, type CellValue } from './cells.ts';

export { cellOf, neutralise, looksLikeFormula, safeFileName, type CellValue } from './cells.ts';

/** One column of an export: its heading and how to get its value from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => CellValue;
  /** width in characters in XLSX (24 unless given) */
  width?: number;
}

export type ExportFormat = 'csv' | 'xlsx';

export interface Export<T> {
  /** what was exported, for the audit log: `<module>.<what>`, e.g. `event.bookings`, `survey.responses` */
  what: string;
  /** the thing exported from, for the audit log (e.g. the survey); no id for exports across many */
  subject: { type: string; id?: string };
  format: ExportFormat;
  /** the file name (often a title) before it is made safe and cut to length; the extension is added */
  fileName: string;
  /** added to the file name whole, after the cut: e.g. "responses" */
  fileSuffix?: string;
  columns: readonly Column<T>[];
  rows: Iterable<T> | AsyncIterable<T>;
  /** true when special category (equality) columns are included; always recorded in the audit log */
  equalityColumns?: boolean;
  /** the XLSX worksheet name (31 characters at most); "Export" unless given */
  sheetName?: string;
  /** other facts for the audit log, such as filters used; never personal data */
  details?: Record<string, unknown>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Reads a table page by page (keyset pagination): `fetchPage` gets the last row of the previous page (undefined
 * for the first) and returns up to `size` rows; a shorter page is the last.
 */
export async function* inPages<T>(fetchPage: (after: T | undefined) => Promise<T[]>, size: number): AsyncGenerator<T> {
  let after: T | undefined;
  for (;;) {
    const page = await fetchPage(after);
    yield* page;
    if (page.length < size) return;
    after = page[page.length - 1];
  }
}

function iteratorOf<T>(rows: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

/**
 * Sends rows as a CSV or XLSX download. The first row is read before anything is sent, so a failing query is an
 * ordinary error page; the audit entry is written before the last byte, so a download that finishes is always in
 * the audit log (one that stops part-way is logged with `complete: false`).
 */
export async function sendExport<T>(req: FastifyRequest, reply: FastifyReply, db: Queryable, spec: Export<T>): Promise<FastifyReply> {
  const iterator = iteratorOf(spec.rows);
  const first = await iterator.next();
  let rows = 0;
  let audited = false;
  const record = async (complete: boolean) => {
    audited = true;
    await audit(db, {
      actorId: req.user?.userId,
      action: 'export',
      subjectType: spec.subject.type,
      subjectId: spec.subject.id,
      details: { export: spec.what, format: spec.format, rows, equalityColumns: Boolean(spec.equalityColumns), complete, ...spec.details },
    });
  };
  async function* records(): AsyncGenerator<(string | number)[]> {
    try {
      yield spec.columns.map((c) => cellOf(c.header));
      for (let next = first; !next.done; next = await iterator.next()) {
        const row = next.value;
        yield spec.columns.map((c) => cellOf(c.value(row)));
        rows++;
      }
      await record(true);
    } finally {
      if (!audited) await record(false).catch((err: unknown) => req.log.error({ err }, 'could not record a stopped export'));
      await iterator.return?.();
    }
  }

  reply
    .header('content-type', CONTENT_TYPES[spec.format])
    .header('content-disposition', `attachment; filename="${safeFileName(spec.fileName, spec.format, spec.fileSuffix)}"`)
    .header('cache-control', 'no-store');
  const failed = (err: unknown) => {
    if (err) req.log.error({ err }, `export ${spec.what} stopped`);
  };

  if (spec.format === 'csv') {
    // a byte order mark so that Excel reads the file as UTF-8
    return reply.send(pipeline(Readable.from(records()), stringify({ bom: true }), failed));
  }

  const body = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: body, useStyles: true, useSharedStrings: false });
  book.creator = 'Chorus';
  const sheet = book.addWorksheet((spec.sheetName ?? 'Export').replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ width: c.width ?? 24 }));
  const produce = async () => {
    let written = 0;
    for await (const cells of records()) {
      const row = sheet.addRow(cells.map((c) => (typeof c === 'string' && c.length > MAX_CELL_LENGTH ? c.slice(0, MAX_CELL_LENGTH) : c)));
      if (written === 0) row.font = { bold: true };
      row.commit();
      // let the zip write out what it has (rows already in memory would otherwise never give way to I/O), then wait
      // while the person's connection is behind, so no more than a little of the file is held at once
      if (++written % 100 === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        while (body.writableNeedDrain && !body.destroyed) await new Promise<void>((resolve) => (body.once('drain', resolve), body.once('close', resolve)));
      }
      if (body.destroyed) break;
    }
    if (body.destroyed) return;
    sheet.commit();
    await book.commit();
  };
  produce().catch((err: unknown) => {
    failed(err);
    body.destroy(err as Error);
  });
  return reply.send(body);
}
