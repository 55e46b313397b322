// Check your answers: rows for the nhsuk-frontend summary list (`summaryList({ rows: rows })`), each with a
// "Change" link that opens the page in change mode and names what it changes for screen reader users.

export interface AnswerRow {
  /** the question, or a short name for it */
  key: string;
  /** the answer as text (escaped by the macro); use `html` only for markup you built from escaped parts */
  value?: string;
  html?: string;
  /** shown when the answer is empty, e.g. "Not answered" */
  empty?: string;
  /** the page that changes it; omit for a row that cannot be changed */
  change?: { href: string; hiddenText: string };
}

export interface SummaryListRow {
  key: { text: string };
  value: { text: string } | { html: string };
  actions?: { items: { href: string; text: string; visuallyHiddenText: string }[] };
}

export function summaryRows(rows: readonly AnswerRow[], changeText = 'Change'): SummaryListRow[] {
  return rows.map((r) => ({
    key: { text: r.key },
    value: r.html !== undefined && r.html !== '' ? { html: r.html } : { text: r.value || r.empty || '' },
    ...(r.change ? { actions: { items: [{ href: r.change.href, text: changeText, visuallyHiddenText: r.change.hiddenText }] } } : {}),
  }));
}
