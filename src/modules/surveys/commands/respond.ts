// Starting, saving, resuming and submitting a response. Only hashes of tokens and codes are stored.
import { createHmac, randomInt } from 'node:crypto';
import type { AppContext } from '../../../platform/module.ts';
import * as repo from '../repository.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** e.g. "SV-7KQ3-M9TX": what people quote if they contact the team */
export const newReference = () => `SV-${randomCode(4)}-${randomCode(4)}`;

/**
 * The 8-character resume code shown on screen, e.g. "ABCD 2345". It is worked out from the response (an HMAC with
 * the server secret), so saving again shows the same code and a code written down earlier keeps working.
 */
export function resumeCodeFor(ctx: AppContext, responseId: string): string {
  const bytes = createHmac('sha256', ctx.secret).update(`resume-code:${responseId}`).digest();
  // 32 letters and numbers: each byte's last 5 bits pick one without bias
  const code = [...bytes.subarray(0, 8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

/** the secret in an emailed resume link: also worked out from the response, so every link emailed for it works */
export const resumeLinkTokenFor = (ctx: AppContext, responseId: string): string => createHmac('sha256', ctx.secret).update(`resume-link:${responseId}`).digest('base64url');

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** resume codes are short, so they are stored as an HMAC with the server secret, bound to the survey */
export const codeHash = (ctx: AppContext, surveyId: string, code: string) => createHmac('sha256', ctx.secret).update(`resume:${surveyId}:${normaliseCode(code)}`).digest('base64url');

/**
 * Duplicate protection without tracking: each browser gets a random cookie; a submitted response keeps only an HMAC
 * of it bound to the survey, so the value cannot be linked to a person or across surveys.
 */
export const browserHash = (ctx: AppContext, surveyId: string, browserToken: string) => createHmac('sha256', ctx.secret).update(`browser:${surveyId}:${browserToken}`).digest('base64url');

export async function submit(ctx: AppContext, responseId: string, browserToken: string | null, surveyId: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const reference = newReference();
    try {
      const ok = await repo.submitResponse(ctx.db, responseId, reference, browserToken ? browserHash(ctx, surveyId, browserToken) : null);
      return ok ? reference : undefined;
    } catch (err) {
      // a reference collision is retried; a second submission from the same browser keeps no browser hash
      if (String((err as Error).message).includes('survey_responses_one_per_browser')) browserToken = null;
      else if (!String((err as Error).message).includes('reference')) throw err;
    }
  }
  throw new Error('Could not give the response a reference');
}
