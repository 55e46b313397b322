// Secrets sent to people (sign-in links, cancel links, resume links, sessions) are random; only their SHA-256 is
// stored, so a copy of the database cannot be used to sign in, cancel or resume.
import { createHash, randomBytes } from 'node:crypto';

/** a new 256-bit random token, URL-safe */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** the stored form of a token: SHA-256, base64url */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
