// Characters that change how text is shown without being seen: bidirectional controls (which can make a name read
// backwards or hide part of it, "Trojan Source" style) and zero-width characters (which make two names that look the
// same different). Single-line text shown to others (names, titles) is stored without them.
//   U+061C Arabic letter mark; U+200B–U+200D zero-width space, non-joiner, joiner; U+200E/U+200F left-to-right and
//   right-to-left marks; U+202A–U+202E embeddings and overrides; U+2060–U+2064 word joiner and invisible operators;
//   U+2066–U+2069 isolates; U+FEFF zero-width no-break space (byte order mark).
export const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text without bidirectional controls and zero-width characters. */
export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}
