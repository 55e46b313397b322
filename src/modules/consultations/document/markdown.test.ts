// The safe Markdown subset: what a section body looks like to the person reading it (found by role and name), that
// typed HTML and unsafe links stay text, and the plain text used to pick and check quoted passages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { getAllByRole, getByRole, queryAllByRole, within } from '@testing-library/dom';
import { paragraphsOf, plainText, quoteOccurs, renderMarkdown } from './markdown.ts';

const page = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

describe('renderMarkdown', () => {
  test('paragraphs, emphasis, strong and code', () => {
    const body = page(renderMarkdown('We will **open** a *crisis* café.\n\nCall `111` and choose option 2.'));
    const paragraphs = body.querySelectorAll('p');
    assert.equal(paragraphs.length, 2);
    assert.equal(paragraphs[0].querySelector('strong')?.textContent, 'open');
    assert.equal(paragraphs[0].querySelector('em')?.textContent, 'crisis');
    assert.equal(paragraphs[1].querySelector('code')?.textContent, '111');
    assert.equal(paragraphs[1].textContent, 'Call 111 and choose option 2.');
  });

  test('headings move down a level so the page keeps one h1, and stop at h6', () => {
    const source = '# Pillar 4\n\n## Support in crisis\n\n###### Deepest';
    const body = page(renderMarkdown(source));
    assert.equal(queryAllByRole(body, 'heading', { level: 1 }).length, 0);
    assert.ok(getByRole(body, 'heading', { level: 2, name: 'Pillar 4' }));
    assert.ok(getByRole(body, 'heading', { level: 3, name: 'Support in crisis' }));
    assert.ok(getByRole(body, 'heading', { level: 6, name: 'Deepest' }), 'clamped at h6');

    const moreOffset = page(renderMarkdown(source, { headingOffset: 2 }));
    assert.ok(getByRole(moreOffset, 'heading', { level: 3, name: 'Pillar 4' }));
    assert.ok(getByRole(moreOffset, 'heading', { level: 4, name: 'Support in crisis' }));

    const noOffset = page(renderMarkdown(source, { headingOffset: 0 }));
    assert.equal(queryAllByRole(noOffset, 'heading', { level: 1 }).length, 0, 'never an h1, even with no offset');
    assert.ok(getByRole(noOffset, 'heading', { level: 2, name: 'Support in crisis' }));
  });

  test('bulleted and numbered lists get the NHS list classes', () => {
    const body = page(renderMarkdown('- Talking therapies\n- Peer support\n\n1. Call 111\n2. Choose option 2'));
    const lists = getAllByRole(body, 'list');
    assert.equal(lists.length, 2);
    assert.equal(lists[0].tagName, 'UL');
    assert.equal(lists[0].className, 'nhsuk-list nhsuk-list--bullet');
    assert.deepEqual(within(lists[0]).getAllByRole('listitem').map((li) => li.textContent), ['Talking therapies', 'Peer support']);
    assert.equal(lists[1].tagName, 'OL');
    assert.equal(lists[1].className, 'nhsuk-list nhsuk-list--number');
    assert.deepEqual(within(lists[1]).getAllByRole('listitem').map((li) => li.textContent), ['Call 111', 'Choose option 2']);
  });

  test('links to the web, email and this site are links; external ones send no referrer', () => {
    const body = page(renderMarkdown('[NHS](https://www.nhs.uk/mental-health/) [Email us](mailto:engage@example.nhs.uk) [Events](/events) [Plain](http://example.org)'));
    const nhs = getByRole(body, 'link', { name: 'NHS' });
    assert.equal(nhs.getAttribute('href'), 'https://www.nhs.uk/mental-health/');
    assert.equal(nhs.getAttribute('rel'), 'noreferrer');
    assert.equal(getByRole(body, 'link', { name: 'Email us' }).getAttribute('href'), 'mailto:engage@example.nhs.uk');
    const events = getByRole(body, 'link', { name: 'Events' });
    assert.equal(events.getAttribute('href'), '/events');
    assert.equal(events.getAttribute('rel'), null);
    assert.equal(getByRole(body, 'link', { name: 'Plain' }).getAttribute('rel'), 'noreferrer');
  });

  test('javascript:, data:, protocol-relative and other links are shown as their text only', () => {
    const sources = [
      '[Click me](javascript:alert(1))',
      '[Click me](JavaScript:alert(1))',
      '[Click me](javascript&#58;alert(1))',
      '[Click me](data:text/html,<script>alert(1)</script>)',
      '[Click me](vbscript:msgbox)',
      '[Click me](//evil.example/x)',
      '[Click me](relative/page)',
      '<javascript:alert(1)>',
      '[Click me][ref]\n\n[ref]: javascript:alert(1)',
    ];
    for (const source of sources) {
      const html = renderMarkdown(source);
      const body = page(html);
      assert.equal(queryAllByRole(body, 'link').length, 0, source);
      assert.equal(body.querySelectorAll('[href]').length, 0, source);
      assert.doesNotMatch(html, /<a\b/, source);
    }
    assert.equal(page(renderMarkdown('[Click me](javascript:alert(1))')).textContent?.trim(), 'Click me');
    // a backslash after the slash is percent-encoded, so the link stays a path on this site
    assert.equal(getByRole(page(renderMarkdown('[Here](/\\evil.example)')), 'link', { name: 'Here' }).getAttribute('href'), '/%5Cevil.example');
  });

  test('HTML typed in Markdown comes out as text', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> <b>bold</b>\n\n<div onclick="x()">block</div>');
    const body = page(html);
    assert.equal(body.querySelectorAll('script, img, b, div, [onerror], [onclick]').length, 0);
    assert.match(body.textContent ?? '', /<script>alert\(1\)<\/script>/);
    assert.match(body.textContent ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.match(html, /&lt;script&gt;/);
  });

  test('pictures are not shown: their alt text is', () => {
    const body = page(renderMarkdown('Before ![A crisis café](https://example.org/x.png "title") after\n\n![<b>x</b>](x.png)'));
    assert.equal(body.querySelectorAll('img, b').length, 0);
    assert.equal(body.querySelector('p')?.textContent, 'Before A crisis café after');
    assert.equal(body.querySelectorAll('p')[1].textContent, '<b>x</b>');
  });

  test('tables get the NHS classes in a scroll box named by their columns', () => {
    const body = page(renderMarkdown('| Service | Hours |\n| --- | ---: |\n| Crisis line | 24 hours |\n| Café | 6pm to 11pm |'));
    const table = getByRole(body, 'table');
    assert.equal(table.className, 'nhsuk-table');
    assert.equal(table.querySelector('thead')?.className, 'nhsuk-table__head');
    assert.deepEqual(within(table).getAllByRole('columnheader').map((th) => [th.textContent, th.className, th.getAttribute('scope')]), [
      ['Service', 'nhsuk-table__header', 'col'],
      ['Hours', 'nhsuk-table__header nhsuk-u-text-align-right', 'col'],
    ]);
    const rows = within(table).getAllByRole('row');
    assert.equal(rows.length, 3);
    for (const row of rows) assert.equal(row.className, 'nhsuk-table__row');
    assert.deepEqual(within(rows[1]).getAllByRole('cell').map((td) => [td.textContent, td.className]), [
      ['Crisis line', 'nhsuk-table__cell'],
      ['24 hours', 'nhsuk-table__cell nhsuk-u-text-align-right'],
    ]);
    const region = getByRole(body, 'region', { name: 'Table: Service, Hours' });
    assert.equal(region.className, 'nhsuk-scroll__content');
    assert.equal(region.getAttribute('tabindex'), '0');
    assert.ok(region.parentElement?.classList.contains('nhsuk-scroll'));
    assert.ok(region.contains(table));
    assert.equal(body.querySelectorAll('[style]').length, 0, 'alignment by class, not inline style');
  });

  test('a quote is NHS inset text; a rule is a section break', () => {
    const body = page(renderMarkdown('> We want to be seen quickly.\n\n---'));
    const quote = body.querySelector('blockquote');
    assert.equal(quote?.className, 'nhsuk-inset-text');
    assert.equal(quote?.textContent?.trim(), 'We want to be seen quickly.');
    assert.ok(body.querySelector('hr.nhsuk-section-break'));
  });

  test('indented text is a paragraph, not code; strikethrough is not part of the subset', () => {
    const body = page(renderMarkdown('    Indented text from a pasted document\n\n~~not struck~~'));
    assert.equal(body.querySelectorAll('pre, code, s, del').length, 0);
    assert.equal(body.querySelectorAll('p')[0].textContent, 'Indented text from a pasted document');
  });
});

