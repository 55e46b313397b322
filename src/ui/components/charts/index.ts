// Charts for every module: accessible SVG drawn on the server, each with the data table that goes beside it.
// Use a function below to get a ChartModel, then render it with the macro:
//   {% from "components/chart.njk" import chart %}  {{ chart(model) }}
// See docs/decisions/0008-charts.md for why we draw our own SVG rather than use a charting library.
export { barChart, stackedBarChart, groupedBarChart, type BarChartInput, type BarRow, type MultiBarInput, type MultiRow, type Series } from './bar.ts';
export { lineChart, type LineChartInput, type LineSeries, type LinePoint, type ReferenceLine, type Band } from './line.ts';
export { scatterChart, interpolate, type ScatterChartInput, type ScatterPoint, type Limits, type XY } from './scatter.ts';
export type { ChartModel, ChartInput, ChartKind, TableModel, TableColumn } from './model.ts';
export type { LineKind, Tone } from './axes.ts';
export type { Shape } from './svg.ts';
