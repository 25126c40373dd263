/** Sending spreadsheets to POST /api/v1/imports/customers, and writing the CSV files a sales team would send. */
import type { TenantDb } from '@server/core/db';
import type { TestApp } from './app';
import { makeTenant, makeUser, type TestTenant, type TestUser } from './factories';
import type { ApiResponse } from './http';

export interface ImportOptions {
  filename?: string;
  dryRun?: boolean;
  mapping?: Record<string, string | null>;
  key?: string;
}

export async function postImport(
  baseUrl: string,
  token: string | undefined,
  file: Uint8Array | string,
  options: ImportOptions = {},
): Promise<ApiResponse> {
  const form = new FormData();
  const bytes = typeof file === 'string' ? Buffer.from(file) : file;
  form.append('file', new Blob([Uint8Array.from(bytes)]), options.filename ?? 'customers.csv');
  if (options.mapping) form.append('mapping', JSON.stringify(options.mapping));
  if (options.key) form.append('key', options.key);
  const response = await fetch(`${baseUrl}/api/v1/imports/customers${options.dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Rows as CSV text (quoted where a cell needs it), lines ending in CRLF as Excel writes them. */
export const csvOf = (rows: readonly (readonly (string | number)[])[]): string =>
  rows
    .map((cells) =>
      cells
        .map((cell) => {
          const text = String(cell);
          return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
        })
        .join(','),
    )
    .join('\r\n');

/** How many customers and contacts the tenant holds, to show an import wrote nothing (or everything). */
export async function countsOf(tdb: TenantDb): Promise<{ customers: number; contacts: number }> {
  const count = async (table: 'customers' | 'contacts') =>
    Number(
      (
        await tdb
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { customers: await count('customers'), contacts: await count('contacts') };
}

/** `text` in GBK, as Excel on a Chinese Windows saves CSV (Node can decode GBK but not encode it). */
export function gbkBytes(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from(
    [...text].flatMap((char) =>
      char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? [0x3f]),
    ),
  );
}

export interface ImportTeam {
  tenant: TestTenant;
  manager: TestUser;
  rep: TestUser;
}

/** A company with a sales manager who imports and a rep the sheet names as owner. */
export async function importTeam(app: TestApp): Promise<ImportTeam> {
  const tenant = await makeTenant(app);
  return {
    tenant,
    manager: await makeUser(tenant, 'manager', '王建国'),
    rep: await makeUser(tenant, 'sales', '张浩然'),
  };
}

/** The columns a Chinese sales team's customer sheet has, and rows as they fill them in. */
export const header = [
  '客户名称',
  '行业',
  '客户等级',
  '规模',
  '负责人',
  '联系人',
  '手机',
  '职务',
  '角色',
  '标签',
  '共创',
  '合同金额',
];
export const hengchuan = [
  '苏州恒川精密',
  '制造业',
  '高价值',
  '中型',
  '张浩然',
  '周立新',
  '13800138000',
  '信息部经理',
  'IT',
  '续约中、重点',
  '是',
  '12万',
];
export const hengchuanBoss = [
  '苏州恒川精密',
  '',
  '',
  '',
  '',
  '陈总',
  '13900139000',
  '总经理',
  'KP',
  '',
  '',
  '',
];
export const jiahe = ['杭州嘉禾物流', '物流', 'B类', '小微', '', '吴敏', '', '运营主管', '', '', '否', ''];
