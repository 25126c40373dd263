import { describe, expect, it } from 'vitest';
import { parseDemoTenant } from './parse';

describe('parseDemoTenant', () => {
  it('reads people, customers and the contacts under them', () => {
    const tenant = parseDemoTenant(
      '示例科技',
      `
      # 人员
      @ sales1 | 张浩然 | sales | 18709454633 | zhang@shili.example.cn | 华东销售部
      苏州恒川精密制造 | 制造业 | large | high | coCreation、benchmark | sales1 | 苏州市星湖街328号 | 31.3,120.74 | 2380000 | 多组织、华东重点
        - 顾建华 | 总经理 | decision_maker | 18921440974 | -
      杭州某零售 | 零售 | smb | low | - | sales1 | 杭州市 | - | - | -
      `,
    );
    expect(tenant.users).toEqual([
      {
        key: 'sales1',
        name: '张浩然',
        role: 'sales',
        mobile: '18709454633',
        email: 'zhang@shili.example.cn',
        department: '华东销售部',
      },
    ]);
    expect(tenant.customers[0]).toMatchObject({
      flags: { coCreation: true, angel: false, benchmark: true },
      location: { lat: 31.3, lng: 120.74 },
      contractValue: 2380000,
      tags: ['多组织', '华东重点'],
      contacts: [{ name: '顾建华', role: 'decision_maker', email: null }],
    });
    expect(tenant.customers[1]).toMatchObject({
      location: null,
      contractValue: null,
      tags: [],
      contacts: [],
    });
  });

  it('names the line that does not fit', () => {
    expect(() => parseDemoTenant('示例科技', '\n@ boss | 王 | ceo | 1 | x | y')).toThrow(/示例科技, line 2/);
  });
});
