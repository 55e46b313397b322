// "What changed in this section": words added and removed inside the paragraph where the change was made, whole
// paragraphs added and removed, what a screen reader hears, escaping, and the per-section summary by stable id.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { diffWords, renderDiff, renderTextDiff, sectionChanges } from './diff.ts';

const page = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
const texts = (body: HTMLElement, selector: string) => [...body.querySelectorAll(selector)].map((el) => el.textContent);
/** What is left once the hidden screen-reader words are taken out: what a sighted reader sees in a mark. */
const visible = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.nhsuk-u-visually-hidden')) hidden.remove();
  return copy.textContent;
};

const draft1 = [
  'We will open a crisis café in two boroughs.',
  '',
  'People told us the phone line was hard to reach at night.',
  '',
  'We will train staff in every team.',
].join('\n');

describe('renderDiff', () => {
  test('a word changed in one paragraph is marked there, and the others are unchanged', () => {
    const draft2 = draft1.replace('two boroughs', 'every borough');
    const diff = renderDiff(draft1, draft2);
    const body = page(diff.html);
    const paragraphs = body.querySelectorAll('p');
    assert.equal(paragraphs.length, 3);
    assert.deepEqual([...paragraphs[0].querySelectorAll('del')].map(visible), ['two boroughs']);
    assert.deepEqual([...paragraphs[0].querySelectorAll('ins')].map(visible), ['every borough']);
    assert.equal(paragraphs[1].querySelectorAll('ins, del').length, 0);
    assert.equal(paragraphs[2].querySelectorAll('ins, del').length, 0);
    assert.equal(paragraphs[1].textContent, 'People told us the phone line was hard to reach at night.');
    assert.deepEqual({ added: diff.added, removed: diff.removed, changed: diff.changed }, { added: 2, removed: 2, changed: true });
  });

  test('screen readers hear where added and removed text starts and ends', () => {
    const body = page(renderDiff('We will open a café.', 'We will open two cafés.').html);
    const ins = body.querySelector('ins');
    const del = body.querySelector('del');
    assert.equal(ins?.className, 'chorus-diff__added');
    assert.equal(del?.className, 'chorus-diff__removed');
    assert.equal(ins?.textContent, 'Added: two cafés (end of added text)');
    assert.equal(del?.textContent, 'Removed: a café (end of removed text)');
    assert.deepEqual(texts(body, 'ins .nhsuk-u-visually-hidden'), ['Added: ', ' (end of added text)']);
    assert.deepEqual(texts(body, 'del .nhsuk-u-visually-hidden'), ['Removed: ', ' (end of removed text)']);
    assert.equal(body.querySelector('p')?.textContent, 'We will open Removed: a café (end of removed text)Added: two cafés (end of added text).');
  });

  test('an added paragraph and a removed paragraph are marked whole, in their place', () => {
    const draft2 = [
      'We will open a crisis café in two boroughs.',
      '',
      'A new paragraph about peer support workers.',
      '',
      'People told us the phone line was hard to reach at night.',
    ].join('\n');
    const diff = renderDiff(draft1, draft2);
    const body = page(diff.html);
    const paragraphs = [...body.querySelectorAll('p')];
    assert.equal(paragraphs.length, 4);
    assert.equal(paragraphs[0].querySelectorAll('ins, del').length, 0);
    assert.equal(visible(paragraphs[1].querySelector('ins')!), 'A new paragraph about peer support workers.');
    assert.equal(paragraphs[1].querySelectorAll('del').length, 0);
    assert.equal(paragraphs[2].querySelectorAll('ins, del').length, 0);
    assert.equal(visible(paragraphs[3].querySelector('del')!), 'We will train staff in every team.');
    assert.equal(diff.added, 7);
    assert.equal(diff.removed, 7);
  });

  test('a paragraph rewritten while another is added next to it is still compared with its old self', () => {
    const before = 'We will open a crisis café in two boroughs by 2027.';
    const after = 'Crisis cafés will have peer support workers.\n\nWe will open a crisis café in every borough by 2027.';
    const result = diffWords(before, after);
    assert.deepEqual(result.map((p) => p.status), ['added', 'changed']);
    const changed = result[1].parts;
    assert.deepEqual(changed.filter((p) => p.removed).map((p) => p.text), ['two boroughs']);
    assert.deepEqual(changed.filter((p) => p.added).map((p) => p.text), ['every borough']);
  });

  test('no change gives changed=false and no marks, also when only the formatting changed', () => {
    const same = renderDiff(draft1, draft1);
    assert.equal(same.changed, false);
    assert.equal(same.added, 0);
    assert.equal(same.removed, 0);
    assert.doesNotMatch(same.html, /<ins|<del/);
    assert.equal(page(same.html).querySelectorAll('p').length, 3);
    assert.equal(renderDiff('We will **open** a café.', 'We will open a café.').changed, false);
    assert.deepEqual(renderDiff('', ''), { html: '', added: 0, removed: 0, changed: false });
  });

  test('text that looks like HTML is escaped, in changed and unchanged words', () => {
    const diff = renderDiff('Keep <b>this</b> & that', 'Keep <b>this</b> & <i onmouseover="x()">new</i>');
    const body = page(diff.html);
    assert.equal(body.querySelectorAll('b, i, [onmouseover]').length, 0);
    assert.match(body.textContent ?? '', /Keep <b>this<\/b> &/);
    assert.match(visible(body.querySelector('ins')!) ?? '', /<i onmouseover="x\(\)">new<\/i>/);
    assert.match(diff.html, /&lt;b&gt;this&lt;\/b&gt; &amp;/);
  });
});

