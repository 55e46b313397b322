// Reads every field of a page's POST form as a browser would send it (text, textareas, ticked boxes, selects),
// so a test can change one field and submit the rest as they are.
import type { Page } from '../../../../tests/support/app.ts';

export function formValues(page: Page, index = -1): Record<string, string | string[]> {
  const forms = [...page.document.querySelectorAll('form[method="post"]')].filter((f) => !f.closest('header'));
  const form = forms.at(index);
  if (!form) throw new Error('No form on the page');
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  for (const el of form.querySelectorAll('input, textarea, select')) {
    const name = el.getAttribute('name');
    if (!name || name === '_csrf') continue;
    if (el.tagName === 'SELECT') {
      const chosen = (el as HTMLSelectElement).querySelector('option[selected]') ?? (el as HTMLSelectElement).querySelector('option');
      add(name, chosen?.getAttribute('value') ?? '');
    } else if (el.tagName === 'TEXTAREA') add(name, (el as HTMLTextAreaElement).value);
    else {
      const input = el as HTMLInputElement;
      if ((input.type === 'checkbox' || input.type === 'radio') && !input.checked) continue;
      add(name, input.value);
    }
  }
  return out;
}
