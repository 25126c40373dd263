/**
 * Status-page tokens: a random token shown once; only its SHA-256 is stored (like sessions), so no key can forge
 * one, links survive restarts, and a revoked or expired link stops opening at once.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Where a token appears in a path; the access log writes these paths without it. */
export const statusTokenPaths = ['/status/', '/api/v1/status/'] as const;

const tokenShape = /^st_[\w-]{43}$/;

export const newToken = (): string => `st_${randomBytes(32).toString('base64url')}`;

/** Whether the text could be a token at all: anything else is refused before the database is asked. */
export const isTokenShaped = (text: string): boolean => tokenShape.test(text);

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
