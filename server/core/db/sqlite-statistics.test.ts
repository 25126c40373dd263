/** SQLite plans from statistics nothing gathers by itself: the app gathers them when it opens a database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { migrateToLatest } from './migrate';
import { insertTenant } from './unscoped';

const dir = mkdtempSync(join(tmpdir(), 'fieldloop-statistics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite statistics', () => {
  it('are gathered for tables that grew, when the database next opens', async () => {
    const url = `sqlite:${join(dir, 'grown.db')}`;
    const first = openDatabase({ url });
    await migrateToLatest(first);
    const tenants = Array.from({ length: 200 }, (_, i) => `tenant-${i}`);
    for (const tenantId of tenants)
      await insertTenant(first.db, {
        tenantId,
        name: tenantId,
        isDemo: false,
        createdAt: '2026-12-01T00:00:00.000Z',
      });
    const statistics = async (db: typeof first.db) => {
      const { rows: kept } = await sql`select 1 from sqlite_master where name = 'sqlite_stat1'`.execute(db);
      if (kept.length === 0) return [];
      return (await sql<{ tbl: string }>`select tbl from sqlite_stat1`.execute(db)).rows.map(
        (row) => row.tbl,
      );
    };
    expect(await statistics(first.db)).not.toContain('tenants');
    await first.close();

    const reopened = openDatabase({ url });
    expect(await statistics(reopened.db)).toContain('tenants');
    await reopened.close();
  });
});
