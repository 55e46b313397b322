// Markup handed to an nhsuk-frontend macro (`html:`, `titleHtml:`, `descriptionHtml:`, `headingHtml:`) is written out
// as it is, so a value joined into it with `+` or `~` must be escaped first: `"… <strong>" + (ref | escape) + "</strong>"`.
// (A `{% set x %}…{% endset %}` block or a macro's output is fine: nunjucks escapes inside it.) This test reads every
// template and fails on a joined value that is not escaped; the hostile-text integration test checks the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function templates(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) templates(p, out);
    else if (name.endsWith('.njk')) out.push(p);
  }
  return out;
}

/** filters whose output is text we make ourselves (dates, numbers) or escaped */
const SAFE_FILTER = /\|\s*(escape|e|nhsDate|nhsDateWithDay|nhsTime|number|pluralise)\b[^|]*$/;
const HTML_PARAM = /\b(html|titleHtml|descriptionHtml|headingHtml)\s*:/g;

/** the values joined with + or ~ in an `html:` expression on one line, with string literals blanked */
export function unescapedJoins(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(HTML_PARAM)) {
    // the expression runs to the end of the object value: stop at a comma or closing brace outside brackets/strings
    let depth = 0;
    let quote = '';
    let expr = '';
    let escaped = false;
    for (const ch of line.slice(m.index + m[0].length)) {
      if (quote) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === quote) quote = '';
        expr += quote ? '' : '"';
        continue;
      }
      if (ch === '"' || ch === "'") {
        quote = ch;
        expr += '"';
        continue;
      }
      if (ch === '(' || ch === '[') depth++;
      if (ch === ')' || ch === ']') depth--;
      if (depth < 0 || (depth === 0 && (ch === ',' || ch === '}'))) break;
      expr += ch;
    }
    expr = expr.replace(/"[^"]*"/g, '""');
    if (!/[+~]/.test(expr)) continue;
    // split on + and ~ at the top level
    const parts: string[] = [];
    let current = '';
    depth = 0;
    for (const ch of expr) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (depth === 0 && (ch === '+' || ch === '~')) {
        parts.push(current);
        current = '';
      } else current += ch;
    }
    parts.push(current);
    for (const raw of parts) {
      const part = raw.trim();
      const inner = part.replace(/^\((.*)\)$/s, '$1').trim();
      if (part === '' || /^("")+$/.test(part.replace(/\s/g, ''))) continue;
      if (SAFE_FILTER.test(inner)) continue;
      // ("a" if condition else "b"): only literals come out
      if (/^""\s+if\s.+\selse\s+""$/s.test(inner)) continue;
      found.push(part);
    }
  }
  return found;
}

test('the check finds a joined value that is not escaped, and lets escaped ones through', () => {
  assert.deepEqual(unescapedJoins(`{{ button({ html: "Cancel booking<span class=\\"x\\"> for " + b.title + "</span>", classes: "a" }) }}`), ['b.title']);
  assert.deepEqual(unescapedJoins(`{{ panel({ titleText: t, html: "Reference<br><strong>" ~ ref ~ "</strong>" }) }}`), ['ref']);
  assert.deepEqual(unescapedJoins(`{ value: { html: '<a href="/p/' + (item.id | escape) + '">' + (item.title | escape) + '</a>' } }`), []);
  assert.deepEqual(unescapedJoins(`{ value: { html: (e.starts_at | nhsDateWithDay) + "<br>" + (e.ends_at | nhsTime) } }`), []);
  assert.deepEqual(unescapedJoins(`{{ insetText({ html: "You have " + ("a place" if m.status == "booked" else "a waiting place") + "." }) }}`), []);
  assert.deepEqual(unescapedJoins(`{ value: { html: whereHtml } }`), []);
});

test('no template joins an unescaped value into markup for a macro', () => {
  const problems: string[] = [];
  for (const file of templates(path.join(ROOT, 'src'))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const part of unescapedJoins(line)) problems.push(`${path.relative(ROOT, file)}:${i + 1}: ${part} (add | escape)`);
      });
  }
  assert.deepEqual(problems, []);
});
