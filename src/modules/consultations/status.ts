// Where a consultation is, as GOV.UK says it: Open (wave n) → Closed → Concluded once the response is published.
// Worked out from its waves, its published versions and the response, on today's date in London.
import type { ConsultationRow, VersionRow, WaveRow } from './repository.ts';

export type ConsultationStatus = 'draft' | 'forthcoming' | 'open' | 'closed' | 'concluded';

export interface StatusOf {
  status: ConsultationStatus;
  /** the wave open now, or the next one (forthcoming), or the last one (closed) */
  wave: WaveRow | null;
  /** e.g. "Open (wave 2)", "Closed", "Concluded" */
  text: string;
  /** the last day of the last wave, YYYY-MM-DD */
  lastClosesOn: string | null;
  /** a wave is still to open */
  moreToCome: boolean;
}

/** today's date in London, YYYY-MM-DD */
export const londonToday = (now: Date = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

export function statusOf(c: Pick<ConsultationRow, 'response_published_at'>, waves: WaveRow[], versions: Pick<VersionRow, 'published_at'>[], today: string = londonToday()): StatusOf {
  const lastClosesOn = waves.length ? waves.map((w) => w.closes_on).sort().at(-1)! : null;
  const moreToCome = waves.some((w) => w.opens_on > today);
  const at = (status: ConsultationStatus, wave: WaveRow | null, text: string): StatusOf => ({ status, wave, text, lastClosesOn, moreToCome });
  if (!versions.some((v) => v.published_at)) return at('draft', null, 'Draft');
  if (c.response_published_at) return at('concluded', waves.at(-1) ?? null, 'Concluded');
  const open = waves.find((w) => w.opens_on <= today && today <= w.closes_on);
  if (open) return at('open', open, waves.length > 1 ? `Open (wave ${open.number})` : 'Open');
  const next = waves.find((w) => w.opens_on > today);
  if (next && !waves.some((w) => w.closes_on < today)) return at('forthcoming', next, 'Not open yet');
  if (next) return at('closed', next, `Closed until wave ${next.number} opens`);
  return at('closed', waves.at(-1) ?? null, 'Closed');
}

/** the GOV.UK consultation principles expect a response within 12 weeks of closing */
export const RESPONSE_WEEKS = 12;

/** whole weeks left (negative when late) of the 12 within which the response should be published */
export function weeksLeftToRespond(lastClosesOn: string, today: string = londonToday()): number {
  const days = (Date.parse(`${lastClosesOn}T00:00:00Z`) + RESPONSE_WEEKS * 7 * 86_400_000 - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return Math.floor(days / 7);
}
