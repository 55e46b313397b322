// Story: Draft 1 of the strategy is out and people have commented on Pillar 4. A facilitator starts Draft 2, takes a
// sentence out of Pillar 4 and adds one, records the decision behind the change and links the comment that asked
// for it, and publishes Draft 2. A member of the public then opens Pillar 4 and sees what changed since Draft 1
// (added and removed words marked, and said to screen readers) and what people said and what was decided, with the
// comment behind it. JavaScript on and off; axe on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { addComment } from '../../../capabilities/comments/index.ts';
import { buildConsultation } from '../testing/factories.ts';

const PILLAR_4 = 'Pillar 4: Support in crisis';
const KEPT = 'A crisis line will answer day and night.';
const VISIT = 'We will aim to visit you at home within 4 hours.';
const REMOVED = 'Most visits will be on the same day.';
const ADDED = 'An interpreter will join the call if you need one.';
const ASKED = 'Please have interpreters on the crisis line. My mum could not explain what was wrong.';
const OTHER = 'The safe place should be open at weekends too.';

let j: Journey;
let facilitator: string;
before(async () => {
  j = await startJourney();
  facilitator = (await buildUser(j.t.ctx, { name: 'Fola Facilitator', roles: ['participant', 'facilitator'] })).email!;
});
after(() => j.close());

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a facilitator publishes Draft 2 with a decision, and the public sees what changed in Pillar 4 and why', async () => {
      const c = await buildConsultation(j.t.ctx, {
        title: `Our draft strategy (${js ? 'A' : 'B'})`,
        sections: [
          { heading: 'Pillar 1: Prevention and wellbeing', body: 'We will help people stay well.' },
          { heading: PILLAR_4, body: `${KEPT}\n\n${VISIT} ${REMOVED}\n\nA safe place to go when you cannot stay at home.` },
        ],
      });
      const crisis = c.sectionIds[1]!;
      for (const [body, displayName] of [[ASKED, 'Daniela'], [OTHER, 'Sam']] as const) {
        await addComment(j.t.db, { resourceType: 'consultation-section', resourceId: crisis, scopeId: c.id, body, displayName, anonymous: false, role: 'carer', moderation: 'post', tags: { versionId: c.versionId } });
      }

      const admin = await openPage(j, js);
      await signIn(admin, facilitator);
      await visit(admin, `/admin/consultations/${c.id}`);
      await press(admin, 'Start the next version');
      assert.match(await admin.locator('main').innerText(), /Draft 2 started as a copy of Draft 1/);
      await admin.getByRole('heading', { name: 'Draft 2 (being written)' }).waitFor();

      // take a sentence out and add one
      await press(admin, PILLAR_4, 'link');
      await admin.getByRole('heading', { level: 1, name: 'Change section' }).waitFor();
      const text = admin.getByLabel('Text', { exact: true });
      const body = await text.inputValue();
      assert.ok(body.includes(` ${REMOVED}`), 'the copy has Draft 1 text');
      await text.fill(body.replace(` ${REMOVED}`, '').replace(KEPT, `${KEPT} ${ADDED}`));
      await press(admin, 'Save section');

      // the decision behind the change, and the comment that asked for it
      await press(admin, 'Decisions', 'link');
      await press(admin, /^Add a decision for this section\s*: Pillar 4: Support in crisis$/, 'link');
      assert.equal(await admin.getByLabel('Section').locator('option:checked').innerText(), PILLAR_4);
      assert.equal(await admin.getByLabel('Version').locator('option:checked').innerText(), 'Draft 2');
      await admin.getByLabel('What people said').fill('Interpreters on the crisis line');
      await admin.getByLabel('Changed as suggested').check();
      await admin.getByLabel('Reason').fill('People told us they could not explain what was wrong without help. The crisis line will now bring in an interpreter.');
      await press(admin, 'Save decision');
      await admin.getByRole('heading', { level: 1, name: 'Comments behind this decision' }).waitFor();
      await admin.getByLabel(ASKED).check();
      await press(admin, 'Save linked comments');
      assert.match(await admin.locator('main').innerText(), /Linked\s+1 comment/);

      await visit(admin, `/admin/consultations/${c.id}`);
      await press(admin, 'Publish Draft 2'); // a link that looks like a button (role="button")
      await admin.getByText('I have checked Draft 2 and want to publish it').check();
      await press(admin, 'Publish Draft 2');
      assert.match(await admin.locator('main').innerText(), /Draft 2 is published/);
      await admin.context().close();

      // a member of the public, not signed in
      const page = await openPage(j, js);
      await visit(page, `/consultations/${c.id}`);
      assert.match(await page.getByRole('listitem').filter({ hasText: PILLAR_4 }).innerText(), /Changed in Draft 2/);
      await press(page, PILLAR_4, 'link');
      await page.getByRole('heading', { level: 2, name: 'What changed in this section since Draft 1' }).waitFor();
      const added = page.locator('.app-diff ins');
      const removed = page.locator('.app-diff del');
      assert.equal(await added.count(), 1);
      assert.equal(await removed.count(), 1);
      assert.equal(normalise(await added.textContent() ?? ''), `Added: ${ADDED} (end of added text)`);
      assert.equal(normalise(await removed.textContent() ?? ''), `Removed: ${REMOVED} (end of removed text)`);
      assert.equal(await added.locator('.nhsuk-u-visually-hidden').first().textContent(), 'Added: ', 'screen readers hear that the words were added');
      assert.equal(await removed.locator('.nhsuk-u-visually-hidden').first().textContent(), 'Removed: ', 'screen readers hear that the words were removed');
      const hiddenBox = await added.locator('.nhsuk-u-visually-hidden').first().boundingBox();
      assert.ok(hiddenBox && hiddenBox.width <= 1 && hiddenBox.height <= 1, '"Added:" is for screen readers, not shown on screen');
      const diff = normalise(await page.locator('.app-diff').textContent() ?? '');
      assert.ok(diff.includes(`${KEPT} Added: ${ADDED} (end of added text)`), 'the added sentence is shown where it was added');
      assert.ok(diff.includes(`${VISIT} Removed: ${REMOVED} (end of removed text)`), 'the removed sentence is shown where it was');

      await page.getByRole('heading', { level: 2, name: 'What people said and what we decided' }).waitFor();
      const decision = page.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { name: 'Interpreters on the crisis line' }) });
      assert.match(await decision.innerText(), /Changed as suggested\. People told us they could not explain what was wrong without help\./);
      await decision.getByText('The 1 comment behind this decision').click();
      const behind = await decision.getByRole('listitem').innerText();
      assert.match(behind, /Daniela, a carer, family member or friend, \d{1,2} \w+ \d{4}: “Please have interpreters on the crisis line\./);
      assert.doesNotMatch(await decision.innerText(), /open at weekends/, 'a comment not linked is not behind the decision');
      await page.context().close();
    });
  });
}
