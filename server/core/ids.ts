/** Unguessable, time-ordered ids (UUIDv7) and the one clock format we store. */
import { uuidv7 } from 'uuidv7';

export const newId = (): string => uuidv7();
export const nowIso = (): string => new Date().toISOString();
