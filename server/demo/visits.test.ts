import { localDateOf } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
});
afterAll(() => app.close());

describe('demo visits', () => {
  it('gives every demo rep weeks of visits, some flagged check-ins, and follow-ups due today and tomorrow', async () => {
    const visits = await app.database.db.selectFrom('visits').selectAll().execute();
    const reps = await app.database.db.selectFrom('users').select('id').where('role', '=', 'sales').execute();
    const today = localDateOf(new Date());
    for (const rep of reps) {
      const own = visits.filter((v) => v.owner_id === rep.id);
      expect(own.length).toBeGreaterThan(15);
      expect(own.some((v) => v.follow_up_at === today)).toBe(true);
      expect(own.some((v) => v.follow_up_at === addDays(today, 1))).toBe(true);
      expect(own.some((v) => v.visited_on === addDays(today, 1))).toBe(true);
    }
    expect(visits.filter((v) => v.check_in_flagged === 1).length).toBeGreaterThan(3);
    expect(visits.filter((v) => v.check_in_at !== null && v.check_in_flagged === 0).length).toBeGreaterThan(
      10,
    );
  });
});
