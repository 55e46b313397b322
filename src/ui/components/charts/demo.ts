// One example of each chart type, with awkward data on purpose (a long label, markup in a label, a missing
// value, a point outside the limits). The tests render these, the benchmark times them, and they show a new
// module what each chart function takes.
import { barChart, groupedBarChart, stackedBarChart } from './bar.ts';
import { lineChart } from './line.ts';
import type { ChartModel } from './model.ts';
import { scatterChart, type Limits } from './scatter.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Proportion funnel limits p0 ± z·√(p0(1−p0)/n), clipped to 0–100%: only to draw the demo, not a method. */
function demoLimits(p0: number, z: number, label: string, kind: Limits['kind']): Limits {
  const ns = Array.from({ length: 60 }, (_, i) => 5 + i * 5.5);
  const half = (n: number) => z * Math.sqrt((p0 * (1 - p0)) / n);
  return {
    label,
    kind,
    upper: ns.map((n) => ({ x: n, y: Math.min(100, 100 * (p0 + half(n))) })),
    lower: ns.map((n) => ({ x: n, y: Math.max(0, 100 * (p0 - half(n))) })),
  };
}

export const DEMO_REFERRALS = [12, 15, 11, 14, 13, 16, 30, 14, 12, 17, 18, 19, 20, 21, 22, null, 23];

/** one function per chart type, so each can be drawn (and timed) alone */
export const DEMO_CHART_MAKERS: (() => ChartModel)[] = [
  () =>
    barChart({
      id: 'demo-bar',
      title: 'How easy was it to get mental health support when it was needed?',
      summary: 'Most people found it fairly easy.',
      labelHeading: 'Answer',
      valueHeading: 'Percent',
      max: 100,
      rows: [
        { label: 'Very easy', value: 12.5, display: '12.5%' },
        { label: 'Fairly easy', value: 30, display: '30%' },
        { label: 'Neither easy nor difficult, with a long label that has to wrap onto another line', value: 20, display: '20%' },
        { label: 'Fairly difficult <b>&', value: 25, display: '25%' },
        { label: 'Very difficult', value: 12.5, display: '12.5%' },
      ],
    }),
  () =>
    stackedBarChart({
      id: 'demo-stacked',
      title: 'How easy it was, by version of the survey',
      labelHeading: 'Version',
      percent: true,
      series: [{ label: 'Easy' }, { label: 'Neither' }, { label: 'Hard' }, { label: 'Prefer not to say' }],
      rows: [
        { label: 'Standard', values: [40, 20, 30, 10] },
        { label: 'Easy Read', values: [10, 5, 40, 2] },
        { label: 'Paper', values: [3, 0, 1, 1] },
      ],
    }),
  () =>
    groupedBarChart({
      id: 'demo-grouped',
      title: 'Places booked and people who came, by audience',
      labelHeading: 'Audience',
      series: [{ label: 'Booked' }, { label: 'Attended' }],
      rows: [
        { label: 'People who use services', values: [40, 31] },
        { label: 'Carers', values: [22, 18] },
        { label: 'Staff', values: [12, 12] },
      ],
    }),
  () =>
    lineChart({
      id: 'demo-line',
      title: 'Referrals to peer support each month',
      xTitle: 'Month',
      yTitle: 'Referrals',
      series: [
        {
          label: 'Referrals',
          points: DEMO_REFERRALS.map((y, i) => ({
            x: `${MONTHS[i % 12]} ${2025 + Math.floor(i / 12)}`,
            y,
            highlight: y === 30 ? { label: 'Outside the process limits', shape: 'triangle' as const } : i >= 9 && i <= 15 && y !== null ? { label: 'Run of rising points', shape: 'square' as const, tone: 'improvement' as const } : undefined,
          })),
        },
      ],
      references: [
        { label: 'Mean', y: 15.2, kind: 'centre' },
        { label: 'Upper limit', y: 26.1, kind: 'limit' },
        { label: 'Lower limit', y: 4.3, kind: 'limit' },
      ],
      bands: [{ label: 'Within 2 sigma', lower: 8, upper: 22.5 }],
    }),
  () =>
    scatterChart({
      id: 'demo-funnel',
      title: 'Share of people referred to peer support, by team',
      xTitle: 'People seen',
      yTitle: 'Referred (%)',
      labelHeading: 'Team',
      yMin: 0,
      yMax: 100,
      format: (v) => `${v.toFixed(1)}%`,
      points: [
        { label: 'North', x: 40, y: 30 },
        { label: 'South', x: 120, y: 22 },
        { label: 'East', x: 300, y: 45, highlight: { label: 'Above the 99.8% limit', shape: 'triangle' } },
        { label: 'West', x: 80, y: 10 },
        { label: 'Crisis team', x: 220, y: 8, highlight: { label: 'Below the 99.8% limit', shape: 'triangle-down' } },
      ],
      references: [{ label: 'Trust average', y: 25, kind: 'centre' }],
      limits: [demoLimits(0.25, 1.959964, '95% limits', 'near-limit'), demoLimits(0.25, 3.090232, '99.8% limits', 'limit')],
    }),
];

export const demoCharts = (): ChartModel[] => DEMO_CHART_MAKERS.map((make) => make());
