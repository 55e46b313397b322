/**
 * Strip links and images from free text before it is classified, trained on or clustered. The words of a web address
 * are not what the person said: a Care Opinion image URL containing "resources" was read as the theme "Funding & use
 * of financial resources".
 *
 * Removed: web addresses (http://, https://, ftp://, www.…), bare domains with or without a path
 * (careopinion.org.uk/resources/…, for common endings such as .com, .org, .uk, .nhs, .net), email addresses and
 * mailto: links, data: image links, HTML <img> and <a> tags typed as text, and Markdown images and links.
 *
 * Kept: the alt text of an image and the text of a link. The alt text is words the author chose to describe their
 * picture ("cold chips on the tray"), so it is part of what they told us. An alt text that is only a file name
 * ("IMG_2041.jpg") or a generic word ("image", "photo 2") is dropped, because Markdown editors and phones fill it in.
 */

/** Endings a bare domain (no http://, no www.) must have to be treated as a link. Short words such as "it", "me",
 * "in", "us" or "co" are not here, so "ward.It was" (a missing space after a full stop) is left alone. */
const TLDS = 'com|org|net|uk|nhs|gov|edu|ac|info|biz|io|ie|eu|scot|wales|cymru|app|online|site';
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** What may follow a domain as a path, query or fragment: anything up to white space, quotes or angle brackets. */
const PATH = `(?:[/?#][^\\s<>"']*)?`;

const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const MARKDOWN_LINK = /\[([^\]\n]+)\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const HTML_IMG = /<img\b[^>]*>/gi;
const HTML_ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const HTML_A = /<\/?a\b[^>]*>/gi;
const DATA_URI = /\bdata:[a-z]+\/[\w.+-]+(?:;[\w=.-]+)*,[A-Za-z0-9+/=%]*/gi;
const EMAIL = /\b(?:mailto:)?[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi;
const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s<>"']*/gi;
const WWW_URL = new RegExp(`\\bwww\\.(?:${LABEL}\\.)*${LABEL}${PATH}`, 'gi');
const BARE_DOMAIN = new RegExp(`(?<![\\w@.-])(?:${LABEL}\\.)+(?:${TLDS})(?![\\w-])${PATH}`, 'gi');

/** Punctuation that ends a sentence after a link belongs to the sentence, not the link. */
const TRAILING = /[.,;:!?)\]}'"’”]+$/;

const FILE_NAME = /^[\w\s().-]*\.(?:jpe?g|png|gif|webp|heic|heif|bmp|svg|tiff?|avif)$/i;
const GENERIC_ALT = /^\s*(?:an?\s+)?(?:image|img|photo|photograph|picture|pic|screenshot|attachment|upload(?:ed)?(?: image)?)\s*[\d_-]*\s*$/i;

function altText(alt: string | undefined): string {
  const a = (alt ?? '').trim();
  if (!a || FILE_NAME.test(a) || GENERIC_ALT.test(a) || /^[\W\d_]*$/.test(a)) return ' ';
  return ` ${a} `;
}

/** Replace a link with a space, keeping any sentence punctuation that followed it. */
function dropLink(match: string): string {
  const tail = TRAILING.exec(match);
  return tail ? ` ${tail[0]}` : ' ';
}

/** Free text without its links and images (see the module comment for what is removed and kept). */
export function stripLinks(text: string): string {
  // Fast path: nothing that can start a link or an image.
  if (!/[.:@<[]/.test(text)) return text;
  let t = text
    .replace(MARKDOWN_IMAGE, (_m, alt: string) => altText(alt))
    .replace(MARKDOWN_LINK, (_m, label: string) => ` ${label} `)
    .replace(HTML_IMG, (tag) => {
      const m = HTML_ALT.exec(tag);
      return altText(m ? (m[1] ?? m[2] ?? m[3]) : undefined);
    })
    .replace(HTML_A, ' ')
    .replace(DATA_URI, ' ')
    .replace(EMAIL, ' ')
    .replace(SCHEME_URL, dropLink)
    .replace(WWW_URL, dropLink)
    .replace(BARE_DOMAIN, dropLink);
  if (t === text) return text;
  t = t
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/^[ \t]+/gm, '');
  return t.trim();
}
