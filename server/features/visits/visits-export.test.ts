/** GET /api/v1/visits/export: exactly the visits the caller's list shows, as Excel or CSV. */
import type { Page } from '@shared/schemas/common';
import type { Visit } from '@shared/schemas/visits';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { download, readCsv, readXlsx } from '@test/helpers/exports';
import { makeCustomer, makeTenant, makeUser } from '@test/helpers/factories';
import { office, startVisitsWorld, type VisitsWorld } from '@test/helpers/visits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let world: VisitsWorld;
/** The column of the purpose, which each test uses to name its visits. */
const purposeColumn = 4;

beforeAll(async () => {
  world = await startVisitsWorld();
});
afterAll(() => world.app.close());

const purposesIn = async (token: string, query = '') => {
  const res = await download(world.app.url, token, `/api/v1/visits/export?format=csv${query}`);
  expect(res.status).toBe(200);
  return (await readCsv(res)).rows.slice(1).map((row) => row[purposeColumn]);
};

describe('GET /api/v1/visits/export', () => {
  it('writes one row per visit with the columns a manager reads, headers in Chinese', async () => {
    const { app, rep, otherRep, contact, logVisit } = world;
    const photo = await uploadFile(app.url, rep.token, jpegBytes());
    const visit = await logVisit(rep, {
      kind: 'onsite',
      purpose: '导出-完整一行',
      notes: '客户希望月底前上线，对账要能导出 Excel，财务每月手工对账两天。',
      outcome: '同意试用',
      nextStep: '发报价',
      followUpAt: '2031-05-06',
      participantIds: [otherRep.id],
      attendeeContactIds: [contact.id],
      attachmentIds: [photo.body.id],
      checkIn: { lat: office.lat, lng: office.lng, accuracy: 20, address: '星湖街 328 号', isFresh: true },
    });
    const res = await download(app.url, world.manager.token, '/api/v1/visits/export?format=xlsx&mine=false');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="visits-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const sheets = await readXlsx(res);
    const rows = sheets.get('拜访') ?? [];
    expect(rows[0]).toEqual([
      '拜访时间',
      '客户',
      '记录人',
      '拜访方式',
      '拜访目的',
      '我方参与人',
      '客户参会人',
      '沟通记录',
      '签到地址',
      '签到距离（米）',
      '签到异常',
      '记录质量分',
      '拜访结果',
      '下一步',
      '跟进日期',
      '照片链接',
    ]);
    const row = rows.find((cells) => cells[purposeColumn] === '导出-完整一行');
    expect(row).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      '苏州恒川精密制造有限公司',
      '张浩然',
      '上门拜访',
      '导出-完整一行',
      '李婷婷',
      '周立新（生产总监）',
      visit.notes,
      '星湖街 328 号',
      0,
      '否',
      visit.evidence.total,
      '同意试用',
      '发报价',
      '2031-05-06',
      `${app.config.publicUrl}/api/v1/attachments/${photo.body.id}`,
    ]);
    const opened = await app.api(otherRep.token).get(`/api/v1/attachments/${photo.body.id}`);
    expect(opened.status).toBe(200);
  });

  it('answers English headers to an English reader', async () => {
    const res = await download(world.app.url, world.manager.token, '/api/v1/visits/export?format=csv', 'en');
    const [header] = (await readCsv(res)).rows;
    expect(header?.slice(0, 4)).toEqual(['Visited at', 'Customer', 'Logged by', 'Kind']);
  });

  it('writes CSV with a BOM, quoting commas, quotes and line breaks, and defusing formulas', async () => {
    const { rep, logVisit } = world;
    await logVisit(rep, {
      purpose: '导出-引号',
      notes: '他说："要快"，\n下周见',
      outcome: '=HYPERLINK("x")',
    });
    const res = await download(world.app.url, rep.token, '/api/v1/visits/export?format=csv');
    const csv = await readCsv(res);
    expect(csv.hasBom).toBe(true);
    expect(csv.text).toContain('"他说：""要快""，\n下周见"');
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);
    const row = csv.rows.find((cells) => cells[purposeColumn] === '导出-引号');
    expect(row?.[7]).toBe('他说："要快"，\n下周见');
    expect(row?.[12]).toBe(`'=HYPERLINK("x")`);
  });

  it('keeps Excel cells as the text that was typed: a phone number is not turned into a quoted formula', async () => {
    const { rep, logVisit } = world;
    await logVisit(rep, { purpose: '导出-公式', nextStep: '+86 138 0000 0000' });
    const res = await download(world.app.url, rep.token, '/api/v1/visits/export?format=xlsx');
    const row = (await readXlsx(res)).get('拜访')?.find((cells) => cells[purposeColumn] === '导出-公式');
    expect(row?.[13]).toBe('+86 138 0000 0000');
  });

  it('gives a rep the visits their list shows (own and joined), a manager the whole team’s', async () => {
    const { rep, otherRep, manager, logVisit } = world;
    const customerId = await makeCustomer(otherRep, { name: '无锡鼎盛机电' });
    await logVisit(otherRep, { customerId, purpose: '导出-别人的' });
    await logVisit(otherRep, { customerId, purpose: '导出-一起去的', participantIds: [rep.id] });
    await logVisit(rep, { purpose: '导出-自己的' });
    const managers = await purposesIn(manager.token);
    expect(managers).toEqual(expect.arrayContaining(['导出-别人的', '导出-一起去的', '导出-自己的']));
    const reps = await purposesIn(rep.token);
    expect(reps).toEqual(expect.arrayContaining(['导出-一起去的', '导出-自己的']));
    expect(reps).not.toContain('导出-别人的');
    const list = await world.app.api(rep.token).get<Page<Visit>>('/api/v1/visits?limit=100');
    expect(reps).toEqual(list.body.items.map((v) => v.purpose ?? ''));
  });

  it('honours the list’s filters: the same visits, in the same order, as the list with the same query', async () => {
    const { manager, rep, logVisit } = world;
    await logVisit(rep, { kind: 'video', purpose: '导出-视频-今天' });
    await logVisit(rep, { kind: 'video', purpose: '导出-视频-去年', visitedAt: '2025-03-02T02:00:00.000Z' });
    await logVisit(rep, { kind: 'phone', purpose: '导出-电话-去年', visitedAt: '2025-03-02T03:00:00.000Z' });
    const query = `&kind=video&from=2025-01-01&to=2025-12-31&ownerId=${rep.id}`;
    const exported = await purposesIn(manager.token, query);
    expect(exported).toEqual(['导出-视频-去年']);
    const list = await world.app.api(manager.token).get<Page<Visit>>(`/api/v1/visits?limit=100${query}`);
    expect(exported).toEqual(list.body.items.map((v) => v.purpose));
    expect(await purposesIn(manager.token, '&kind=video')).toEqual(['导出-视频-今天', '导出-视频-去年']);
  });

  it('shows nothing of another tenant', async () => {
    const { rep, logVisit } = world;
    await logVisit(rep, { purpose: '导出-别家租户看不到' });
    expect(await purposesIn(world.manager.token)).toContain('导出-别家租户看不到');
    const intruder = await makeUser(await makeTenant(world.app), 'admin');
    expect(await purposesIn(intruder.token)).toEqual([]);
  });

  it('refuses no token (401) and a bad format or filter (400 with fields)', async () => {
    const { app, manager } = world;
    expect((await app.api().get('/api/v1/visits/export')).status).toBe(401);
    const pdf = await app.api(manager.token).get('/api/v1/visits/export?format=pdf');
    expect(pdf).toMatchObject({ status: 400, body: { error: { fields: { format: expect.any(String) } } } });
    const day = await app.api(manager.token).get('/api/v1/visits/export?from=yesterday');
    expect(day).toMatchObject({ status: 400, body: { error: { fields: { from: expect.any(String) } } } });
  });
});
