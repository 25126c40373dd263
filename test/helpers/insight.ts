/**
 * The dashboards' small fixed data set: five customers, six visits, five requirements and six projects, dated
 * relative to today so "overdue" and "the last 30 days" stay true. insight.test.ts states every figure it expects
 * by hand from the table below; rows go in directly so their times are exactly these.
 */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import type { CustomerCreate } from '@shared/schemas/customers';
import type { TestApp } from './app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from './factories';
import { at, day } from './insight-days';
import { addProjects } from './insight-projects';
import { addRequirements } from './insight-requirements';

export { at, day, today } from './insight-days';

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
export type People = InsightWorld['people'];
export type Customers = InsightWorld['customers'];
export type Visits = InsightWorld['visits'];

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
