/**
 * Feishu's directory (contact v3, tenant token) for the role-mapping pickers:
 * - departments: GET /open-apis/contact/v3/departments/:department_id/children?department_id_type=open_department_id
 *   → `data: {items: [{name, open_department_id, parent_department_id}], has_more, page_token}`; root "0", which
 *   needs the app's contact range to be 全部成员
 *   (https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/children);
 * - people: GET /open-apis/contact/v3/users/find_by_department?department_id= → `data: {items: [{open_id, name}]}`,
 *   direct members only, so the root and the departments under it are walked (at most `departmentsWalked`) and
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
import type { DirectoryDepartment, DirectoryPerson, PlatformDirectory } from '../types';

const deniedCodes = new Set(['99991672', '40004', '41050']);
const pageSize = 50;
/** Each department walked costs two calls; a picker answers within a few seconds. */
const departmentsWalked = 10;
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

  const childrenOf = async (appToken: string, parentId: string): Promise<DirectoryDepartment[]> => {
    const body: unknown = await lark().contact.department.children(
      {
        path: { department_id: parentId },
        params: { department_id_type: 'open_department_id', page_size: pageSize },
      },
      withTenantToken(appToken),
    );
    const items = readShape('feishu', 'contact/v3/departments/children', departmentsReply, body).data.items;
    return (items ?? []).map((department) => ({
      id: department.open_department_id,
      name: department.name,
      parentId: department.parent_department_id ?? null,
    }));
  };

  const membersOf = async (appToken: string, departmentId: string): Promise<DirectoryPerson[]> => {
    const body: unknown = await lark().contact.user.findByDepartment(
      {
        params: {
          department_id: departmentId,
          department_id_type: 'open_department_id',
          user_id_type: 'open_id',
          page_size: pageSize,
        },
      },
      withTenantToken(appToken),
    );
    const items = readShape('feishu', 'contact/v3/users/find_by_department', peopleReply, body).data.items;
    return (items ?? []).map((user) => ({ id: user.open_id, name: user.name ?? '' }));
  };

  return {
    rootDepartmentId,
    listDepartments: (appToken, parentId) =>
      listUnlessDenied(deniedCodes, () => childrenOf(appToken, parentId)),
    searchPeople: (appToken, query) =>
      listUnlessDenied(deniedCodes, async () => {
        const found = new Map<string, DirectoryPerson>();
        const queue = [rootDepartmentId];
        for (let walked = 0; walked < departmentsWalked && found.size < peopleSearchLimit; walked += 1) {
          const departmentId = queue.shift();
          if (departmentId === undefined) break;
          for (const person of await membersOf(appToken, departmentId)) {
            if (nameMatches(person.name, query)) found.set(person.id, person);
          }
          queue.push(...(await childrenOf(appToken, departmentId)).map((department) => department.id));
        }
        return [...found.values()].slice(0, peopleSearchLimit);
      }),
  };
}
