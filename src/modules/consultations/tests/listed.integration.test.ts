// Where consultations are listed: "Have your say" while open (with each section), the programme timeline once
// published (open, closed or concluded, with each section), and nowhere while nothing is published.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { consultationCommentTexts } from '../api.ts';
import { addComment } from '../../../capabilities/comments/index.ts';
import { buildConsultation } from '../testing/factories.ts';

let t: TestApp;
let programmeId: string;
before(async () => {
  t = await buildTestApp();
  const p = await buildProgramme(t.ctx, { title: 'Strategy review' });
  programmeId = p.id;
  const open = await buildConsultation(t.ctx, { title: 'Open draft', programmeId: p.id, phaseId: p.phaseIds[0]!, audiences: ['public'] });
  await buildConsultation(t.ctx, { title: 'Closed draft', programmeId: p.id, phaseId: p.phaseIds[0]!, waves: [{ from: -40, to: -10 }] });
  await buildConsultation(t.ctx, { title: 'Unpublished draft', programmeId: p.id, phaseId: p.phaseIds[0]!, publish: false });
  await addComment(t.db, { resourceType: 'consultation-section', resourceId: open.sectionIds[0]!, scopeId: open.id, body: 'Words for the insight engine', anonymous: true, role: 'public', moderation: 'post' });
});
after(() => t.close());

test('"Have your say" lists the open consultation with its sections, and not the closed or unpublished ones', async () => {
  const page = await new Agent(t.app).get('/have-your-say?kind=consultation');
  const item = getByRole(page.document.body, 'link', { name: 'Open draft' }).closest('li')!;
  assert.match(text(item), /2 sections to read and comment on/);
  getByRole(item as HTMLElement, 'link', { name: 'Pillar 4: Support in crisis' });
  assert.equal(queryByRole(page.document.body, 'link', { name: 'Closed draft' }), null);
  assert.equal(queryByRole(page.document.body, 'link', { name: 'Unpublished draft' }), null);
});

test('the programme timeline shows published consultations with their status and sections', async () => {
  const page = await new Agent(t.app).get(`/programmes/${programmeId}`);
  const closed = getByRole(page.document.body, 'link', { name: 'Closed draft' }).closest('li')! as HTMLElement;
  assert.match(text(closed), /Closed/);
  within(getByRole(closed, 'list', { name: 'Parts of Closed draft' })).getByRole('link', { name: 'Pillar 1: Prevention' });
  assert.equal(queryByRole(page.document.body, 'link', { name: 'Unpublished draft' }), null);
});

test('comment text reaches the insight engine through the api', async () => {
  const texts = await consultationCommentTexts(t.db);
  assert.deepEqual(texts.map((x) => x.body), ['Words for the insight engine']);
});
