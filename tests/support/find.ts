// Finding the NHS components a person meets by their role and accessible name, not by CSS class: the error summary
// (an alert headed "There is a problem"), notification banners (an alert or region headed "Success"/"Important"),
// and error messages (the text a field's aria-describedby points at).
import { queryAllByRole } from '@testing-library/dom';

/** The error summary: the alert whose heading is "There is a problem", or null when the page has none. */
export function errorSummary(doc: Document): HTMLElement | null {
  const heading = queryAllByRole(doc.body, 'heading', { name: 'There is a problem' })[0];
  return heading?.closest<HTMLElement>('[role="alert"]') ?? null;
}

/** A notification banner (success or important), found as the alert or region that holds its title. */
export function notificationBanner(doc: Document): HTMLElement | null {
  const regions = [...queryAllByRole(doc.body, 'alert'), ...queryAllByRole(doc.body, 'region')];
  return regions.find((r) => queryAllByRole(r, 'heading', { name: /^(Success|Important)$/ }).length > 0) ?? null;
}

/** The error messages of every field, as a person using a screen reader hears them with the field. */
export function fieldErrors(doc: Document): string[] {
  const fields = [...doc.querySelectorAll('[aria-describedby]')];
  const ids = new Set(fields.flatMap((f) => (f.getAttribute('aria-describedby') ?? '').split(/\s+/)).filter(Boolean));
  return [...ids]
    .map((id) => doc.getElementById(id))
    .filter((el): el is HTMLElement => Boolean(el && /error/i.test(el.id)))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}
