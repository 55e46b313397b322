// Browser journeys: the real app on a local port, Debian chromium through playwright-core, and axe on every page.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildTestApp, type TestApp } from './app.ts';
import { ensureBrowser, LAUNCH_ARGS } from './browser.ts';
import { TEST_PASSWORD } from '../../src/modules/accounts/testing/factories.ts';

export interface Journey {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startJourney(): Promise<Journey> {
  const t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: ensureBrowser(), args: LAUNCH_ARGS });
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

const withoutJs = new WeakMap<Page, Journey>();

export async function openPage(j: Journey, javaScriptEnabled: boolean): Promise<Page> {
  const context = await j.browser.newContext({ baseURL: j.baseUrl, javaScriptEnabled, acceptDownloads: true });
  const page = await context.newPage();
  if (!javaScriptEnabled) withoutJs.set(page, j);
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** pages already checked in this run: the same page (path with ids folded, title, JavaScript on/off) is checked once */
const checked = new Set<string>();

/** Runs axe on the current page and fails with the rule ids and targets of any violation. */
export async function assertAccessible(page: Page): Promise<void> {
  const noJs = withoutJs.get(page);
  const key = `${!noJs}|${new URL(page.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|\d+|[\w-]{40,}/g, ':id')}|${await page.title()}`;
  if (checked.has(key)) return;
  // axe itself needs JavaScript: for a page seen without JavaScript, check the same HTML (scripts removed, so
  // nothing enhances it) in a page that can run axe.
  const target = noJs ? await noJsCopy(noJs, page) : page;
  const result = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
  if (noJs) await target.context().close();
  const problems = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(problems, [], `axe found problems on ${page.url()}`);
  checked.add(key);
}

async function noJsCopy(j: Journey, page: Page): Promise<Page> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace('<head>', `<head><base href="${page.url()}">`);
  const context = await j.browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.goto(`${j.baseUrl}/healthz`); // same origin, so the page's stylesheets load
  await copy.setContent(html, { waitUntil: 'load' });
  return copy;
}

/** Goes to a path and checks the page with axe. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await assertAccessible(page);
}

/** Clicks a button or link by its accessible name, waits for the next page, checks it with axe. */
export async function press(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button'): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.getByRole(role, { name, exact: typeof name === 'string' }).first().click()]);
  await page.waitForLoadState('load');
  await assertAccessible(page);
}

/** The newest sign-in link in the outbox for an address, read by an admin from the admin outbox page. */
export async function readLinkFromOutbox(adminPage: Page, to: string, subject: string): Promise<string> {
  await visit(adminPage, '/admin/outbox');
  const row = adminPage.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  await Promise.all([adminPage.waitForLoadState('load'), row.getByRole('link').click()]);
  await assertAccessible(adminPage);
  const body = await adminPage.locator('.app-email-body').innerText();
  const link = /http:\/\/localhost:3000(\/\S+)/.exec(body)?.[1];
  assert.ok(link, `a link in the email to ${to}`);
  return link;
}

/** Signs in through the password form, as a person made by buildUser (whose password is TEST_PASSWORD). */
export async function signIn(page: Page, email: string): Promise<void> {
  await visit(page, '/sign-in/password');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await press(page, 'Sign in');
}
