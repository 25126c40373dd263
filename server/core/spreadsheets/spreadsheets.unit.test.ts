/** The reader every import uses: what it makes of an ordinary workbook. The limits are tested on the import routes. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type SpreadsheetRow, spreadsheetRows } from '.';

async function readAll(bytes: Buffer): Promise<SpreadsheetRow[]> {
  const rows: SpreadsheetRow[] = [];
  for await (const row of spreadsheetRows(bytes)) rows.push(row);
  return rows;
}

describe('spreadsheetRows', () => {
  it('reads every sheet in workbook order, each cell as trimmed text', async () => {
    const workbook = new ExcelJS.Workbook();
    const customers = workbook.addWorksheet('客户');
    customers.addRow(['名称', '人数', '签约日', '官网', '合计']);
    customers.addRow([
      { richText: [{ text: '苏州' }, { text: '恒川', font: { bold: true } }] },
      120,
      new Date('2026-03-31T00:00:00Z'),
      { text: '官网', hyperlink: 'https://example.com' },
      { formula: 'B2*2', result: 240 },
    ]);
    customers.addRow([]);
    customers.getCell('C4').value = '  只有第三列  ';
    workbook.addWorksheet('联系人').addRow(['王经理']);
    const rows = await readAll(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { sheet: '客户', number: 1, cells: ['名称', '人数', '签约日', '官网', '合计'] },
      { sheet: '客户', number: 2, cells: ['苏州恒川', '120', '2026-03-31', '官网', '240'] },
      { sheet: '客户', number: 4, cells: ['', '', '只有第三列'] },
      { sheet: '联系人', number: 1, cells: ['王经理'] },
    ]);
  });
});
