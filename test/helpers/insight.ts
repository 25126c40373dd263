/**
 * The dashboards' small fixed data set: five customers, six visits, five requirements and six projects, dated
 * relative to today so "overdue" and "the last 30 days" stay true. insight.test.ts states every figure it expects
 * by hand from the table below; rows go in directly so their times are exactly these.
 */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';
import type { CustomerCreate } from '@shared/schemas/customers';
import type { TestApp } from './app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from './factories';

export const today = () => localDateOf(new Date());
/** Local day `offset` days from today. */
export const day = (offset: number) => addDays(today(), offset);
/** 10:00 local (02:00 UTC) on the local day `offset` days from today, plus `hours`. */
export const at = (offset: number, hours = 0) =>
  new Date(Date.parse(`${day(offset)}T02:00:00.000Z`) + hours * 3_600_000).toISOString();

const fiftyChars =
  '客户对报表很满意，提出了三个新的接口需求，下周安排演示，并确认了上线时间，负责人已经同意推进，预算也批了。';

export async function startInsightWorld(app: TestApp, name: string) {
  const tenant = await makeTenant(app, name);
  const tdb = tenant.tdb;
  const people = {
    admin: await makeUser(tenant, 'admin'),
    manager: await makeUser(tenant, 'manager'),
    pm: await makeUser(tenant, 'pm'),
    implementer: await makeUser(tenant, 'implementer'),
    rep1: await makeUser(tenant, 'sales', `甲${name}`),
    rep2: await makeUser(tenant, 'sales', `乙${name}`),
  };
  await tdb.updateTable('users').set({ department: '华东' }).where('id', '=', people.rep1.id).execute();
  await tdb.updateTable('users').set({ department: '华南' }).where('id', '=', people.rep2.id).execute();
  const customer = (owner: TestUser, attributes: Partial<CustomerCreate>) =>
    makeCustomer(owner, {
      name: `${name}客户${attributes.tier}${attributes.segment}${attributes.industry}`,
      ...attributes,
    });
  const c = {
    c1: await customer(people.rep1, {
      tier: 'high',
      segment: 'large',
      industry: '制造业',
      flags: { coCreation: true },
    }),
    c2: await customer(people.rep1, { tier: 'general', segment: 'mid', industry: '制造业' }),
    c3: await customer(people.rep2, { tier: 'low', segment: 'smb', industry: '零售' }),
    c4: await customer(people.rep2, { tier: 'high', segment: 'mid', industry: '零售' }),
    c5: await customer(people.rep1, { tier: 'general', segment: 'smb', industry: '零售' }),
  };
  await tdb
    .updateTable('customers')
    .set({ archived_at: at(-40) })
    .where('id', '=', c.c4)
    .execute();
  const visits = await addVisits(tdb, people, c);
  const requirements = await addRequirements(tdb, people, c, visits);
  const projects = await addProjects(tdb, people, c);
  return { tenant, people, customers: c, visits, requirements, projects };
}

export type InsightWorld = Awaited<ReturnType<typeof startInsightWorld>>;
type People = InsightWorld['people'];
type Customers = InsightWorld['customers'];

interface VisitSpec {
  customer: string;
  owner: TestUser;
  kind: string;
  offset: number;
  notes?: string;
  followUp?: number;
  checkIn?: { flagged: number; fresh: number };
}

