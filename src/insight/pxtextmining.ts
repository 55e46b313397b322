/** Load the public pxtextmining v6 file and map it to the v7 framework (see framework.ts). */
import { readCsv, columnIndex } from './csv.ts';
import { collapseSentiment, mapV6Header, V7_FRAMEWORK, type SentimentClass } from './framework.ts';

export interface PxRow {
  id: string;
  text: string;
  labels: string[];
  sentiment?: SentimentClass;
  question: string;
}

export interface PxData {
  rows: PxRow[];
  /** Records in the file, before dropping. */
  records: number;
  droppedNoText: number;
  droppedNoLabel: number;
  droppedColumns: string[];
}

export const PX_NOTICE =
  'Trained on the public pxtextmining v6 data set (The-Strategy-Unit/pxtextmining, datasets/v6framework_230831.csv, ' +
  'commit ba6c0a2), mapped to the v7 framework. Data and framework by the Nottinghamshire Healthcare NHS FT CDU Data ' +
  'Science Team, funded by NHS England. MIT License, Copyright (c) 2021 NHS England. Permission is hereby granted, ' +
  'free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), ' +
  'to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, ' +
  'publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is ' +
  'furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall ' +
  'be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY ' +
  'OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A ' +
  'PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, ' +
  'DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN ' +
  'CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE. The model holds weights and vocabulary ' +
  'only (min_df >= 3), no comment text.';

export async function loadPxtextmining(path: string): Promise<PxData> {
  const csv = await readCsv(path);
  const h = csv.header;
  const idCol = columnIndex(h, 'Comment ID');
  const textCol = columnIndex(h, 'FFT answer');
  const qCol = columnIndex(h, 'FFT question');
  const sCol = columnIndex(h, 'Comment sentiment');
  const firstLabel = columnIndex(h, 'Not assigned');
  const mapping = mapV6Header(h, firstLabel);
  const rows: PxRow[] = [];
  let droppedNoText = 0;
  let droppedNoLabel = 0;
  for (const cells of csv.rows) {
    const text = (cells[textCol] ?? '').trim();
    if (!text) {
      droppedNoText++;
      continue;
    }
    const labels = V7_FRAMEWORK.filter(({ name }) => (mapping.columns.get(name) as number[]).some((c) => (cells[c] ?? '').trim() === '1')).map((l) => l.name);
    if (labels.length === 0) {
      droppedNoLabel++;
      continue;
    }
    const sentiment = collapseSentiment(cells[sCol]);
    rows.push({ id: cells[idCol], text, labels, question: cells[qCol] ?? '', ...(sentiment ? { sentiment } : {}) });
  }
  return { rows, records: csv.records, droppedNoText, droppedNoLabel, droppedColumns: mapping.dropped };
}
