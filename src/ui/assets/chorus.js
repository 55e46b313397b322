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