describe('renderTextDiff (headings)', () => {
  test('phrasing content only, to go inside a heading', () => {
    const diff = renderTextDiff('Support in crisis', 'Support in a crisis');
    assert.doesNotMatch(diff.html, /<p>/);
    assert.equal(visible(page(diff.html).querySelector('ins')!), 'a');
    assert.equal(diff.changed, true);
    assert.equal(renderTextDiff('Same', 'Same').changed, false);
  });
});

describe('sectionChanges', () => {
  const before = [
    { id: 'p1', heading: 'Prevention and wellbeing', body: 'Schools and GPs.' },
    { id: 'p2', heading: 'Clear routes into services', body: 'One front door.' },
    { id: 'p3', heading: 'Primary care', body: 'Mental health workers in GP practices.' },
  ];
  const after = [
    { id: 'p1', heading: 'Prevention and wellbeing', body: 'Schools, colleges and GPs.' },
    { id: 'p3', heading: 'Mental health in primary care', body: 'Mental health workers in GP practices.' },
    { id: 'p4', heading: 'Support in crisis', body: 'Crisis cafés.' },
  ];

  test('each section by its id: changed body, removed, changed heading, added', () => {
    const changes = sectionChanges(before, after);
    assert.deepEqual(changes.map((c) => [c.id, c.status]), [
      ['p1', 'changed'],
      ['p2', 'removed'],
      ['p3', 'changed'],
      ['p4', 'added'],
    ]);
    const [p1, p2, p3, p4] = changes;
    assert.equal(p1.headingDiff.changed, false);
    assert.equal(p1.bodyDiff.added, 1);
    assert.equal(p2.heading, 'Clear routes into services');
    assert.equal(p2.bodyDiff.removed, 3);
    assert.equal(visible(page(p2.headingDiff.html).querySelector('del')!), 'Clear routes into services');
    assert.equal(p3.bodyDiff.changed, false);
    assert.equal(p3.headingDiff.changed, true);
    assert.equal(p3.heading, 'Mental health in primary care');
    assert.equal(p4.bodyDiff.added, 2);
    assert.equal(p4.bodyDiff.removed, 0);
  });

  test('the same sections give every one unchanged', () => {
    assert.deepEqual(sectionChanges(before, before).map((c) => c.status), ['unchanged', 'unchanged', 'unchanged']);
  });
});
