/** POST /templates/import of hostile workbooks: refused by role before reading, and by size, shape and zip bombs. */
import { once } from 'node:events';
import { type IncomingMessage, request } from 'node:http';
import { spreadsheetLimits } from '@server/core/spreadsheets';
import type { Template } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { buildXlsx, repeated, sheetXml, worksheet, type XlsxSheet } from '@test/helpers/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxMime } from './import-export';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const importPath = '/api/v1/templates/import?name=import&segment=smb';

async function people(): Promise<{ pm: TestUser; rep: TestUser }> {
  const tenant = await makeTenant(app);
  return { pm: await makeUser(tenant, 'pm'), rep: await makeUser(tenant, 'sales') };
}

const upload = (user: TestUser, body: Buffer, headers: Record<string, string> = {}) =>
  app.api(user.token).raw(importPath, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': xlsxMime, ...headers },
  });

const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

/** Announces `declaredLength` bytes, sends only `sentBytes` of them, and waits at most three seconds for an answer. */
async function postPartially(user: TestUser, declaredLength: number, sentBytes: number) {
  const started = performance.now();
  const req = request(`${app.url}${importPath}`, {
    method: 'POST',
    signal: AbortSignal.timeout(3000),
    headers: {
      authorization: `Bearer ${user.token}`,
      'content-type': xlsxMime,
      'content-length': String(declaredLength),
    },
  });
  // The server closes the socket while the rest is still unsent; `once` below still fails on a timeout.
  req.on('error', () => undefined);
  req.write(Buffer.alloc(sentBytes));
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  let text = '';
  for await (const chunk of res) text += chunk;
  req.destroy();
  return {
    status: res.statusCode,
    connection: res.headers.connection,
    body: JSON.parse(text),
    ms: performance.now() - started,
  };
}

/** A phase sheet and a task sheet, as the export writes them. */
const templateSheets = (phases: number): XlsxSheet[] => [
  {
    name: '阶段',
    xml: sheetXml([
      ['阶段ID', '阶段', '工期(工作日)', '负责角色'],
      ...Array.from({ length: phases }, (_, i) => ['', `阶段${i + 1}`, '3', '实施顾问']),
    ]),
  },
  {
    name: '任务',
    xml: sheetXml([
      ['任务ID', '阶段', '任务', '指引', '凭证'],
      ...Array.from({ length: phases }, (_, i) => ['', `阶段${i + 1}`, `任务${i + 1}`, '', '照片']),
    ]),
  },
];

/** 200 MB of the same row over and over: it deflates to a few hundred kilobytes. */
const repeatedRows = () =>
  worksheet(repeated('<row r="2"><c r="A2" t="inlineStr"><is><t>炸弹</t></is></c></row>', 200));

/** One cell holding 200 MB of text. */
const hugeCell = () =>
  worksheet(
    (function* () {
      yield '<row r="1"><c r="A1" t="inlineStr"><is><t>';
      yield* repeated('A', 200);
      yield '</t></is></c></row>';
    })(),
  );

