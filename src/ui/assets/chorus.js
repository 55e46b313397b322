// Progressive enhancement only: every page works without this file.
/* global document, window */
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

initAll();

// Commenting on a passage of a consultation section. Without JavaScript people copy the words into the quote box or
// choose a paragraph from the list (the server reads either). With it: select words in the section (mouse, touch,
// or the keyboard with caret browsing) and press "Use the words I selected"; or choose a paragraph and its whole
// text appears in the quote box, where it can be cut down to the words meant, by keyboard like any text.
const source = document.querySelector('[data-quote-source]');
const target = document.querySelector('[data-quote-target]');
const buttonBox = document.querySelector('[data-quote-button]');
const paragraphs = document.querySelector('[data-quote-paragraphs]');
if (source && target) {
  const tidy = (text) => text.replace(/\s+/g, ' ').trim();
  const selectedWords = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
    const range = selection.getRangeAt(0);
    return source.contains(range.commonAncestorContainer) ? tidy(selection.toString()) : '';
  };
  if (buttonBox) {
    const button = buttonBox.querySelector('button');
    let lastSelection = '';
    document.addEventListener('selectionchange', () => {
      const words = selectedWords();
      // keep the last selection: pressing the button moves focus, which can clear the selection first
      if (words) lastSelection = words;
      if (words) buttonBox.hidden = false;
    });
    button.addEventListener('click', () => {
      const words = selectedWords() || lastSelection;
      if (!words) return;
      target.value = words.slice(0, 2000);
      target.focus();
    });
  }
  if (paragraphs) {
    paragraphs.addEventListener('change', () => {
      const option = paragraphs.selectedOptions[0];
      const text = option && option.dataset.text;
      if (text) target.value = text;
    });
  }
}

// Reviewing themes (/admin/insight/review). Without JavaScript people tick the boxes and press the buttons. With it:
// the number keys 1 to 9 tick or untick the numbered themes, Enter confirms and u undoes the last review; never
// while typing in a box, on a link or button, or with Ctrl, Alt or Cmd. The keys are listed on the page only here.
const reviewForm = document.querySelector('[data-review-form]');
if (reviewForm) {
  const shortcuts = document.querySelector('[data-review-shortcuts]');
  const status = document.querySelector('[data-review-status]');
  const undoForm = document.querySelector('[data-review-undo]');
  const confirmButton = reviewForm.querySelector('button[value="confirm"]');
  if (shortcuts) shortcuts.hidden = false;
  const typing = (el) => Boolean(el && typeof el.closest === 'function') && (el.isContentEditable || el.closest('textarea, select, a, button, [contenteditable]') || (el.matches('input') && !['checkbox', 'radio'].includes(el.type)));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
    if (/^[1-9]$/.test(event.key)) {
      const box = reviewForm.querySelector(`input[data-review-key="${event.key}"]`);
      if (!box) return;
      event.preventDefault();
      // a click, so the "No theme applies" box is unticked as it is by hand
      box.click();
      const label = reviewForm.querySelector(`label[for="${box.id}"]`);
      if (status) status.textContent = `${box.checked ? 'Ticked' : 'Unticked'}: ${label ? label.textContent.trim() : box.value}`;
    } else if (event.key === 'Enter' && confirmButton) {
      event.preventDefault();
      reviewForm.requestSubmit(confirmButton);
    } else if ((event.key === 'u' || event.key === 'U') && undoForm) {
      event.preventDefault();
      undoForm.requestSubmit();
    }
  });
}
