/**
 * Seeds the demo tenant for the dashboards bench: 20,000 customers, 1,000,000 visits and 200,000 requirements
 * (two mentions each, decisions, tellings, promises) over three years, and 3,000 projects of four phases of five
 * tasks. Multi-row inserts in one transaction, the same on SQLite and PostgreSQL; rows vary by their index so
 * every filter and figure has something to count.
 */
import type { RootDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { seedProjects } from './insight-seed-projects';
import { type Customer, dayMs, insertBatches, iso, localDay, seedCounts } from './insight-seed-rows';

const spanMs = 3 * 365 * dayMs;
const tiers = ['high', 'general', 'low'];
const segments = ['smb', 'mid', 'large'];
export const benchIndustries = ['制造业', '零售', '医药', '物流', '建筑', '教育', '能源'];
const categories = [
  '报表',
  '接口',
  '移动端',
  '权限',
  '审批',
  '打印',
  '导入导出',
  '提醒',
  '看板',
  '搜索',
  '多组织',
  '集成',
];
const kinds = ['productizable', 'customization', 'integration', 'bug'];
const visitKinds = ['onsite', 'phone', 'video', 'meeting'];
const statuses = [
  'new',
  'new',
  'new',
  'under_review',
  'planned',
  'planned',
  'in_progress',
  'released',
  'released',
  'declined',
];
const longNotes =
  '客户反馈良好，约定下周提交方案，财务和仓库负责人都参加了，重点讨论了报表和审批流程的改进，下次带实施顾问。';

export async function seedInsight(db: RootDb, tenantId: string): Promise<void> {
  const now = Date.now();
  const reps = (
    await db
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('role', '=', 'sales')
      .execute()
  ).map((row) => row.id);
  const people = (await db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).execute()).map(
    (row) => row.id,
  );
  const template = await db
    .selectFrom('impl_templates')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const customers: Customer[] = Array.from({ length: seedCounts.customers }, (_, i) => ({
    id: newId(),
    owner: reps[i % reps.length] as string,
  }));
  const customerAt = (n: number) => customers[n % customers.length] as Customer;
  await insertBatches(db, 'customers', customers.length, (i) => ({
    id: customerAt(i).id,
    tenant_id: tenantId,
    name: `压测客户${i}`,
    name_search: `压测客户${i}`,
    industry: benchIndustries[i % benchIndustries.length],
    segment: segments[Math.floor(i / 3) % 3],
    tier: tiers[i % 3],
    flag_co_creation: i % 10 === 0 ? 1 : 0,
    flag_angel: i % 17 === 0 ? 1 : 0,
    flag_benchmark: 0,
    owner_id: customerAt(i).owner,
    address: null,
    lat: null,
    lng: null,
    contract_value: null,
    tags: '[]',
    archived_at: i % 50 === 0 ? iso(now - 100 * dayMs) : null,
    version: 1,
    created_at: iso(now - spanMs),
    updated_at: iso(now - spanMs),
  }));
  await seedVisits(db, tenantId, now, customerAt);
  await seedRequirements(db, tenantId, now, customerAt, people[0] as string);
  await seedProjects(db, tenantId, now, customerAt, template.id, people[0] as string);
}

async function seedVisits(db: RootDb, tenantId: string, now: number, customerAt: (n: number) => Customer) {
  const count = seedCounts.visits;
  await insertBatches(db, 'visits', count, (i) => {
    const ms = now - Math.floor((spanMs * i) / count);
    const customer = customerAt(i * 7919);
    const onsite = i % 4 === 0;
    return {
      id: newId(),
      tenant_id: tenantId,
      client_id: newId(),
      customer_id: customer.id,
      owner_id: customer.owner,
      kind: visitKinds[i % 4],
      visited_at: iso(ms),
      visited_on: localDay(ms),
      purpose: null,
      notes: i % 3 === 0 ? null : i % 3 === 1 ? '电话回访，客户说下个月再谈。' : longNotes,
      outcome: null,
      next_step: null,
      follow_up_at: i % 5 === 0 ? localDay(ms + 7 * dayMs) : null,
      check_in_lat: onsite ? 31.3 : null,
      check_in_lng: onsite ? 120.7 : null,
      check_in_accuracy: onsite ? 30 : null,
      check_in_address: null,
      check_in_at: onsite ? iso(ms) : null,
      check_in_distance: onsite ? 100 : null,
      check_in_flagged: onsite && i % 13 === 0 ? 1 : 0,
      check_in_fresh: onsite ? (i % 3 === 0 ? 0 : 1) : null,
      check_in_mock: onsite ? 0 : null,
      check_in_source: onsite ? 'platform' : null,
      version: 1,
      created_at: iso(ms),
      updated_at: iso(ms),
    };
  });
}

