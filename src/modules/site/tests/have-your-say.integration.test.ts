// "Have your say": everything open now, from every module's openItems hook, with filters that work without JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, getAllByRole, queryByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp, type Page } from '../../../../tests/support/app.ts';
import { seedAll } from '../../../app/context.ts';
import { MODULES } from '../../../app/modules.ts';
import { buildSurvey } from '../../surveys/testing/factories.ts';
import type { OpenItem } from '../../../platform/module.ts';

const DEMO_SURVEY = 'Adult mental health strategy: what matters to you';
const DEMO_PROGRAMME = 'Adult mental health strategy review 2026';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

/** the list item on "Have your say" whose link is named `title` */
const itemNamed = (page: Page, title: string) => getByRole(page.document.body, 'link', { name: title }).closest('li') as HTMLElement;
/** a summary-list row's value, found by its key */
const detail = (item: HTMLElement, key: string) => text(within(item).getByText(key, { selector: 'dt' }).nextElementSibling);

describe('Have your say', () => {
  test('with nothing open, the page says so and points to events and programmes', async () => {
    const page = await new Agent(t.app).get('/have-your-say');
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Have your say' });
    getByRole(page.document.body, 'heading', { name: 'Nothing is open right now' });
    getByRole(page.document.body, 'link', { name: 'book a place at an event' });
    assert.equal(queryByRole(page.document.body, 'button', { name: 'Apply filters' }), null, 'no filters when there is nothing to filter');
  });

  test('every page has "Have your say" in the navigation, and the home page links to it', async () => {
    for (const path of ['/', '/events', '/help']) {
      const page = await new Agent(t.app).get(path);
      const nav = getByRole(page.document.body, 'navigation', { name: 'Menu' });
      assert.equal(getByRole(nav, 'link', { name: 'Have your say' }).getAttribute('href'), '/have-your-say', path);
    }
    const home = await new Agent(t.app).get('/');
    getByRole(home.document.body, 'heading', { name: 'Have your say' });
    assert.equal(getByRole(home.document.body, 'link', { name: 'See everything that is open now' }).getAttribute('href'), '/have-your-say');
  });

  test('the open demo survey is listed with what it is, who it is for, closing date, Easy Read and time it takes', async () => {
    await seedAll(t.ctx, MODULES);
    const page = await new Agent(t.app).get('/have-your-say');
    assert.equal(page.status, 200);
    const item = itemNamed(page, DEMO_SURVEY);
    assert.match(getByRole(page.document.body, 'link', { name: DEMO_SURVEY }).getAttribute('href')!, /^\/surveys\/[0-9a-f-]{36}$/);
    getByRole(item, 'heading', { level: 3, name: `Survey: ${DEMO_SURVEY}` });
    assert.match(text(item), /We are reviewing how adult mental health services work in our area/);
    assert.match(detail(item, 'Who it is for'), /^People who use or have used mental health services, carers/);
    assert.equal(detail(item, 'Closing date'), 'No closing date set');
    assert.equal(detail(item, 'Easy Read'), 'Easy Read version available');
    assert.match(detail(item, 'Time it takes'), /^About \d+ minutes$/);
    const programmeHref = getByRole(item, 'link', { name: DEMO_PROGRAMME }).getAttribute('href')!;
    assert.match(programmeHref, /^\/programmes\/[0-9a-f-]{36}$/);

    // the demo programme, with its many events: the survey is in "Have your say" above the timeline
    const programme = await new Agent(t.app).get(programmeHref);
    const block = getByRole(programme.document.body, 'region', { name: 'Have your say' });
    getByRole(block, 'link', { name: DEMO_SURVEY });
    const listen = getByRole(programme.document.body, 'heading', { level: 3, name: /^Listen/ }).closest('li')!;
    const events = getByRole(listen, 'heading', { level: 4, name: /^Events \(\d+\)$/ });
    const count = Number(/\d+/.exec(text(events))![0]);
    assert.ok(count > 6, `the Listen phase has many events (${count})`);
    getByRole(listen, 'link', { name: `Show all ${count} events in the Listen phase` });
    assert.ok(block.compareDocumentPosition(events) & 4, '"Have your say" comes before the events');
  });

  test('draft, closed, not yet open and past their closing date surveys are not listed; a closing date is shown', async () => {
    await buildSurvey(t.ctx, { title: 'Draft survey about crisis care', status: 'draft' });
    await buildSurvey(t.ctx, { title: 'Closed survey about wards', status: 'closed' });
    await buildSurvey(t.ctx, { title: 'Survey that opens next year', opensOn: '2099-01-01' });
    await buildSurvey(t.ctx, { title: 'Survey that closed last year', closesOn: '2000-12-31' });
    await buildSurvey(t.ctx, { title: 'Carers survey', closesOn: '2099-03-31', easyRead: false, audience: 'Carers and family members' });
    const page = await new Agent(t.app).get('/have-your-say');
    for (const hidden of ['Draft survey about crisis care', 'Closed survey about wards', 'Survey that opens next year', 'Survey that closed last year']) {
      assert.equal(queryByRole(page.document.body, 'link', { name: hidden }), null, hidden);
    }
    const carers = itemNamed(page, 'Carers survey');
    assert.equal(detail(carers, 'Closing date'), '31 March 2099');
    assert.equal(detail(carers, 'Easy Read'), 'No Easy Read version');
    assert.equal(detail(carers, 'Who it is for'), 'Carers and family members');
    assert.equal(detail(carers, 'Time it takes'), 'About 5 minutes');
    const titles = getAllByRole(page.document.body, 'heading', { level: 3 }).map((h) => text(h));
    assert.ok(titles.indexOf('Survey: Carers survey') < titles.indexOf(`Survey: ${DEMO_SURVEY}`), 'the one closing soonest comes first');
    // the demo survey, the carers survey and the demo's crisis plan open for comment
    getByRole(page.document.body, 'heading', { level: 2, name: '3 things open now' });
  });

  test('/surveys is not a 404: it goes to the open surveys', async () => {
    const agent = new Agent(t.app);
    const res = await agent.get('/surveys');
    assert.equal(res.status, 302);
    assert.equal(res.location, '/have-your-say?kind=survey');
    const page = await agent.get(res.location!);
    assert.equal((getByRole(page.document.body, 'checkbox', { name: 'Surveys' }) as HTMLInputElement).checked, true);
    getByRole(page.document.body, 'link', { name: DEMO_SURVEY });
  });

  test('filters by what it is and who it is for work without JavaScript (a GET form); nonsense is ignored', async () => {
    // a later module (a consultation for staff) plugs into the same hook
    const consultation: OpenItem = {
      kind: 'consultation', kindText: 'Consultation', kindTextPlural: 'Consultations', title: 'Draft workforce plan', href: '/consultations/x',
      description: 'Comment on the draft plan.', audienceText: 'Staff', audiences: ['staff'], closesOn: '2099-01-31', easyRead: false, takes: null, programmeId: null, phaseId: null,
    };
    t.ctx.openItemSources.push({ moduleId: 'consultations', list: async () => [consultation] });
    try {
      const agent = new Agent(t.app);
      const all = await agent.get('/have-your-say');
      const form = getByRole(all.document.body, 'button', { name: 'Apply filters' }).closest('form')!;
      assert.equal(form.getAttribute('method'), 'get');
      getByRole(all.document.body, 'group', { name: 'What it is' });
      getByRole(all.document.body, 'group', { name: 'Who it is for' });
      getByRole(all.document.body, 'checkbox', { name: 'Consultations' });
      assert.equal(detail(itemNamed(all, 'Draft workforce plan'), 'Time it takes'), 'It depends on how much you want to say');

      assert.equal(form.getAttribute('action'), '/have-your-say');
      const staffBox = getByRole(form, 'checkbox', { name: 'Health and social care staff' }) as HTMLInputElement;
      // what the browser sends when the box is ticked and the form submitted
      const staff = await agent.get(`/have-your-say?${staffBox.name}=${staffBox.value}`);
      getByRole(staff.document.body, 'link', { name: 'Draft workforce plan' });
      getByRole(staff.document.body, 'link', { name: DEMO_SURVEY }); // surveys are for anyone
      assert.equal((getByRole(staff.document.body, 'checkbox', { name: 'Health and social care staff' }) as HTMLInputElement).checked, true);
      getByRole(staff.document.body, 'link', { name: 'Clear filters' });

      const publicOnly = await agent.get('/have-your-say?audience=public');
      assert.equal(queryByRole(publicOnly.document.body, 'link', { name: 'Draft workforce plan' }), null, 'a staff consultation is not for the public');
      getByRole(publicOnly.document.body, 'link', { name: 'Carers survey' });

      const consultations = await agent.get('/have-your-say?kind=consultation');
      assert.deepEqual(getAllByRole(consultations.document.body, 'heading', { level: 3 }).map((h) => text(h)).sort(), ['Consultation: Draft workforce plan', 'Consultation: Pillar 4 in practice: our draft plan for support in a crisis']);

      const none = await agent.get('/have-your-say?kind=consultation&audience=community');
      getByRole(none.document.body, 'heading', { name: 'Nothing open matches your filters' });
      assert.match(text(none.document.body), /4 things are open now/);

      const nonsense = await agent.get('/have-your-say?kind=<script>&audience=everyone&audience[]=x');
      assert.equal(nonsense.status, 200);
      getByRole(nonsense.document.body, 'heading', { level: 2, name: '4 things open now' });
      assert.equal(queryByRole(nonsense.document.body, 'link', { name: 'Clear filters' }), null);
    } finally {
      t.ctx.openItemSources.pop();
    }
  });
});