async function addVisits(tdb: TenantDb, people: People, c: Customers) {
  const specs: Record<string, VisitSpec> = {
    v1: {
      customer: c.c1,
      owner: people.rep1,
      kind: 'onsite',
      offset: -5,
      notes: fiftyChars,
      followUp: -4,
      checkIn: { flagged: 0, fresh: 1 },
    },
    v2: {
      customer: c.c1,
      owner: people.rep1,
      kind: 'phone',
      offset: -3,
      notes: '客户说下个月再谈报表的需求。好的好的',
      followUp: -2,
    },
    v3: { customer: c.c2, owner: people.rep1, kind: 'onsite', offset: -2, checkIn: { flagged: 1, fresh: 1 } },
    v4: {
      customer: c.c3,
      owner: people.rep2,
      kind: 'onsite',
      offset: -1,
      notes: '门店经理反馈收银系统偶尔会卡顿',
      followUp: 0,
      checkIn: { flagged: 0, fresh: 0 },
    },
    v5: { customer: c.c3, owner: people.rep2, kind: 'video', offset: -20, followUp: -15 },
    v6: { customer: c.c4, owner: people.rep2, kind: 'phone', offset: -4, followUp: -2 },
  };
  const ids: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const id = newId();
    ids[key] = id;
    await tdb
      .insertInto('visits', {
        id,
        client_id: newId(),
        customer_id: spec.customer,
        owner_id: spec.owner.id,
        kind: spec.kind,
        visited_at: at(spec.offset),
        visited_on: day(spec.offset),
        purpose: `拜访${key}`,
        notes: spec.notes ?? null,
        outcome: null,
        next_step: `下一步${key}`,
        follow_up_at: spec.followUp === undefined ? null : day(spec.followUp),
        check_in_lat: spec.checkIn ? 31.3 : null,
        check_in_lng: spec.checkIn ? 120.7 : null,
        check_in_accuracy: spec.checkIn ? 20 : null,
        check_in_address: null,
        check_in_at: spec.checkIn ? at(spec.offset) : null,
        check_in_distance: spec.checkIn ? (spec.checkIn.flagged ? 900 : 50) : null,
        check_in_flagged: spec.checkIn?.flagged ?? 0,
        check_in_fresh: spec.checkIn ? spec.checkIn.fresh : null,
        check_in_mock: spec.checkIn ? 0 : null,
        check_in_source: spec.checkIn ? 'platform' : null,
        version: 1,
        created_at: at(spec.offset),
        updated_at: at(spec.offset),
      })
      .execute();
  }
  const attachmentId = newId();
  await tdb
    .insertInto('attachments', {
      id: attachmentId,
      sha256: newId(),
      mime: 'image/jpeg',
      size: 10,
      storage_key: `k/${attachmentId}`,
      uploaded_by: people.rep1.id,
      created_at: at(-5),
    })
    .execute();
  await tdb
    .insertInto('attachment_links', {
      attachment_id: attachmentId,
      subject_type: 'visit',
      subject_id: ids.v1 as string,
      position: 0,
      created_at: at(-5),
    })
    .execute();
  return ids as Record<'v1' | 'v2' | 'v3' | 'v4' | 'v5' | 'v6', string>;
}

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

