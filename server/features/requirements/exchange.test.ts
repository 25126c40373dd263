/** Export (streamed Excel and CSV), promises to customers and the overdue sweep. */
import { nowIso } from '@server/core/ids';
import { createLogger } from '@server/core/log';
import type { Commitment, Requirement } from '@shared/schemas/requirements';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { dialectUnderTest } from '@test/helpers/database';
import {
  makeConnection,
  makeCustomer,
  makeIdentity,
  makeTenant,
  makeUser,
  type TestTenant,
  type TestUser,
} from '@test/helpers/factories';
import ExcelJS from 'exceljs';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequirementColumns } from './columns';
import { overdueCommitmentsJob } from './jobs';

let app: TestApp;
let tenant: TestTenant;
let rep: TestUser;
let pm: TestUser;
let customerId: string;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  pm = await makeUser(tenant, 'pm', '林晓雯');
  customerId = await makeCustomer(rep, { name: '苏州恒川精密' });
});
afterAll(() => app.close());

async function capture(title: string, quote = '客户原话'): Promise<Requirement> {
  const res = await app.api(rep.token).post<Requirement>('/api/v1/requirements', {
    clientId: uuidv7(),
    title,
    customerId,
    quote,
    importance: 'important',
  });
  return res.body;
}

/** Stored as given: the API trims titles, and the export must still defuse what an import or an older row holds. */
async function insertRequirement(owner: TestTenant, creator: TestUser, title: string): Promise<string> {
  const id = uuidv7();
  const now = nowIso();
  const columns = { id, clientId: uuidv7(), title, description: title, category: null, kind: null };
  await owner.tdb
    .insertInto('requirements', [newRequirementColumns({ ...columns, createdBy: creator.id }, now)])
    .execute();
  return id;
}

describe('GET /api/v1/requirements/export', () => {
  it('writes an Excel workbook with the requirements and, on a second sheet, their mentions', async () => {
    await capture('订单导出Excel', '每个月对账都要手抄');
    await capture('=HYPERLINK("x")');
    const res = await fetch(`${app.url}/api/v1/requirements/export?format=xlsx&sort=newest`, {
      headers: { authorization: `Bearer ${pm.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/requirements-.*\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['需求', '客户提及']);
    const [requirements, mentions] = workbook.worksheets;
    expect(requirements?.getRow(1).getCell(2).value).toBe('标题');
    expect(requirements?.getRow(3).getCell(2).value).toBe('订单导出Excel');
    expect(requirements?.getRow(3).getCell(4).value).toBe('新提交');
    const quotes = mentions?.getColumn(5).values;
    expect(quotes).toContain('每个月对账都要手抄');
  });

  it('writes CSV with a BOM for Excel and defuses formula cells', async () => {
    const res = await fetch(`${app.url}/api/v1/requirements/export?format=csv&sort=newest`, {
      headers: { authorization: `Bearer ${pm.token}` },
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text.split('\r\n')[0]).toContain('标题');
  });

  it('quotes formula-like cells and cells with separators, quotes or line breaks the OWASP way', async () => {
    const own = await makeTenant(app);
    const ownPm = await makeUser(own, 'pm');
    const cases: [string, string][] = [
      ['=1+1', `"'=1+1"`],
      ['+1', `"'+1"`],
      ['-1', `"'-1"`],
      ['@SUM(A1)', `"'@SUM(A1)"`],
      ['\tcmd', `"'\tcmd"`],
      ['\rcmd', `"'\rcmd"`],
      ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      ['plain', 'plain'],
      // PostgreSQL text cannot hold NUL, so only SQLite can store a title that starts with one.
      ...(dialectUnderTest === 'sqlite' ? ([['\0cmd', `"'\0cmd"`]] as [string, string][]) : []),
    ];
    const ids = new Map<string, string>();
    for (const [title] of cases) ids.set(title, await insertRequirement(own, ownPm, title));
    const res = await fetch(`${app.url}/api/v1/requirements/export?format=csv`, {
      headers: { authorization: `Bearer ${ownPm.token}` },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const [title, cell] of cases) expect(text).toContain(`${ids.get(title)},${cell},${cell},`);
  });

  it('refuses a rep (403), a bad format (400) and no token (401)', async () => {
    expect((await app.api(rep.token).get('/api/v1/requirements/export')).status).toBe(403);
    expect((await app.api(pm.token).get('/api/v1/requirements/export?format=pdf')).status).toBe(400);
    expect((await app.api().get('/api/v1/requirements/export')).status).toBe(401);
  });
});

describe('commitments', () => {
  it('records a promise, lists it in the ledger, and the 08:00 sweep announces it once when overdue', async () => {
    const requirement = await capture('库存低于安全库存时预警');
    const connection = await makeConnection(tenant);
    expect(connection).toBeTruthy();
    for (const user of [rep, pm]) {
      await makeIdentity(tenant, {
        userId: user.id,
        connectionId: connection,
        platform: 'dingtalk',
        externalId: `ding-${user.id}`,
      });
    }
    await app.api(pm.token).patch(`/api/v1/requirements/${requirement.id}`, { ownerId: pm.id });
    const created = await app
      .api(rep.token)
      .post<Commitment>(`/api/v1/requirements/${requirement.id}/commitments`, {
        customerId,
        dueDate: '2026-03-31',
        note: '签约时承诺',
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      customerName: '苏州恒川精密',
      promisedByName: '张浩然',
      overdue: true,
    });
    const ledger = await app
      .api(pm.token)
      .get<{ items: Commitment[] }>('/api/v1/requirements/commitments?overdue=1');
    expect(ledger.body.items.map((c) => c.id)).toContain(created.body.id);
    expect((await app.api(rep.token).get('/api/v1/requirements/commitments')).status).toBe(403);
    const bad = await app.api(rep.token).post(`/api/v1/requirements/${requirement.id}/commitments`, {
      customerId,
      dueDate: '31/03/2026',
    });
    expect(bad.status).toBe(400);

    const log = createLogger('silent');
    const early = new Date('2026-04-01T23:30:00Z'); // 07:30 in Shanghai
    await overdueCommitmentsJob.run({
      db: app.database.db,
      now: early,
      log,
      publicUrl: app.config.publicUrl,
    });
    const outboxRows = () =>
      tenant.tdb
        .selectFrom('outbox')
        .select('dedupe_key')
        .where('dedupe_key', 'like', '%commitment-overdue%')
        .execute();
    expect(await outboxRows()).toHaveLength(0);
    const morning = new Date('2026-04-02T00:30:00Z'); // 08:30 in Shanghai
    await overdueCommitmentsJob.run({
      db: app.database.db,
      now: morning,
      log,
      publicUrl: app.config.publicUrl,
    });
    await overdueCommitmentsJob.run({
      db: app.database.db,
      now: morning,
      log,
      publicUrl: app.config.publicUrl,
    });
    expect(await outboxRows()).toHaveLength(2);
  });

  it('counts a promise as kept when the requirement is released', async () => {
    const requirement = await capture('扫码出入库');
    await app.api(rep.token).post(`/api/v1/requirements/${requirement.id}/commitments`, {
      customerId,
      dueDate: '2099-12-31',
    });
    await app.api(pm.token).post(`/api/v1/requirements/${requirement.id}/decisions`, { status: 'released' });
    const ledger = await app.api(pm.token).get<{ items: Commitment[] }>('/api/v1/requirements/commitments');
    const kept = ledger.body.items.find((c) => c.requirementId === requirement.id);
    expect(kept?.fulfilledAt).toEqual(expect.any(String));
  });
});
