/** Bench target: the real app on a fresh database with the demo data plus 100,000 requirements, signed in as a PM. */

import { sql, TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { newRequirementColumns } from '@server/features/requirements/service';
import { generatedRequirement } from '../requirements-data';
import { bootDemoDatabase, demoUser, queryPlan, serve, signIn } from './boot';

const count = Number(process.env.BENCH_REQUIREMENTS ?? 100_000);
const boot = await bootDemoDatabase('fieldloop-bench-req-');
const pm = await demoUser(boot, 'pm');
const tdb = new TenantDb(boot.database.db, pm.tenantId);

const statuses = ['new', 'under_review', 'planned', 'in_progress', 'released', 'declined'];
/** Rows spread over statuses, demand and the last ~70 days, inserted 500 at a time in one transaction. */
async function seedRequirements(): Promise<void> {
  await tdb.transaction(async (tx) => {
    for (let start = 0; start < count; start += 500) {
      const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
        const n = start + i;
        const { title, description } = generatedRequirement(n);
        const at = new Date(Date.now() - n * 60_000).toISOString();
        const demand = (n * 7919) % 113;
        return {
          ...newRequirementColumns(
            {
              id: newId(),
              clientId: newId(),
              title,
              description,
              category: null,
              kind: null,
              createdBy: pm.id,
            },
            at,
          ),
          status: statuses[n % statuses.length] as string,
          demand,
          score: demand,
          customer_count: 1,
          mention_count: 1,
        };
      });
      await tx.insertInto('requirements', rows).execute();
    }
  });
}

if (!boot.reused) await seedRequirements();

/** The triage list's three queries as the requirements repository asks for them: new ones, their count, contested ones. */
async function triagePlan(): Promise<string> {
  const fresh = await queryPlan(
    boot,
    sql`select * from requirements where tenant_id = ${pm.tenantId} and status in ('new')
       order by score desc, id desc limit 51`,
  );
  const counted = await queryPlan(
    boot,
    sql`select count(*) from requirements where tenant_id = ${pm.tenantId} and status in ('new')`,
  );
  const contested = await queryPlan(
    boot,
    sql`select * from requirements where tenant_id = ${pm.tenantId} and status <> 'merged' and contested = 1
       limit 1000`,
  );
  return `new: ${fresh} | count: ${counted} | contested: ${contested}`;
}

await serve(boot, { token: await signIn(boot, pm, 1), plan: await triagePlan() });
