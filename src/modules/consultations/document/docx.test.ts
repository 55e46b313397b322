// Importing a draft from Word: documents built in the test (testing/docx.ts) split into sections at their top
// heading level, with bodies as the safe Markdown subset, and every bad file refused with the form's message.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocx, notADocx, passwordProtectedLike, type DocxBlock } from '../testing/docx.ts';
import { importDocx, type ImportResult } from './docx.ts';
import { paragraphsOf, renderMarkdown } from './markdown.ts';

const PILLARS = [
  'Prevention and wellbeing',
  'Clear routes into and through services',
  'Mental health in primary care',
  'Support in crisis',
  'Effective in-patient care',
  'Integrated working',
];

function ok(result: ImportResult) {
  if (!result.ok) assert.fail(`expected the import to work, got: ${result.error}`);
  return result;
}

async function errorOf(file: Buffer | Promise<Buffer>, options?: Parameters<typeof importDocx>[1]): Promise<string> {
  const result = await importDocx(await file, options);
  if (result.ok) assert.fail('expected the import to be refused');
  return result.error;
}

describe('importDocx: a draft strategy in six Heading 1 sections', () => {
  const blocks: DocxBlock[] = [
    { title: 'Our mental health strategy: draft 1' },
    { p: 'This draft is for comment until **31 January**.' },
  ];
  for (const [i, pillar] of PILLARS.entries()) {
    blocks.push({ heading: `Pillar ${i + 1}: ${pillar}` }, { p: `What we will do for pillar ${i + 1}.` });
  }
  // Pillar 4 gets a bit of everything
  blocks.splice(
    blocks.findIndex((b) => 'heading' in b && b.heading.startsWith('Pillar 5')),
    0,
    { p: 'We will open **crisis cafés** and *train* staff. See [the NHS page](https://www.nhs.uk/mental-health/).' },
    { list: ['A phone line open all night', 'Peer support', 'Run by people with lived experience'], levels: [0, 0, 1] },
    { heading: 'What you told us', level: 2 },
    { list: ['Call 111', 'Choose option 2'], ordered: true },
    { table: [['Service', 'Hours'], ['Crisis café', '6pm to 11pm'], ['Phone | text line', '24 hours']] },
  );

  test('six sections, in order, each with its body; the intro and the title kept apart', async () => {
    const result = ok(await importDocx(await buildDocx(blocks)));
    assert.deepEqual(
      result.sections.map((s) => s.heading),
      PILLARS.map((p, i) => `Pillar ${i + 1}: ${p}`),
    );
    assert.equal(result.sections[0].body, 'What we will do for pillar 1.');
    assert.equal(result.intro, 'This draft is for comment until **31 January**.');
    assert.equal(result.title, 'Our mental health strategy: draft 1');
    assert.deepEqual(result.warnings, []);
  });

  test('lists, a sub-heading, a table, bold and a link become Markdown', async () => {
    const result = ok(await importDocx(await buildDocx(blocks)));
    assert.equal(
      result.sections[3].body,
      [
        'What we will do for pillar 4.',
        '',
        'We will open **crisis cafés** and *train* staff. See [the NHS page](https://www.nhs.uk/mental-health/).',
        '',
        '- A phone line open all night',
        '- Peer support',
        '  - Run by people with lived experience',
        '',
        '## What you told us',
        '',
        '1. Call 111',
        '2. Choose option 2',
        '',
        '| Service | Hours |',
        '| --- | --- |',
        '| Crisis café | 6pm to 11pm |',
        '| Phone \\| text line | 24 hours |',
      ].join('\n'),
    );
    const html = renderMarkdown(result.sections[3].body, { headingOffset: 0 });
    assert.match(html, /<h2>What you told us<\/h2>/);
    assert.match(html, /<td class="nhsuk-table__cell">Phone \| text line<\/td>/);
    assert.match(html, /<ul class="nhsuk-list nhsuk-list--bullet">\n<li>Run by people with lived experience<\/li>/);
  });
});

test('a document with Heading 2s only splits at those, and keeps Heading 3s inside as ##', async () => {
  const result = ok(
    await importDocx(
      await buildDocx([
        { heading: 'Support in crisis', level: 2 },
        { p: 'Crisis cafés.' },
        { heading: 'Why', level: 3 },
        { p: 'You asked for somewhere to go.' },
        { heading: 'In-patient care', level: 2 },
        { p: 'Fewer moves between wards.' },
      ]),
    ),
  );
  assert.deepEqual(result.sections, [
    { heading: 'Support in crisis', body: 'Crisis cafés.\n\n## Why\n\nYou asked for somewhere to go.' },
    { heading: 'In-patient care', body: 'Fewer moves between wards.' },
  ]);
  assert.equal(result.intro, '');
});

