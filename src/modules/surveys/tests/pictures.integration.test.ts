// Authors upload their own Easy Read pictures (PNG, JPG, SVG): checked by content, cleaned, stored, served safely,
// picked for questions, options and pages, and kept while a survey uses them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import sharp from 'sharp';
import { Agent, buildTestApp, text, type TestApp, type UploadFile } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { getQuestionnaire, listUploadedPictures, uploadedPictureFile } from '../../../capabilities/questionnaires/index.ts';
import { buildSurvey } from '../testing/factories.ts';
import { errorSummary, notificationBanner } from '../../../../tests/support/find.ts';

let t: TestApp;
let facilitator: Agent;
before(async () => {
  t = await buildTestApp();
  facilitator = (await signedInAgent(t, ['facilitator'])).agent;
});
after(() => t.close());

const NEW = '/admin/surveys/pictures/new';
const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#005eb8' } }).png().toBuffer();
const file = (filename: string, data: Buffer, type?: string): { file: UploadFile } => ({ file: { filename, data, type } });
// the picture library as the capability stores it, with each picture's stored bytes
const rows = async () => Promise.all((await listUploadedPictures(t.db)).map(async (p) => ({ ...p, data: (await uploadedPictureFile(t.db, p.id))!.data })));
const byName = async (name: string) => (await rows()).find((r) => r.name === name);

async function upload(name: string, f: { file: UploadFile }, alt = `A picture called ${name}`) {
  return facilitator.submitWithFiles(NEW, { name, alt }, f);
}

