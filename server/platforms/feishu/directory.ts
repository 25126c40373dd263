/**
 * Feishu's directory (contact v3, tenant token) for the role-mapping pickers:
 * - departments: GET /open-apis/contact/v3/departments/:department_id/children?department_id_type=open_department_id
 *   → `data: {items: [{name, open_department_id, parent_department_id}], has_more, page_token}`; root "0", which
 *   needs the app's contact range to be 全部成员
 *   (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/children);
 * - people: GET /open-apis/contact/v3/users/find_by_department?department_id=0 → `data: {items: [{open_id, name}]}`,
 *   filtered by name here: a tenant token has no name search.
 * Refusals (HTTP 400): 99991672 when the app lacks a contact scope ("Access denied. One of the following scopes is
 * required", with `permission_violations`; seen in m1heng/clawdbot-feishu#149), 40004 "no dept authority" and 41050
 * "no user authority" when the department or person is outside the app's contact range.
 */
import type { Client } from '@larksuiteoapi/node-sdk';
import { withTenantToken } from '@larksuiteoapi/node-sdk';
import { z } from 'zod';
import { listUnlessDenied, nameMatches, peopleSearchLimit } from '../directory';
import { readShape } from '../http';
import type { PlatformDirectory } from '../types';

const deniedCodes = new Set(['99991672', '40004', '41050']);
const pageSize = 50;
const departmentsReply = z.object({
  data: z.object({
    items: z
      .array(
        z.object({
          name: z.string(),
          open_department_id: z.string(),
          parent_department_id: z.string().nullish(),
        }),
      )
      .nullish(),
  }),
});
const peopleReply = z.object({
  data: z.object({
    items: z.array(z.object({ open_id: z.string(), name: z.string().nullish() })).nullish(),
  }),
});

export function createFeishuDirectory(lark: () => Client): PlatformDirectory {
  const rootDepartmentId = '0';
  return {
    rootDepartmentId,
    listDepartments: (appToken, parentId) =>
      listUnlessDenied(deniedCodes, async () => {
        const body: unknown = await lark().contact.department.children(
          {
            path: { department_id: parentId },
            params: { department_id_type: 'open_department_id', page_size: pageSize },
          },
          withTenantToken(appToken),
        );
        const items = readShape('feishu', 'contact/v3/departments/children', departmentsReply, body).data
          .items;
        return (items ?? []).map((department) => ({
          id: department.open_department_id,
          name: department.name,
          parentId: department.parent_department_id ?? null,
        }));
      }),
    searchPeople: (appToken, query) =>
      listUnlessDenied(deniedCodes, async () => {
        const body: unknown = await lark().contact.user.findByDepartment(
          {
            params: {
              department_id: rootDepartmentId,
              department_id_type: 'open_department_id',
              user_id_type: 'open_id',
              page_size: pageSize,
            },
          },
          withTenantToken(appToken),
        );
        const items = readShape('feishu', 'contact/v3/users/find_by_department', peopleReply, body).data
          .items;
        return (items ?? [])
          .map((user) => ({ id: user.open_id, name: user.name ?? '' }))
          .filter((person) => nameMatches(person.name, query))
          .slice(0, peopleSearchLimit);
      }),
  };
}