test('text in Word that looks like Markdown or HTML stays as it was typed', async () => {
  const typed = ['1. Not a list', '# Not a heading', '- Not a bullet', '<script>alert(1)</script> & a|b [x](y) `code` &amp; ~~z~~ _w_'];
  const result = ok(
    await importDocx(await buildDocx([{ heading: 'Section' }, ...typed.map((p) => ({ p: p.replace(/[[\]]/g, (c) => c + '\u200b') })), { p: 'A [link](javascript:void) in Word' }])),
  );
  assert.deepEqual(
    paragraphsOf(result.sections[0].body).map((p) => p.text.replace(/\u200b/g, '')),
    [...typed, 'A link in Word'],
  );
  const html = renderMarkdown(result.sections[0].body);
  assert.doesNotMatch(html, /<script|<h2|<ol|<ul|<a |<code|<em/);
});

test('a line break inside a paragraph is a Markdown hard break', async () => {
  const result = ok(await importDocx(await buildDocx([{ heading: 'Section' }, { p: 'Line one\n1. line two\n' }])));
  assert.equal(result.sections[0].body, 'Line one\\\n1\\. line two');
  assert.equal(renderMarkdown(result.sections[0].body), '<p>Line one<br>\n1. line two</p>\n');
});

test('pictures are left out with a warning that says how many', async () => {
  const one = ok(await importDocx(await buildDocx([{ heading: 'Section' }, { image: true, alt: 'A café' }, { p: 'Text.' }])));
  assert.equal(one.sections[0].body, 'Text.');
  assert.deepEqual(one.warnings, ['The document has 1 picture. It was left out: add Easy Read pictures to each section after the import']);
  const two = ok(await importDocx(await buildDocx([{ image: true }, { heading: 'Section' }, { image: true }])));
  assert.deepEqual(two.warnings, ['The document has 2 pictures. They were left out: add Easy Read pictures to each section after the import']);
});

test('a heading longer than 200 characters is shortened, with a warning', async () => {
  const long = `Support in crisis ${'and more words '.repeat(20)}`.trim();
  const result = ok(await importDocx(await buildDocx([{ heading: 'Short' }, { heading: long }])));
  const heading = result.sections[1].heading;
  assert.ok(heading.length <= 200, `${heading.length} characters`);
  assert.ok(long.startsWith(heading));
  assert.equal(result.sections[0].heading, 'Short');
  assert.deepEqual(result.warnings, ['The heading of section 2 was longer than 200 characters. It was shortened: check it before you save']);
});

describe('importDocx refuses bad files with a message for the form', () => {
  test('an empty file', async () => {
    assert.equal(await errorOf(Buffer.alloc(0)), 'The selected file is empty');
  });

  test('a file bigger than 5 MB, or than the limit given', async () => {
    assert.equal(await errorOf(Buffer.alloc(5 * 1024 * 1024 + 1, 1)), 'The selected file must be smaller than 5 MB');
    const small = await buildDocx([{ heading: 'Section' }]);
    assert.equal(ok(await importDocx(small, { maxBytes: small.length })).sections.length, 1, 'a file of exactly the limit is accepted');
    assert.equal(await errorOf(small, { maxBytes: small.length - 1 }), `The selected file must be smaller than ${((small.length - 1) / 1024 / 1024).toFixed(1)} MB`);
    assert.equal(await errorOf(Buffer.alloc(1024 * 1024 + 1, 1), { maxBytes: 1024 * 1024 }), 'The selected file must be smaller than 1 MB');
  });

  test('a password-protected file or an old .doc (an OLE compound file)', async () => {
    assert.equal(
      await errorOf(passwordProtectedLike()),
      'The selected file is password-protected or an old Word format. Remove the password, or save it as a Word document (.docx), and upload it again',
    );
  });

  test('not a zip, or a zip that is not a Word document', async () => {
    const message = 'The selected file must be a Word document (.docx)';
    assert.equal(await errorOf(Buffer.from('%PDF-1.7 not a Word document')), message);
    assert.equal(await errorOf(notADocx()), message);
    assert.equal(await errorOf(Buffer.from('PK\u0003\u0004 cut short')), message);
  });

  test('a zip that says it unpacks to far more than a document needs', async () => {
    const file = await buildDocx([{ heading: 'Section' }]);
    const central = file.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    file.writeUInt32LE(0xfffffff0, central + 24);
    assert.equal(
      await errorOf(file),
      'The selected file could not be read. Open it in Word, save it as a Word document (.docx) and upload it again',
    );
  });

  test('a document with no headings', async () => {
    assert.equal(
      await errorOf(buildDocx([{ p: 'Just a paragraph.' }, { list: ['and a list'] }])),
      "The document has no headings. Use Word's Heading 1 style for each section title and upload it again",
    );
  });

  test('more than 60 sections, or than the limit given', async () => {
    const sections = (n: number) => Array.from({ length: n }, (_, i): DocxBlock => ({ heading: `Section ${i + 1}` }));
    assert.equal(await errorOf(buildDocx(sections(61))), 'The document has more than 60 sections. Split it into smaller documents');
    assert.equal(ok(await importDocx(await buildDocx(sections(60)))).sections.length, 60);
    assert.equal(await errorOf(buildDocx(sections(4)), { maxSections: 3 }), 'The document has more than 3 sections. Split it into smaller documents');
  });
});