describe('uploading a picture', () => {
  test('a large PNG is stored at most 800 pixels wide, served as PNG, and listed in the library', async () => {
    const res = await upload('Ward entrance', file('ward.png', await png(3000, 1500), 'image/png'), 'The front door of the ward');
    assert.equal(res.status, 303);
    assert.equal(res.location, '/admin/surveys/pictures');
    const row = (await byName('Ward entrance'))!;
    assert.deepEqual({ type: row.media_type, width: row.width, height: row.height, alt: row.alt }, { type: 'image/png', width: 800, height: 400, alt: 'The front door of the ward' });

    const library = await facilitator.follow(res);
    assert.match(text(notificationBanner(library.document)), /Picture uploaded: Ward entrance/);
    const img = getByRole(library.document.body, 'img', { name: 'The front door of the ward' }) as HTMLImageElement;
    assert.equal(img.getAttribute('src'), `/questionnaires/pictures/uploaded/${row.id}`);
    assert.match(text(img.closest('tr')), /PNG, 800 × 400 pixels/);

    const served = await new Agent(t.app).get(img.getAttribute('src')!);
    assert.equal(served.status, 200);
    assert.equal(served.headers['content-type'], 'image/png');
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(await sharp(served.raw).metadata().then((m) => [m.format, m.width, m.height]), ['png', 800, 400]);
  });

  test('a photo is turned upright and loses its camera and location details', async () => {
    const photo = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#ffb81c' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone 9', Copyright: 'Jane Patient' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    assert.equal((await sharp(photo).metadata()).orientation, 6, 'the test photo has an orientation to apply');
    assert.ok(photo.includes('PhoneMaker') && photo.includes('Jane Patient'), 'the test photo has camera details');
    assert.equal((await upload('Garden photo', file('IMG_0001.JPG', photo, 'image/jpeg'))).status, 303);
    const row = (await byName('Garden photo'))!;
    const stored = Buffer.from(row.data);
    const meta = await sharp(stored).metadata();
    assert.deepEqual({ type: row.media_type, format: meta.format, width: meta.width, height: meta.height }, { type: 'image/jpeg', format: 'jpeg', width: 300, height: 600 });
    assert.equal(meta.exif, undefined);
    assert.equal(stored.includes('PhoneMaker'), false);
    assert.equal(stored.includes('Jane Patient'), false);
  });

  test('an SVG keeps its drawing but loses scripts, event handlers, embedded pages and links to other files', async () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width="100" height="100" onload="alert(1)">
  <script>alert(2)</script>
  <circle cx="50" cy="50" r="40" fill="#007f3b"/>
  <a xlink:href="javascript:alert(3)"><rect width="10" height="10"/></a>
  <image href="https://tracker.example/pixel.png" width="1" height="1"/>
  <foreignObject><iframe src="https://tracker.example/"></iframe></foreignObject>
</svg>`;
    assert.equal((await upload('Green circle', file('circle.svg', Buffer.from(svg), 'image/svg+xml'))).status, 303);
    const row = (await byName('Green circle'))!;
    const stored = Buffer.from(row.data).toString('utf8');
    assert.equal(row.media_type, 'image/svg+xml');
    assert.match(stored, /<circle[^>]*r="40"/);
    for (const gone of ['<script', 'onload', 'javascript:', 'tracker.example', 'foreignObject', 'iframe']) assert.equal(stored.includes(gone), false, `${gone} removed`);
    assert.equal((await sharp(Buffer.from(stored)).metadata()).format, 'svg', 'the cleaned SVG still opens');

    const served = await new Agent(t.app).get(`/questionnaires/pictures/uploaded/${row.id}`);
    assert.equal(served.headers['content-type'], 'image/svg+xml');
    assert.match(String(served.headers['content-security-policy']), /default-src 'none'.*sandbox/);
    assert.equal(served.headers['set-cookie'], undefined, 'no session cookie on a picture');
  });

  test('every problem is explained on the form, keeps what was typed and stores nothing', async () => {
    const before = (await rows()).length;
    const good = await png(40, 40);
    const cases: [string, Record<string, string>, { file: UploadFile }, string, string][] = [
      ['no file chosen', { name: 'Bus stop', alt: 'A bus stop' }, file('', Buffer.alloc(0)), 'file', 'Select a picture'],
      ['an empty file', { name: 'Bus stop', alt: 'A bus stop' }, file('bus.png', Buffer.alloc(0), 'image/png'), 'file', 'The selected file is empty'],
      ['a text file called .png', { name: 'Bus stop', alt: 'A bus stop' }, file('bus.png', Buffer.from('not a picture at all'), 'image/png'), 'file', 'The selected file must be a PNG, JPG or SVG'],
      ['a GIF', { name: 'Bus stop', alt: 'A bus stop' }, file('bus.gif', await sharp(good).gif().toBuffer(), 'image/gif'), 'file', 'The selected file must be a PNG, JPG or SVG'],
      ['a broken PNG', { name: 'Bus stop', alt: 'A bus stop' }, file('bus.png', (await png(400, 400)).subarray(0, 120), 'image/png'), 'file', 'The selected file could not be opened. Save it again as a PNG, JPG or SVG and choose it again'],
      ['a file over 10MB', { name: 'Bus stop', alt: 'A bus stop' }, file('big.png', Buffer.concat([good, Buffer.alloc(10 * 1024 * 1024)]), 'image/png'), 'file', 'The selected file must be smaller than 10MB'],
      ['no name', { name: '', alt: 'A bus stop' }, file('bus.png', good, 'image/png'), 'name', 'Enter a name for the picture'],
      ['no description', { name: 'Bus stop', alt: '' }, file('bus.png', good, 'image/png'), 'alt', 'Enter a description of the picture'],
      ['a name already used', { name: 'ward ENTRANCE', alt: 'A door' }, file('bus.png', good, 'image/png'), 'name', 'A picture called ward ENTRANCE already exists. Enter a different name'],
      ['a starter picture name', { name: 'Smile', alt: 'A smile' }, file('bus.png', good, 'image/png'), 'name', 'A picture called Smile already exists. Enter a different name'],
    ];
    for (const [what, fields, f, field, message] of cases) {
      const res = await facilitator.submitWithFiles(NEW, fields, f);
      assert.equal(res.status, 400, what);
      const summary = errorSummary(res.document)!;
      assert.equal(summary.querySelector('a')!.getAttribute('href'), `#${field}`, what);
      assert.equal(text(summary.querySelector('a')), message, what);
      assert.match(text(res.document.getElementById(`${field}-error`)), new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), what);
      assert.equal((res.document.getElementById('name') as HTMLInputElement).value, fields.name, `${what}: name kept`);
      assert.equal((res.document.getElementById('alt') as HTMLInputElement).value, fields.alt, `${what}: description kept`);
    }
    assert.equal((await rows()).length, before);
  });

  test('an upload needs the CSRF token and a facilitator or admin', async () => {
    const before = (await rows()).length;
    const f = file('x.png', await png(20, 20), 'image/png');
    assert.equal((await facilitator.postMultipart(NEW, { name: 'No token', alt: 'x' }, f)).status, 403);

    const guest = new Agent(t.app);
    const guestPost = await guest.postMultipart(NEW, { name: 'Guest', alt: 'x' }, f);
    assert.equal(guestPost.status, 303);
    assert.match(guestPost.location!, /^\/sign-in/);
    const { agent: participant } = await signedInAgent(t, ['participant']);
    assert.equal((await participant.get('/admin/surveys/pictures')).status, 403);
    assert.equal((await participant.get(NEW)).status, 403);
    const token = (await participant.get('/account')).document.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value;
    assert.equal((await participant.postMultipart(NEW, { _csrf: token, name: 'Participant', alt: 'x' }, f)).status, 403);
    assert.equal((await rows()).length, before);

    const { agent: admin } = await signedInAgent(t, ['admin']);
    assert.equal((await admin.get('/admin/surveys/pictures')).status, 200);
    assert.equal((await admin.get(NEW)).status, 200);
  });

  test('a multipart form is refused everywhere else', async () => {
    const res = await facilitator.postMultipart('/admin/surveys/new', { title: 'x' }, file('x.png', await png(20, 20), 'image/png'));
    assert.equal(res.status, 415);
  });
});