describe('paragraphsOf, plainText and quoteOccurs', () => {
  const body = [
    '# Support in crisis',
    '',
    'We will open **crisis cafés** in each borough. See [the plan](https://example.org).',
    '',
    '- A 24-hour phone line',
    '- Peer support',
    '',
    '| Service | Hours |',
    '| --- | --- |',
    '| Crisis café | 6pm to 11pm |',
  ].join('\n');

  test('the readable blocks in order, as plain text, numbered from 1', () => {
    assert.deepEqual(paragraphsOf(body), [
      { n: 1, text: 'Support in crisis' },
      { n: 2, text: 'We will open crisis cafés in each borough. See the plan.' },
      { n: 3, text: 'A 24-hour phone line' },
      { n: 4, text: 'Peer support' },
      { n: 5, text: 'Service | Hours' },
      { n: 6, text: 'Crisis café | 6pm to 11pm' },
    ]);
    assert.deepEqual(paragraphsOf(''), []);
  });

  test('the whole body as plain text, without Markdown syntax', () => {
    const text = plainText(body);
    assert.equal(text.split('\n\n').length, 6);
    assert.doesNotMatch(text, /[*#[\]]|https:/);
    assert.match(text, /^Support in crisis\n\nWe will open crisis cafés/);
  });

  test('a quoted passage is found whatever its case, spacing or quote marks, across blocks and cells', () => {
    assert.equal(quoteOccurs(body, 'open crisis cafés in each borough'), true);
    assert.equal(quoteOccurs(body, '  OPEN   crisis\ncafés  '), true);
    assert.equal(quoteOccurs(body, 'each borough. See the plan. A 24-hour phone line'), true, 'across blocks');
    assert.equal(quoteOccurs(body, 'Crisis café\t6pm to 11pm'), true, 'across table cells, as a browser copies them');
    assert.equal(quoteOccurs("We don't want to wait.", 'We don\u2019t want'), true, 'curly apostrophe');
    assert.equal(quoteOccurs(body, 'close the crisis cafés'), false);
    assert.equal(quoteOccurs(body, '**crisis cafés**'), false, 'compared with the text, not the Markdown');
    assert.equal(quoteOccurs(body, '   '), false);
  });
});
