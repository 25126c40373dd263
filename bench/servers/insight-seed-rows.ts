/** What both halves of the dashboards bench's seed share: the counts, time helpers and multi-row inserts. */
import type { RootDb } from '@server/core/db';

export const seedCounts = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 20_000),
  visits: Number(process.env.BENCH_VISITS ?? 1_000_000),
  requirements: Number(process.env.BENCH_REQUIREMENTS ?? 200_000),
  projects: Number(process.env.BENCH_PROJECTS ?? 3_000),
};

export const dayMs = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();
/** Shanghai has no daylight saving: its local day is the UTC day eight hours on. */
export const localDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export async function insertBatches(
  db: RootDb,
  table: string,
  count: number,
  row: (i: number) => Record<string, unknown>,
) {
  const batch = Math.max(1, Math.floor(20_000 / Object.keys(row(0)).length));
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) rows.push(row(i));
    await db
      .insertInto(table as 'visits')
      .values(rows as never)
      .execute();
  }
}

export interface Customer {
  id: string;
  owner: string;
}
