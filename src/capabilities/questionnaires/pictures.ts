// The starter set of Easy Read pictures: icons from lucide-static (ISC licence), served as SVG files.
// Authors pick one per question or page and write its alt text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const STARTER_PICTURES: readonly { icon: string; text: string }[] = [
  { icon: 'smile', text: 'Happy face' },
  { icon: 'meh', text: 'Not sure face' },
  { icon: 'frown', text: 'Sad face' },
  { icon: 'thumbs-up', text: 'Thumbs up' },
  { icon: 'thumbs-down', text: 'Thumbs down' },
  { icon: 'users', text: 'Group of people' },
  { icon: 'user', text: 'One person' },
  { icon: 'hand-heart', text: 'Caring hand' },
  { icon: 'hand-helping', text: 'Helping hand' },
  { icon: 'hospital', text: 'Hospital' },
  { icon: 'house', text: 'Home' },
  { icon: 'pill', text: 'Medicine' },
  { icon: 'phone', text: 'Telephone' },
  { icon: 'mail', text: 'Letter' },
  { icon: 'message-circle', text: 'Speech bubble' },
  { icon: 'calendar', text: 'Calendar' },
  { icon: 'clock', text: 'Clock' },
  { icon: 'map-pin', text: 'Place' },
  { icon: 'bus', text: 'Bus' },
  { icon: 'accessibility', text: 'Accessibility' },
  { icon: 'ear', text: 'Listening' },
  { icon: 'pencil', text: 'Writing' },
  { icon: 'clipboard-list', text: 'Questions' },
  { icon: 'star', text: 'Star' },
  { icon: 'circle-help', text: 'Question mark' },
  { icon: 'check', text: 'Tick' },
  { icon: 'x', text: 'Cross' },
  { icon: 'heart', text: 'Heart' },
];

const require = createRequire(import.meta.url);
const ICONS = path.join(path.dirname(require.resolve('lucide-static/package.json')), 'icons');
const cache = new Map<string, string>();

export function isStarterPicture(icon: string): boolean {
  return STARTER_PICTURES.some((p) => p.icon === icon);
}

/** the SVG for a starter picture, or undefined for a name not in the set */
export function pictureSvg(icon: string): string | undefined {
  if (!isStarterPicture(icon)) return undefined;
  let svg = cache.get(icon);
  if (!svg) {
    svg = readFileSync(path.join(ICONS, `${icon}.svg`), 'utf8').replace(/<!--[\s\S]*?-->\s*/, '').replace('stroke="currentColor"', 'stroke="#005eb8"');
    cache.set(icon, svg);
  }
  return svg;
}

export const pictureUrl = (icon: string) => `/questionnaires/pictures/${icon}.svg`;
