/** Reading coded CSV files into training rows. */
import { collapseSentiment } from './framework.ts';
import { columnIndex, readCsv, type SkippedRecord } from './csv.ts';
import { loadPxtextmining } from './pxtextmining.ts';
import { type TrainingRow } from './train.ts';

export interface CodedFileOptions {
  textColumn: string;
  /** One column holding the label (or several, split by labelSeparator). */
  labelColumn?: string;
  labelSeparator?: string;
  /** One-hot columns: the column name is the label; a cell of 1/true/yes/y/x means present. */
  labelColumns?: string[];
  sentimentColumn?: string;
  questionColumn?: string;
}

export interface CodedFile {
  rows: TrainingRow[];
  labels: string[];
  /** Rows dropped because the text or every label was empty. */
  dropped: number;
  skipped: SkippedRecord[];
  invalidBytes: number;
  /** true when a 1–5 sentiment scale was collapsed to positive / neutral/mixed / negative. */
  sentimentCollapsed: boolean;
}

const TRUTHY = new Set(['1', 'true', 'yes', 'y', 'x']);

export async function readCodedCsv(path: string, o: CodedFileOptions): Promise<CodedFile> {
  if (!o.labelColumn && !o.labelColumns?.length) throw new Error('give --label-column or --label-columns');
  if (o.labelColumn && o.labelColumns?.length) throw new Error('give either --label-column or --label-columns, not both');
  const csv = await readCsv(path);
  const h = csv.header;
  const textCol = columnIndex(h, o.textColumn);
  const labelCol = o.labelColumn ? columnIndex(h, o.labelColumn) : -1;
  const oneHot = (o.labelColumns ?? []).map((name) => ({ name: h[columnIndex(h, name)], col: columnIndex(h, name) }));
  const sentCol = o.sentimentColumn ? columnIndex(h, o.sentimentColumn) : -1;
  const qCol = o.questionColumn ? columnIndex(h, o.questionColumn) : -1;
  const sentValues = sentCol >= 0 ? csv.rows.map((r) => (r[sentCol] ?? '').trim()).filter(Boolean) : [];
  const collapse = sentValues.length > 0 && sentValues.every((v) => /^[1-5]$/.test(v));
  const rows: TrainingRow[] = [];
  let dropped = 0;
  for (const cells of csv.rows) {
    const text = (cells[textCol] ?? '').trim();
    let labels: string[];
    if (labelCol >= 0) {
      const raw = (cells[labelCol] ?? '').trim();
      labels = o.labelSeparator ? raw.split(o.labelSeparator).map((s) => s.trim()).filter(Boolean) : raw ? [raw] : [];
    } else {
      labels = oneHot.filter(({ col }) => TRUTHY.has((cells[col] ?? '').trim().toLowerCase())).map(({ name }) => name);
    }
    if (!text || labels.length === 0) {
      dropped++;
      continue;
    }
    const row: TrainingRow = { text, labels: [...new Set(labels)] };
    if (sentCol >= 0) {
      const s = (cells[sentCol] ?? '').trim();
      const v = collapse ? collapseSentiment(s) : s || undefined;
      if (v) row.sentiment = v;
    }
    if (qCol >= 0) row.question = cells[qCol] ?? '';
    rows.push(row);
  }
  const labels = labelCol >= 0 ? [...new Set(rows.flatMap((r) => r.labels))].sort() : oneHot.map((x) => x.name);
  return { rows, labels, dropped, skipped: csv.skipped, invalidBytes: csv.invalidBytes, sentimentCollapsed: collapse };
}

/** The public pxtextmining v6 file, mapped to v7, as training rows. */
export async function readPxtextmining(path: string): Promise<CodedFile> {
  const px = await loadPxtextmining(path);
  return {
    rows: px.rows.map((r) => ({ text: r.text, labels: r.labels, question: r.question, ...(r.sentiment ? { sentiment: r.sentiment } : {}) })),
    labels: [...new Set(px.rows.flatMap((r) => r.labels))],
    dropped: px.droppedNoLabel + px.droppedNoText,
    skipped: [],
    invalidBytes: 0,
    sentimentCollapsed: true,
  };
}
