// Story: responses reach a survey by other routes: a facilitator enters a paper response, and an organisation's
// representative responds on behalf of the group they support (JavaScript on and off). axe runs on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildOrganisation, buildUser } from '../../accounts/testing/factories.ts';
import { buildSurvey } from '../testing/factories.ts';


let j: Journey;
let surveyId: string;
before(async () => {
  j = await startJourney();
  surveyId = (await buildSurvey(j.t.ctx)).id;
});
after(() => j.close());

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('a facilitator enters a paper response', async () => {
      const facilitator = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
      const page = await openPage(j, js);
      await signIn(page, facilitator.email!);
      await visit(page, `/admin/surveys/${surveyId}`);
      await press(page, 'Enter a paper, phone or assisted response', 'link');
      await page.getByLabel('On paper').check();
      await page.getByLabel('An individual').check();
      await press(page, 'Start entering the response');
      await page.getByLabel('Easy Read version').check();
      await press(page, 'Continue');
      await page.getByLabel('I use mental health services, or I used them before').check();
      await press(page, 'Continue');
      await page.getByLabel('Very easy').check();
      await press(page, 'Continue');
      await press(page, 'Continue');
      await press(page, 'Send response');
      await page.getByLabel('No, skip the equality questions').check();
      await press(page, 'Continue');
      await page.getByRole('link', { name: 'Enter another response' }).waitFor();
      const { rows } = await j.t.db.query<{ channel: string; variant: string }>(`SELECT channel, variant FROM survey_responses WHERE entered_by = $1`, [facilitator.id]);
      assert.deepEqual(rows, [{ channel: 'paper', variant: 'easy-read' }]);
      await page.context().close();
    });

    test('an organisation representative responds on behalf of a group', async () => {
      const rep = await buildUser(j.t.ctx);
      await buildOrganisation(j.t.ctx, `Advocacy group ${js ? 'A' : 'B'}`, [rep.id]);
      const page = await openPage(j, js);
      await signIn(page, rep.email!);
      await visit(page, `/surveys/${surveyId}`);
      await press(page, 'Respond on behalf of an organisation or group');
      await page.getByLabel('Standard version').check();
      await press(page, 'Continue');
      await page.getByLabel('Which organisation or group are you responding for?').selectOption({ label: `Advocacy group ${js ? 'A' : 'B'}` });
      await page.getByLabel('Focus group').check();
      await page.getByLabel('How many people does this response represent?').fill('12');
      await page.getByLabel('Who are they?').fill('Adults with a learning disability');
      await page.getByLabel(/agreed to us sharing them/).check();
      await press(page, 'Continue');
      await page.getByLabel('Difficult').check();
      await press(page, 'Continue');
      await page.getByLabel('Not knowing where to go').check();
      await press(page, 'Continue');
      await press(page, 'Continue');
      await page.getByText('About the organisation').waitFor();
      await press(page, 'Send response');
      await page.getByRole('heading', { name: 'Response sent' }).waitFor();
      const { rows } = await j.t.db.query<{ kind: string; represents_count: number }>(`SELECT kind, represents_count FROM survey_responses WHERE user_id = $1`, [rep.id]);
      assert.deepEqual(rows, [{ kind: 'organisation', represents_count: 12 }]);
      await page.context().close();
    });
  });
}
