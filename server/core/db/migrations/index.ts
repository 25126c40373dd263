/** The explicit, ordered list of migrations. Append only; a landed migration is never edited. */
import type { Migration } from 'kysely';
import * as foundation from './0001_foundation';
import * as platforms from './0002_platforms';

export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_platforms': platforms,
};