interface Requirement {
  id: string;
  mentionedAt: number;
  decidedAt: number | null;
  decisionId: string;
  status: string;
  asking: [Customer, Customer];
}

async function seedRequirements(
  db: RootDb,
  tenantId: string,
  now: number,
  customerAt: (n: number) => Customer,
  pm: string,
) {
  const count = seedCounts.requirements;
  const requirement = (i: number): Requirement => {
    const status = statuses[i % statuses.length] as string;
    const mentionedAt = now - Math.floor((spanMs * i) / count);
    const decided = !['new', 'under_review'].includes(status);
    return {
      id: newId(),
      mentionedAt,
      decidedAt: decided ? Math.min(now, mentionedAt + (i % 20) * dayMs + 3_600_000) : null,
      decisionId: newId(),
      status,
      asking: [customerAt(i * 31), customerAt(i * 31 + 17)],
    };
  };
  const rows = Array.from({ length: count }, (_, i) => requirement(i));
  const at = (i: number) => rows[i] as Requirement;
  await insertBatches(db, 'requirements', count, (i) => {
    const r = at(i);
    return {
      id: r.id,
      tenant_id: tenantId,
      client_id: newId(),
      title: `压测需求${i}`,
      description: null,
      search_text: `压测需求${i}`,
      search_terms: '{}',
      category: i % 13 === 0 ? null : categories[i % categories.length],
      kind: kinds[i % kinds.length],
      status: r.status,
      merged_into_id: null,
      owner_id: null,
      target_release: null,
      impact: 1,
      confidence: 1,
      effort: 1,
      demand: (i % 50) + 1,
      score: (i * 37) % 1000,
      customer_count: 2,
      mention_count: 2,
      contested: 0,
      created_by: pm,
      first_mention_at: iso(r.mentionedAt),
      first_decided_at: r.decidedAt === null ? null : iso(r.decidedAt),
      version: 1,
      created_at: iso(r.mentionedAt),
      updated_at: iso(r.mentionedAt),
    };
  });
  await insertBatches(db, 'requirement_mentions', count * 2, (n) => {
    const r = at(n >> 1);
    const customer = r.asking[n & 1] as Customer;
    return {
      id: newId(),
      tenant_id: tenantId,
      client_id: newId(),
      requirement_id: r.id,
      origin_requirement_id: r.id,
      customer_id: customer.id,
      reporter_id: customer.owner,
      quote: null,
      importance: 'important',
      visit_id: null,
      project_id: null,
      go_live: 0,
      created_at: iso(r.mentionedAt + (n & 1) * 3 * dayMs),
    };
  });
  const decided = rows.filter((r) => r.decidedAt !== null);
  await insertBatches(db, 'requirement_decisions', decided.length, (i) => {
    const r = decided[i] as Requirement;
    return {
      id: r.decisionId,
      tenant_id: tenantId,
      requirement_id: r.id,
      status: r.status,
      note: null,
      decided_by: pm,
      created_at: iso(r.decidedAt as number),
    };
  });
  const told = decided.filter((_, i) => i % 2 === 0);
  await insertBatches(db, 'requirement_tellings', told.length * 2, (n) => {
    const r = told[n >> 1] as Requirement;
    const customer = r.asking[n & 1] as Customer;
    return {
      id: newId(),
      tenant_id: tenantId,
      requirement_id: r.id,
      decision_id: r.decisionId,
      customer_id: customer.id,
      told_by: customer.owner,
      told_at: iso((r.decidedAt as number) + 2 * dayMs),
    };
  });
  const promised = decided.filter((_, i) => i % 40 === 1);
  await insertBatches(db, 'requirement_commitments', promised.length, (i) => {
    const r = promised[i] as Requirement;
    return {
      id: newId(),
      tenant_id: tenantId,
      requirement_id: r.id,
      customer_id: r.asking[0].id,
      promised_by: r.asking[0].owner,
      due_date: localDay(r.mentionedAt + 60 * dayMs),
      note: null,
      fulfilled_at: null,
      created_at: iso(r.mentionedAt),
    };
  });
}
