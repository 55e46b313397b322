// Characters that change how text is shown without being seen: bidirectional controls (which can make a name read
// backwards or hide part of it, "Trojan Source" style) and zero-width characters (which make two names that look the
// same different). Single-line text shown to others (names, titles) is stored without them.
//   U+061C Arabic letter mark; U+200B–U+200D zero-width space, non-joiner, joiner; U+200E/U+200F left-to-right and
//   right-to-left marks; U+202A–U+202E embeddings and overrides; U+2060–U+2064 word joiner and invisible operators;
//   U+2066–U+2069 isolates; U+FEFF zero-width no-break space (byte order mark).
// Two uses of the joiners are kept because they change what people see: a zero-width joiner inside an emoji sequence
// (👩🏽‍⚕️ is woman + skin tone + joiner + staff of Aesculapius), and a joiner or non-joiner between two letters of a
// script that needs them (Arabic script for Urdu and Persian; the Indic scripts for Bengali, Punjabi, Gujarati, Hindi,
// Tamil…). Between Latin letters, or anywhere else, they go.
export const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

const JOINING_SCRIPTS = String.raw`\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}`;
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)*)\u200D(?=\p{Extended_Pictographic})/uy;
const SCRIPT_JOINER = new RegExp(String.raw`(?<=[${JOINING_SCRIPTS}]\p{M}*)[\u200C\u200D](?=[${JOINING_SCRIPTS}])`, 'uy');

/** true when the pattern (sticky) matches exactly at `offset` of `value`, looking at what is around it */
function matchesAt(pattern: RegExp, value: string, offset: number): boolean {
  pattern.lastIndex = offset;
  return pattern.test(value);
}

/** The text without bidirectional controls and zero-width characters (joiners that shape emoji or letters stay). */
export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE, (ch, offset: number) =>
    (ch === '\u200D' && matchesAt(EMOJI_JOINER, value, offset)) || ((ch === '\u200C' || ch === '\u200D') && matchesAt(SCRIPT_JOINER, value, offset)) ? ch : '',
  );
}
