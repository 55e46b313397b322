// What every chart function returns: the SVG and the data table that goes beside it. The `chart` macro in
// components/chart.njk renders both; a page can also place `svg` and `table` itself.
import { esc, n, safeId } from './svg.ts';

export interface TableColumn {
  text: string;
  numeric?: boolean;
}

export interface TableModel {
  id: string;
  caption: string;
  columns: TableColumn[];
  /** each row: its header cell (first column) and the other cells, as text */
  rows: { header: string; cells: string[] }[];
}

export type ChartKind = 'bar' | 'stacked-bar' | 'grouped-bar' | 'line' | 'scatter';

export interface ChartModel {
  kind: ChartKind;
  id: string;
  title: string;
  /** the text of <desc>: what the chart shows and where its numbers are */
  description: string;
  /** the SVG, already escaped: output with `| safe` */
  svg: string;
  /** the same figures as a table */
  table: TableModel;
  width: number;
  height: number;
}

export interface ChartInput {
  /** unique on the page; used for element ids */
  id: string;
  /** what the chart shows, as a heading would say it */
  title: string;
  /** an extra sentence for <desc>, e.g. the main finding. The pointer to the table is added. */
  summary?: string;
  /** caption of the data table (defaults to the title) */
  caption?: string;
}

export const BASE_FONT = 16;
export const SMALL_FONT = 14;
export const INK = '#212b32';
export const MUTED = '#4c6272';
export const GRID = '#d8dde0';

export function describe(kind: string, input: ChartInput, tableId: string, caption: string): string {
  return [input.summary?.trim(), `${kind}. The same figures are in the table "${caption}" (id ${tableId}).`].filter(Boolean).join(' ');
}

/**
 * The outer <svg>: an image (role="img") named by its <title> and <desc> through aria-labelledby. The drawing
 * inside is hidden from assistive technology; the numbers are in the table. width/height give its natural size;
 * the stylesheet lets it shrink to the width of the screen (max-width: 100%, height: auto), so it never makes the
 * page scroll sideways.
 */
export function frame(idRaw: string, title: string, description: string, width: number, height: number, body: string, kind: ChartKind): string {
  const id = safeId(idRaw);
  return (
    `<svg class="app-chart app-chart--${kind}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" xmlns="http://www.w3.org/2000/svg" font-family="Frutiger W01, Arial, sans-serif" fill="${INK}">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(description)}</desc>` +
    `<g aria-hidden="true">${body}</g></svg>`
  );
}

export function model(kind: ChartKind, input: ChartInput, description: string, svgBody: { width: number; height: number; body: string }, table: TableModel): ChartModel {
  const id = safeId(input.id);
  return {
    kind,
    id,
    title: input.title,
    description,
    svg: frame(id, input.title, description, svgBody.width, svgBody.height, svgBody.body, kind),
    table,
    width: svgBody.width,
    height: svgBody.height,
  };
}