async function addRequirements(
  tdb: TenantDb,
  people: People,
  c: Customers,
  visits: Awaited<ReturnType<typeof addVisits>>,
) {
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
        id,
        client_id: newId(),
        title: `需求${key}`,
        description: null,
        search_text: `需求${key}`,
        search_terms: '{}',
        category: spec.category,
        kind: spec.kind,
        status: spec.status,
        merged_into_id: null,
        owner_id: null,
        target_release: null,
        impact: 1,
        confidence: 1,
        effort: 1,
        demand: spec.demand,
        score: spec.score,
        customer_count: new Set(spec.mentions.map((m) => m.customer)).size,
        mention_count: spec.mentions.length,
        contested: 0,
        created_by: people.pm.id,
        first_mention_at: firstMention,
        first_decided_at: spec.decisions[0]?.at ?? null,
        version: 1,
        created_at: firstMention,
        updated_at: firstMention,
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

interface TaskSpec {
  due: number;
  done?: string;
  blocker?: string;
}
interface PhaseSpec {
  key: 'ph-a' | 'ph-b';
  name: string;
  start: number;
  due: number;
  tasks: TaskSpec[];
}
interface ProjectSpec {
  customer: string;
  status: string;
  target?: number;
  goals?: object[];
  phases: PhaseSpec[];
}

async function addProjects(tdb: TenantDb, people: People, c: Customers) {
  const templateId = newId();
  const now = at(-60);
  await tdb
    .insertInto('impl_templates', {
      id: templateId,
      name: '标准实施',
      segment: 'mid',
      standard_key: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const phaseIds = { 'ph-a': newId(), 'ph-b': newId() };
  const a = (start: number, due: number, tasks: TaskSpec[]): PhaseSpec => ({
    key: 'ph-a',
    name: '启动',
    start,
    due,
    tasks,
  });
  const b = (start: number, due: number, tasks: TaskSpec[]): PhaseSpec => ({
    key: 'ph-b',
    name: '上线',
    start,
    due,
    tasks,
  });
  const specs: Record<string, ProjectSpec> = {
    p1: {
      customer: c.c1,
      status: 'active',
      phases: [
        a(-20, -11, [
          { due: -12, done: at(-12) },
          { due: -11, done: at(-10) },
        ]),
        b(-10, 10, [{ due: -2 }, { due: 8, blocker: '等客户' }]),
      ],
    },
    p2: {
      customer: c.c3,
      status: 'active',
      target: 30,
      phases: [a(-15, -6, [{ due: -6, done: at(-3) }]), b(-5, 40, [{ due: 20 }])],
    },
    p3: { customer: c.c2, status: 'active', phases: [a(-3, 1, [{ due: 1 }])] },
    p4: { customer: c.c5, status: 'active', phases: [a(1, 20, [{ due: 20 }])] },
    p5: {
      customer: c.c1,
      status: 'accepted',
      goals: [
        { id: newId(), metric: '报表时间', unit: '小时', baseline: 10, target: 20, actual: 25 },
        { id: newId(), metric: '出错率', unit: '%', baseline: 10, target: 5, actual: 8 },
        { id: newId(), metric: '满意度', unit: '分', baseline: null, target: 90, actual: null },
      ],
      phases: [a(-30, -25, [{ due: -25, done: at(-20) }]), b(-24, -15, [{ due: -15, done: at(-4) }])],
    },
    p6: { customer: c.c2, status: 'active', phases: [a(-10, -6, [{ due: -6, done: at(-8) }])] },
  };
  const ids: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const id = newId();
    ids[key] = id;
    await tdb
      .insertInto('impl_projects', {
        id,
        client_id: null,
        name: `项目${key}`,
        customer_id: spec.customer,
        template_id: templateId,
        template_version: 1,
        status: spec.status,
        start_date: day(spec.phases[0]?.start ?? 0),
        go_live_target: spec.target === undefined ? null : day(spec.target),
        owner_id: people.implementer.id,
        partner_contact_ids: '[]',
        goals: JSON.stringify(spec.goals ?? []),
        created_by: people.implementer.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [position, phase] of spec.phases.entries()) {
      const phaseId = newId();
      await tdb
        .insertInto('impl_phases', {
          id: phaseId,
          project_id: id,
          template_phase_id: phaseIds[phase.key],
          position,
          name: phase.name,
          owner_role: 'implementer',
          partner_role: null,
          start_date: day(phase.start),
          due_date: day(phase.due),
        })
        .execute();
      for (const [index, task] of phase.tasks.entries()) {
        await tdb
          .insertInto('impl_tasks', {
            id: newId(),
            project_id: id,
            phase_id: phaseId,
            template_task_id: null,
            position: position * 100 + index,
            title: `${key}-${phase.name}-${index + 1}`,
            guidance: '',
            evidence: 'none',
            assignee_id: people.implementer.id,
            due_date: day(task.due),
            done_at: task.done ?? null,
            done_by: task.done ? people.implementer.id : null,
            blocker: task.blocker ?? null,
            blocked_at: task.blocker ? at(-1) : null,
            note: null,
            attachment_ids: '[]',
            signer_name: null,
            signature_attachment_id: null,
            signed_at: null,
            signoff_exception_reason: null,
            signoff_exception_items: null,
            blocked_until: null,
            removed_at: null,
            version: 1,
            updated_at: now,
          })
          .execute();
      }
    }
  }
  return { ids: ids as Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'p6', string>, templateId, phaseIds };
}
