// Checks a page's NHS pagination as a person would find it: a navigation landmark by its name, a link for each
// page named "Page N", the current one marked aria-current="page", and Previous/Next links.
import assert from 'node:assert/strict';
import { getByRole, queryByRole, within } from '@testing-library/dom';

export function assertPagination(doc: Document, label: string, expected: { current: number; pageCount: number }): HTMLElement {
  const nav = getByRole(doc.body, 'navigation', { name: label });
  const current = within(nav).getByRole('link', { name: `Page ${expected.current}` });
  assert.equal(current.getAttribute('aria-current'), 'page', `page ${expected.current} is marked as the current page`);
  assert.ok(within(nav).getByRole('link', { name: `Page ${expected.pageCount}` }), 'the last page has a link');
  assert.equal(nav.querySelectorAll('[aria-current="page"]').length, 1);
  assert.equal(Boolean(queryByRole(nav, 'link', { name: /Previous/ })), expected.current > 1, 'Previous only after page 1');
  assert.equal(Boolean(queryByRole(nav, 'link', { name: /Next/ })), expected.current < expected.pageCount, 'Next only before the last page');
  return nav;
}

/** The href of the "Page N" link in the named pagination. */
export function pageLink(doc: Document, label: string, n: number): string {
  return within(getByRole(doc.body, 'navigation', { name: label })).getByRole('link', { name: `Page ${n}` }).getAttribute('href')!;
}
