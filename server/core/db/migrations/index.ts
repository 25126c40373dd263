/** The explicit, ordered list of migrations. Append only; a landed migration is never edited. */
import type { Migration } from 'kysely';
import * as foundation from './0001_foundation';

export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
};