describe('using uploaded pictures', () => {
  test('an uploaded picture is picked for a page, a question and options, shows in Easy Read, and cannot be removed while used', async () => {
    assert.equal((await upload('Our cafe', file('cafe.png', await png(200, 120), 'image/png'), 'The cafe at the hospital')).status, 303);
    const cafe = (await byName('Our cafe'))!;
    const survey = await buildSurvey(t.ctx, { definition: { sections: [] }, status: 'draft' });
    const pageForm = await facilitator.get(`/admin/surveys/${survey.id}/pages/new`);
    const select = getByRole(pageForm.document.body, 'combobox', { name: /Easy Read picture/ }) as HTMLSelectElement;
    assert.ok([...select.options].some((o) => o.value === `upload:${cafe.id}` && o.text === 'Uploaded: Our cafe'));

    assert.equal((await facilitator.submit(`/admin/surveys/${survey.id}/pages/new`, { title: 'Food', easyReadTitle: 'Food', intro: 'Questions about food.', easyReadIntro: 'These questions are about food.', picture: `upload:${cafe.id}`, pictureAlt: 'The hospital cafe' })).status, 303);
    const question = {
      type: 'single-choice', label: 'Where do you eat?', easyReadLabel: 'Where do you eat?', required: 'yes',
      options: 'Cafe\nWard', easyReadOptions: 'The cafe\nThe ward', optionPictures: 'our CAFE\nhouse', picture: `upload:${cafe.id}`, pictureAlt: 'A cafe table',
    };
    assert.equal((await facilitator.submit(`/admin/surveys/${survey.id}/pages/p1/questions/new`, question)).status, 303);
    const def = (await getQuestionnaire(t.db, survey.questionnaireId))!.definition;
    assert.deepEqual(def.sections[0]!.picture, { upload: cafe.id, alt: 'The hospital cafe' });
    assert.deepEqual(def.sections[0]!.questions[0]!.picture, { upload: cafe.id, alt: 'A cafe table' });
    assert.deepEqual(def.sections[0]!.questions[0]!.options!.map((o) => o.picture), [{ upload: cafe.id, alt: 'The cafe at the hospital' }, { icon: 'house', alt: 'Home' }]);

    const edit = await facilitator.get(`/admin/surveys/${survey.id}/questions/q1`);
    assert.equal((getByRole(edit.document.body, 'textbox', { name: /Easy Read option pictures/ }) as HTMLTextAreaElement).value, 'Our cafe\nhouse');

    const preview = await facilitator.get(`/admin/surveys/${survey.id}/preview?version=easy-read`);
    const src = `/questionnaires/pictures/uploaded/${cafe.id}`;
    for (const alt of ['The hospital cafe', 'A cafe table', 'The cafe at the hospital']) {
      assert.equal((getByRole(preview.document.body, 'img', { name: alt }) as HTMLImageElement).getAttribute('src'), src, alt);
    }

    const library = await facilitator.get('/admin/surveys/pictures');
    const row = library.document.getElementById(`picture-${cafe.id}`)!;
    assert.match(text(row), /1 survey/);
    assert.equal(row.querySelector('button'), null, 'no Remove button for a picture in use');
    const token = library.document.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value;
    const refused = await facilitator.postRaw(`/admin/surveys/pictures/${cafe.id}/remove`, { _csrf: token });
    assert.equal(refused.status, 409);
    assert.equal(text(errorSummary(refused.document)?.querySelector('a')), 'Our cafe is used in a survey. Pick another picture there before you remove it');
    assert.ok(await byName('Our cafe'));
  });

  test('a wrong picture value is an error on the form, and an unused picture can be removed', async () => {
    const survey = await buildSurvey(t.ctx, { definition: { sections: [] }, status: 'draft' });
    const bad = await facilitator.submit(`/admin/surveys/${survey.id}/pages/new`, { title: 'Food', picture: 'upload:00000000-0000-4000-8000-000000000000', pictureAlt: 'x' });
    assert.equal(bad.status, 400);
    assert.equal(text(errorSummary(bad.document)?.querySelector('a')), 'Select a picture from the list');
    const badOptions = await facilitator.submit(`/admin/surveys/${survey.id}/pages/new`, { title: 'Food' });
    assert.equal(badOptions.status, 303);
    const q = await facilitator.submit(`/admin/surveys/${survey.id}/pages/p1/questions/new`, { type: 'single-choice', label: 'Pick', required: 'yes', options: 'A\nB', optionPictures: 'nothing-called-this\nnone' });
    assert.equal(q.status, 400);
    assert.equal(text(errorSummary(q.document)?.querySelector('a')), 'Easy Read option pictures must be names from the picture list, or none');

    assert.equal((await upload('Spare', file('spare.png', await png(30, 30), 'image/png'))).status, 303);
    const spare = (await byName('Spare'))!;
    const removed = await facilitator.submit('/admin/surveys/pictures', {}, 'Remove Spare');
    assert.equal(removed.status, 303);
    assert.match(text(notificationBanner((await facilitator.follow(removed)).document)), /Picture removed: Spare/);
    assert.equal(await byName('Spare'), undefined);
    assert.equal((await new Agent(t.app).get(`/questionnaires/pictures/uploaded/${spare.id}`)).status, 404);
  });
});
