/** The cells a Chinese sales team types, read as the values they mean (or refused with a reason that names them). */
import { createI18n } from '@shared/i18n';
import { describe, expect, it } from 'vitest';
import { detectColumns } from './import-columns';
import { amountOf, contactRoleOf, flagOf, segmentOf, tagsOf, tierOf } from './import-values';

const t = createI18n('zh-CN').t;
const outcomeOf = <V>(cell: { ok: true; value: V } | { ok: false; message: string }) =>
  cell.ok ? cell.value : `refused: ${cell.message}`;

describe('import cell values', () => {
  it('reads amounts as written: separators, currency signs, 元 and 万', () => {
    expect(
      ['120000', '¥1,200,000', '12万', '3.5 万元', '￥80,000元'].map((text) => outcomeOf(amountOf(text, t))),
    ).toEqual([120000, 1200000, 120000, 35000, 80000]);
    expect(outcomeOf(amountOf('面议', t))).toBe('refused: 「面议」不是金额，例如 120000 或 12万');
  });

  it('reads tiers, sizes, roles and yes/no from the words teams use, whatever the letter case', () => {
    expect(['高价值', 'A类', '重点', 'b', '普通', 'C级'].map((text) => outcomeOf(tierOf(text, t)))).toEqual([
      'high',
      'high',
      'high',
      'general',
      'general',
      'low',
    ]);
    expect(['小微', '中小企业', '中型', '大型', 'KA'].map((text) => outcomeOf(segmentOf(text, t)))).toEqual([
      'smb',
      'smb',
      'mid',
      'large',
      'large',
    ]);
    expect(['KP', '决策人', '使用者', 'it'].map((text) => outcomeOf(contactRoleOf(text, t)))).toEqual([
      'decision_maker',
      'decision_maker',
      'user',
      'it',
    ]);
    expect(['是', 'Y', '√', '否', '0'].map((text) => outcomeOf(flagOf(text, t)))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(outcomeOf(tierOf('超级', t))).toBe('refused: 无法识别「超级」，可填：高价值、一般、低价值');
  });

  it('splits tags on the separators people type, once each', () => {
    expect(tagsOf('华东、重点，续约中;重点')).toEqual(['华东', '重点', '续约中']);
  });

  it('recognises headers with a required mark or a note, and fills each field from the first such column', () => {
    const columns = detectColumns(['客户名称*', '所属行业（选填）', '公司名称', '手机号', '']);
    expect(columns.map((column) => [column.column, column.field])).toEqual([
      ['A', 'name'],
      ['B', 'industry'],
      ['C', null],
      ['D', 'contactPhone'],
    ]);
  });
});
