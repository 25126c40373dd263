/** CSV as spreadsheet programs write it: quoting, line endings, byte order marks and GBK, under the same limits. */
import { AppError } from '@server/core/errors';
import { describe, expect, it } from 'vitest';
import { csvRows, spreadsheetLimits } from '.';

const rowsOf = (bytes: Buffer) => [...csvRows(bytes)];

describe('csvRows', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, numbering rows as a spreadsheet shows them', () => {
    const text = '客户名称,地址\r\n"苏州恒川, 精密","园区""星湖街""\n328号"\r\n\r\n  杭州嘉禾  ,\n';
    expect(rowsOf(Buffer.from(text))).toEqual([
      { sheet: '', number: 1, cells: ['客户名称', '地址'] },
      { sheet: '', number: 2, cells: ['苏州恒川, 精密', '园区"星湖街"\n328号'] },
      { sheet: '', number: 4, cells: ['杭州嘉禾', ''] },
    ]);
  });

  it('drops a UTF-8 byte order mark, and reads GBK when the bytes are not UTF-8', () => {
    expect(rowsOf(Buffer.from('\uFEFF客户名称\n苏州'))[0]?.cells).toEqual(['客户名称']);
    // 「客户」 in GBK.
    const gbk = Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0x0a]);
    expect(rowsOf(gbk)).toEqual([{ sheet: '', number: 1, cells: ['客户'] }]);
  });

  it('refuses binary files and files past the row limit with the spreadsheet codes', () => {
    const code = (bytes: Buffer) => {
      try {
        rowsOf(bytes);
        return null;
      } catch (error) {
        return error instanceof AppError ? error.code : 'not an AppError';
      }
    };
    expect(code(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('SPREADSHEET_UNREADABLE');
    expect(code(Buffer.from('a\n'.repeat(spreadsheetLimits.rows + 1)))).toBe('SPREADSHEET_TOO_MANY_ROWS');
    expect(code(Buffer.from('a\n'.repeat(spreadsheetLimits.rows)))).toBeNull();
  });
});
