// Splits an email's plain text into text and links for the outbox page, so that sign-in and cancel links can be
// followed. Only http and https addresses become links (never javascript: or anything else); the template escapes
// every part. Trailing punctuation (a full stop after a link) stays text.
export type Part = { text: string; href?: undefined } | { text: string; href: string };

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;

export function textWithLinks(body: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of body.matchAll(URL_IN_TEXT)) {
    let candidate = m[0];
    // a sentence's full stop, comma or closing bracket is not part of the address
    while (/[.,;:!?)\]}]$/.test(candidate) && !(candidate.endsWith(')') && candidate.includes('('))) candidate = candidate.slice(0, -1);
    const href = safeHref(candidate);
    if (!href) continue;
    if (m.index > last) parts.push({ text: body.slice(last, m.index) });
    parts.push({ text: candidate, href });
    last = m.index + candidate.length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

function safeHref(s: string): string | undefined {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