/** Samples the resident memory of this process (the app runs in it) while `work` runs. */
async function peakMemoryGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    return { result, growthMb: (Math.max(peak, process.memoryUsage().rss) - before) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

describe('POST /api/v1/templates/import of an Excel workbook', () => {
  it('imports a normal workbook', async () => {
    const { pm } = await people();
    const res = await upload(pm, await buildXlsx(templateSheets(3)));
    expect(res.status).toBe(201);
    const template = res.body as Template;
    expect(template.phases.map((p) => [p.name, p.tasks.map((t) => t.title)])).toEqual([
      ['阶段1', ['任务1']],
      ['阶段2', ['任务2']],
      ['阶段3', ['任务3']],
    ]);
  });

  it('refuses a sales rep with 403 before reading the body, and closes the connection', async () => {
    const { pm, rep } = await people();
    const refused = await postPartially(rep, 50 * 1024 * 1024, 64 * 1024);
    expect(refused).toMatchObject({
      status: 403,
      connection: 'close',
      body: { error: { code: 'FORBIDDEN' } },
    });
    expect(refused.ms).toBeLessThan(2000);
    const tooLarge = await postPartially(pm, 50 * 1024 * 1024, 64 * 1024);
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'SPREADSHEET_TOO_LARGE' } } });
    expect(errorOf(tooLarge.body).message).toBe('表格文件不能超过 2 MB');
  });

  it('refuses a file larger than the limit as it streams in, even without a declared length', async () => {
    const { pm } = await people();
    const big = Buffer.alloc(spreadsheetLimits.fileBytes + 1);
    const res = await app.api(pm.token).raw(importPath, {
      method: 'POST',
      body: new Blob([big]).stream(),
      headers: { 'content-type': xlsxMime },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(errorOf(res.body).code).toBe('SPREADSHEET_TOO_LARGE');
  });

  it('refuses a zip bomb whose directory admits its size, before inflating it', async () => {
    const { pm } = await people();
    const bomb = await buildXlsx([{ name: '阶段', xml: repeatedRows() }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const res = await upload(pm, bomb, { 'accept-language': 'en' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(res.status).toBe(413);
    expect(errorOf(res.body)).toEqual({
      code: 'SPREADSHEET_UNPACKS_TOO_LARGE',
      message:
        'The spreadsheet unpacks to more than 16 MB; remove what is not needed or split it into several files',
    });
  });

  it('refuses a zip bomb that lies about its size fast, in bounded memory, while /healthz keeps answering', async () => {
    const { pm } = await people();
    const rowsBomb = await buildXlsx([{ name: '阶段', xml: repeatedRows(), declaredSize: 4096 }]);
    const cellBomb = await buildXlsx([
      {
        name: '阶段',
        xml: hugeCell(),
        declaredSize: 4096,
      },
    ]);
    for (const [bomb, status, code] of [
      [rowsBomb, 422, 'SPREADSHEET_TOO_MANY_ROWS'],
      [cellBomb, 413, 'SPREADSHEET_UNPACKS_TOO_LARGE'],
    ] as const) {
      const started = performance.now();
      const { result, growthMb } = await peakMemoryGrowth(() =>
        Promise.all([upload(pm, bomb), app.api().get('/healthz')]),
      );
      const [res, health] = result;
      expect(performance.now() - started).toBeLessThan(5000);
      expect(health.status).toBe(200);
      expect(res.status).toBe(status);
      expect(errorOf(res.body).code).toBe(code);
      expect(growthMb).toBeLessThan(100);
    }
  });

  it('refuses too many sheets, rows or cells (422) and a file that is not a workbook', async () => {
    const { pm } = await people();
    const sheets = Array.from({ length: spreadsheetLimits.sheets + 1 }, (_, i) => ({
      name: `表${i + 1}`,
      xml: sheetXml([['x']]),
    }));
    const rows = [
      { name: '阶段', xml: sheetXml(Array.from({ length: spreadsheetLimits.rows + 1 }, () => ['x'])) },
    ];
    const wide = Array.from({ length: 1000 }, () => 'x');
    const cells = [
      {
        name: '阶段',
        xml: sheetXml(Array.from({ length: spreadsheetLimits.cells / wide.length + 1 }, () => wide)),
      },
    ];
    for (const [workbook, code, message] of [
      [sheets, 'SPREADSHEET_TOO_MANY_SHEETS', '表格最多只能有 16 个工作表'],
      [rows, 'SPREADSHEET_TOO_MANY_ROWS', '表格最多只能有 10000 行，请拆成几个文件'],
      [cells, 'SPREADSHEET_TOO_MANY_CELLS', '表格最多只能有 100000 个单元格，请拆成几个文件'],
    ] as const) {
      const res = await upload(pm, await buildXlsx(workbook));
      expect(res.status).toBe(422);
      expect(errorOf(res.body)).toEqual({ code, message });
    }
    const garbage = await upload(pm, Buffer.from('not a zip at all'));
    expect(garbage.status).toBe(422);
    expect(errorOf(garbage.body).code).toBe('SPREADSHEET_UNREADABLE');
  });
});
