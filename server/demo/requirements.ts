/**
 * Demo requirements for each demo tenant: the pool (requirement-pool.ts) reported by reps from their own accounts,
 * some decided by the PM (with the loop closed for some customers), one duplicate merged, and a promise to a
 * co-creation customer.
 */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { allCustomerSummaries } from '../features/customers/service';
import { newRequirementColumns, recompute } from '../features/requirements/service';
import { type DemoMention, type DemoRequirement, duplicate, pool } from './requirement-pool';

const dayMs = 86_400_000;

interface SeedContext {
  tx: TenantDb;
  idByKey: Map<string, string | undefined>;
  pm: string;
  at: (daysAgo: number) => string;
  accountOf: (m: DemoMention) => string;
}

export async function seedDemoRequirements(
  tx: TenantDb,
  idByKey: Map<string, string | undefined>,
  now: Date,
): Promise<void> {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs).toISOString();
  const pm = idByKey.get('pm1') as string;
  const customers = await allCustomerSummaries(tx);
  const accountOf = (m: DemoMention) => {
    const own = customers.filter((c) => c.owner_id === idByKey.get(m.rep));
    return (own.length ? own : customers)[m.account % Math.max(1, own.length || customers.length)]
      ?.id as string;
  };
  const context: SeedContext = { tx, idByKey, pm, at, accountOf };
  const ids: string[] = [];
  for (const demo of [...pool, duplicate]) ids.push(await seedRequirement(context, demo));
  await mergeDemoDuplicate(tx, ids[ids.length - 1] as string, ids[0] as string, pm, at(5));
  const promised = customers.find((c) => c.flag_co_creation === 1) ?? customers[0];
  if (promised) {
    await tx
      .insertInto('requirement_commitments', {
        id: newId(),
        requirement_id: ids[1] as string,
        customer_id: promised.id,
        promised_by: idByKey.get('sales1') as string,
        due_date: at(-20).slice(0, 10),
        note: '签约时承诺移动审批在上线前可用',
        fulfilled_at: null,
        created_at: at(18),
      })
      .execute();
  }
}

/** The requirement with its mentions and decisions, scored; answers its id. */
async function seedRequirement(context: SeedContext, demo: DemoRequirement): Promise<string> {
  const { tx, idByKey, pm, at, accountOf } = context;
  const id = newId();
  const first = Math.max(...demo.mentions.map((m) => m.daysAgo));
  const last = demo.decisions.at(-1);
  const decidedAt = demo.decisions[0] ? at(demo.decisions[0].daysAgo) : null;
  const row = { id, impact: demo.impact ?? 1, confidence: 1, effort: demo.effort ?? 1 };
  const created = newRequirementColumns(
    {
      id,
      clientId: newId(),
      title: demo.title,
      description: demo.description,
      category: demo.category,
      kind: demo.kind,
      createdBy: idByKey.get(demo.mentions[0]?.rep ?? 'sales1') as string,
    },
    at(first),
  );
  await tx
    .insertInto('requirements', {
      ...created,
      ...row,
      status: last?.status ?? 'new',
      owner_id: demo.decisions.length ? pm : null,
      target_release: last?.status === 'planned' ? '2027.1' : null,
      first_decided_at: decidedAt,
      updated_at: at(last?.daysAgo ?? first),
    })
    .execute();
  for (const m of demo.mentions) {
    await tx
      .insertInto('requirement_mentions', {
        id: newId(),
        client_id: newId(),
        requirement_id: id,
        origin_requirement_id: id,
        customer_id: accountOf(m),
        reporter_id: idByKey.get(m.rep) as string,
        quote: m.quote,
        importance: m.importance,
        visit_id: null,
        project_id: null,
        go_live: 0,
        created_at: at(m.daysAgo),
      })
      .execute();
  }
  await seedDecisions(context, id, demo);
  await recompute(tx, row);
  return id;
}

/** The PM's decisions, and for some the reps' confirmation that every customer was told. */
async function seedDecisions(context: SeedContext, requirementId: string, demo: DemoRequirement) {
  const { tx, idByKey, pm, at, accountOf } = context;
  for (const d of demo.decisions) {
    const decisionId = newId();
    await tx
      .insertInto('requirement_decisions', {
        id: decisionId,
        requirement_id: requirementId,
        status: d.status,
        note: d.note,
        decided_by: pm,
        created_at: at(d.daysAgo),
      })
      .execute();
    if (!d.toldAll) continue;
    for (const m of demo.mentions) {
      await tx
        .insertInto('requirement_tellings', {
          id: newId(),
          requirement_id: requirementId,
          decision_id: decisionId,
          customer_id: accountOf(m),
          told_by: idByKey.get(m.rep) as string,
          told_at: at(Math.max(0, d.daysAgo - 1)),
        })
        .onConflict((c) => c.columns(['tenant_id', 'decision_id', 'customer_id']).doNothing())
        .execute();
    }
  }
}

async function mergeDemoDuplicate(
  tx: TenantDb,
  sourceId: string,
  targetId: string,
  pm: string,
  when: string,
) {
  await tx
    .updateTable('requirement_mentions')
    .set({ requirement_id: targetId })
    .where('requirement_id', '=', sourceId)
    .execute();
  await tx
    .updateTable('requirements')
    .set({ status: 'merged', merged_into_id: targetId, updated_at: when })
    .where('id', '=', sourceId)
    .execute();
  await tx
    .insertInto('requirement_merges', {
      id: newId(),
      source_id: sourceId,
      target_id: targetId,
      source_status: 'new',
      moved_followers: '[]',
      merged_by: pm,
      created_at: when,
      contested_at: null,
      contested_by: null,
      contest_note: null,
      resolved_at: null,
      undone_at: null,
      undone_by: null,
    })
    .execute();
  const target = await tx
    .selectFrom('requirements')
    .select(['id', 'impact', 'confidence', 'effort'])
    .where('id', '=', targetId)
    .executeTakeFirstOrThrow();
  await recompute(tx, target);
  await recompute(tx, { id: sourceId, impact: 1, confidence: 1, effort: 1 });
}
