/** The dashboards' fixed requirements: mentions, decisions, tellings and promises at known days. */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import type { TestUser } from './factories';
import type { Customers, People, Visits } from './insight';
import { at, day } from './insight-days';
import { requirementRow } from './requirement-rows';

interface RequirementSpec {
  status: string;
  category: string | null;
  kind: string;
  score: number;
  demand: number;
  mentions: { customer: string; reporter: TestUser; offset: number; visitId?: string }[];
  /** Decisions, oldest first: the status and when. */
  decisions: { status: string; at: string }[];
}

export async function addRequirements(tdb: TenantDb, people: People, c: Customers, visits: Visits) {
  const { rep1, rep2 } = people;
  const specs: Record<string, RequirementSpec> = {
    r1: {
      status: 'planned',
      category: '报表',
      kind: 'productizable',
      score: 50,
      demand: 6,
      mentions: [
        { customer: c.c1, reporter: rep1, offset: -8, visitId: visits.v1 },
        { customer: c.c3, reporter: rep2, offset: -7 },
      ],
      decisions: [{ status: 'planned', at: at(-6) }],
    },
    r2: {
      status: 'in_progress',
      category: '报表',
      kind: 'customization',
      score: 80,
      demand: 3,
      mentions: [{ customer: c.c2, reporter: rep1, offset: -9 }],
      decisions: [
        { status: 'planned', at: at(-8) },
        { status: 'in_progress', at: at(-2) },
      ],
    },
    r3: {
      status: 'new',
      category: null,
      kind: 'integration',
      score: 90,
      demand: 2,
      mentions: [
        { customer: c.c3, reporter: rep2, offset: -30 },
        { customer: c.c5, reporter: rep1, offset: -1 },
      ],
      decisions: [],
    },
    r4: {
      status: 'under_review',
      category: '接口',
      kind: 'productizable',
      score: 10,
      demand: 1,
      mentions: [{ customer: c.c2, reporter: rep1, offset: -3 }],
      decisions: [],
    },
    r5: {
      status: 'released',
      category: '报表',
      kind: 'bug',
      score: 99,
      demand: 4,
      mentions: [{ customer: c.c1, reporter: rep1, offset: -2 }],
      decisions: [{ status: 'released', at: at(-1) }],
    },
  };
  const ids: Record<string, string> = {};
  const decisionIds: Record<string, string[]> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const id = newId();
    ids[key] = id;
    const firstMention = spec.mentions.map((m) => at(m.offset)).sort()[0] as string;
    await tdb
      .insertInto('requirements', {
        ...requirementRow(`需求${key}`, people.pm.id, firstMention, '', '{}'),
        id,
        description: null,
        category: spec.category,
        kind: spec.kind,
        status: spec.status,
        demand: spec.demand,
        score: spec.score,
        customer_count: new Set(spec.mentions.map((m) => m.customer)).size,
        mention_count: spec.mentions.length,
        first_decided_at: spec.decisions[0]?.at ?? null,
      })
      .execute();
    for (const mention of spec.mentions) {
      await tdb
        .insertInto('requirement_mentions', {
          id: newId(),
          client_id: newId(),
          requirement_id: id,
          origin_requirement_id: id,
          customer_id: mention.customer,
          reporter_id: mention.reporter.id,
          quote: null,
          importance: 'important',
          visit_id: mention.visitId ?? null,
          project_id: null,
          go_live: 0,
          created_at: at(mention.offset),
        })
        .execute();
    }
    decisionIds[key] = [];
    for (const decision of spec.decisions) {
      const decisionId = newId();
      decisionIds[key].push(decisionId);
      await tdb
        .insertInto('requirement_decisions', {
          id: decisionId,
          requirement_id: id,
          status: decision.status,
          note: null,
          decided_by: people.pm.id,
          created_at: decision.at,
        })
        .execute();
    }
  }
  const told = async (key: string, decision: number, customer: string, by: TestUser, when: string) => {
    await tdb
      .insertInto('requirement_tellings', {
        id: newId(),
        requirement_id: ids[key] as string,
        decision_id: decisionIds[key]?.[decision] as string,
        customer_id: customer,
        told_by: by.id,
        told_at: when,
      })
      .execute();
  };
  await told('r1', 0, c.c1, rep1, at(-5));
  await told('r1', 0, c.c3, rep2, at(-4));
  await told('r2', 0, c.c2, rep1, at(-7));
  await told('r5', 0, c.c1, rep1, at(-1, 1));
  const promise = async (key: string, customer: string, due: number, fulfilled: string | null) => {
    const id = newId();
    await tdb
      .insertInto('requirement_commitments', {
        id,
        requirement_id: ids[key] as string,
        customer_id: customer,
        promised_by: rep1.id,
        due_date: day(due),
        note: null,
        fulfilled_at: fulfilled,
        created_at: at(-10),
      })
      .execute();
    return id;
  };
  const overduePromise = await promise('r2', c.c2, -1, null);
  await promise('r1', c.c1, 5, null);
  await promise('r3', c.c3, -3, at(-4));
  return { ids: ids as Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5', string>, overduePromise };
}
