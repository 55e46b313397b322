// Story: a representative of GYROS signs in, comments on a section of the draft strategy as someone from an
// organisation or group, says GYROS heard these views at a focus group of 23 people and that they agreed to share
// them, checks and sends. The section shows the comment on behalf of GYROS (23 people), and the facilitator finds
// it among the organisations' comments, apart from individuals'. JavaScript on and off; axe on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildOrganisation, buildUser } from '../../accounts/testing/factories.ts';
import { addComment, COMMENT_ROLES } from '../../../capabilities/comments/index.ts';
import { buildConsultation } from '../testing/factories.ts';

const ORGANISATION_ROLE = COMMENT_ROLES.find((r) => r.value === 'organisation')!.text;

let j: Journey;
let representative: string;
let facilitator: string;
before(async () => {
  j = await startJourney();
  const user = await buildUser(j.t.ctx, { name: 'Amira Begum' });
  await buildOrganisation(j.t.ctx, 'GYROS', [user.id]);
  representative = user.email!;
  facilitator = (await buildUser(j.t.ctx, { name: 'Fola Facilitator', roles: ['participant', 'facilitator'] })).email!;
});
after(() => j.close());

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a representative comments on behalf of GYROS and the facilitator sees it among the organisations', async () => {
      const c = await buildConsultation(j.t.ctx, { title: `Draft strategy (${js ? 'A' : 'B'})` });
      const crisis = c.sectionIds[1]!;
      // an individual's comment on the same section, which the organisations' list leaves out
      await addComment(j.t.db, {
        resourceType: 'consultation-section', resourceId: crisis, scopeId: c.id, body: 'I waited all night for a call back.', anonymous: true, role: 'service-user', moderation: 'post', tags: { versionId: c.versionId },
      });
      const comment = 'The families we work with want the crisis line to offer interpreters in Romanian, Polish and Arabic.';

      const page = await openPage(j, js);
      await signIn(page, representative);
      await visit(page, `/consultations/${c.id}`);
      await press(page, 'Pillar 4: Support in crisis', 'link');
      await page.getByLabel('Your comment', { exact: true }).fill(comment);
      await press(page, 'Continue');

      await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
      await page.getByLabel(ORGANISATION_ROLE).check();
      await press(page, 'Continue');

      await page.getByRole('heading', { level: 1, name: "About your organisation's comment" }).waitFor();
      await page.getByLabel('Which organisation or group are you responding for?').selectOption({ label: 'GYROS' });
      await page.getByLabel('Focus group').check();
      await page.getByLabel('How many people does this response represent?').fill('23');
      await page.getByLabel('Who are they?').fill('Parents from Gypsy, Roma and Traveller and new migrant families in Leeds');
      await page.getByLabel(/agreed to us sharing them/).check();
      await press(page, 'Continue');

      await page.getByRole('heading', { level: 1, name: 'Check your comment before sending it' }).waitFor();
      const check = await page.locator('main').innerText();
      assert.match(check, new RegExp(`How you describe yourself\\s+${ORGANISATION_ROLE}`));
      assert.match(check, /On behalf of\s+GYROS \(23 people\)/);
      await press(page, 'Send comment');
      await page.getByRole('heading', { name: 'Thank you for your comment' }).waitFor();
      await press(page, 'See your comment', 'link');

      const shown = page.getByRole('article', { name: 'GYROS' });
      assert.match(await shown.innerText(), /On behalf of GYROS \(23 people\)/);
      assert.match(await shown.innerText(), /interpreters in Romanian, Polish and Arabic/);
      await page.context().close();

      // the public contents count the organisation's comment apart
      const visitor = await openPage(j, js);
      await visit(visitor, `/consultations/${c.id}`);
      assert.match(await visitor.locator('main').innerText(), /2 comments so far, including 1 comment from organisations on behalf of 23 people/);
      await visitor.context().close();

      const admin = await openPage(j, js);
      await signIn(admin, facilitator);
      await visit(admin, `/admin/consultations/${c.id}/comments?kind=organisation`);
      const cards = admin.locator('.nhsuk-card');
      assert.equal(await cards.count(), 1, 'only the organisation comment is listed');
      const card = await cards.first().innerText();
      assert.match(card, /Pillar 4: Support in crisis/);
      assert.match(card, /GYROS, someone from an organisation or group\s+On behalf of GYROS \(23 people\)/);
      assert.match(card, /interpreters in Romanian, Polish and Arabic/);
      await visit(admin, `/admin/consultations/${c.id}/comments?kind=individual`);
      assert.equal(await admin.locator('.nhsuk-card').count(), 1);
      assert.match(await admin.locator('.nhsuk-card').innerText(), /I waited all night for a call back\./);
      await admin.context().close();
    });
  });
}
