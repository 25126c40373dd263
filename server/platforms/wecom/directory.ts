/**
 * WeCom's directory for the role-mapping pickers (self-built app secret):
 * - departments: GET /cgi-bin/department/list?id= → `{errcode, errmsg, department: [{id, name, parentid, order}]}`,
 *   the department and everything under it, so the children are picked out here; root 1
 *   (https://developer.work.weixin.qq.com/document/path/90208);
 * - people: GET /cgi-bin/user/simplelist?department_id=1&fetch_child=1 → `{userlist: [{userid, name, department}]}`
 *   (https://developer.work.weixin.qq.com/document/path/90200), filtered by name here.
 * Refusal: errcode 60011 "no privilege to access/modify contact/party/agent" when the department is outside the
 * app's visible range (https://developer.work.weixin.qq.com/document/path/90313).
 */
import { z } from 'zod';
import { listUnlessDenied, nameMatches, peopleSearchLimit } from '../directory';
import { readShape } from '../http';
import type { PlatformDirectory } from '../types';

const deniedCodes = new Set(['60011']);
const id = z.union([z.number(), z.string()]).transform(String);
const departmentsReply = z.object({
  department: z.array(z.object({ id, name: z.string().nullish(), parentid: id.nullish() })).nullish(),
});
const peopleReply = z.object({
  userlist: z.array(z.object({ userid: z.string(), name: z.string().nullish() })).nullish(),
});

type GetWithToken = (path: string, appToken: string, query?: Record<string, string>) => Promise<unknown>;

export function createWeComDirectory(getWithToken: GetWithToken): PlatformDirectory {
  const rootDepartmentId = '1';
  return {
    rootDepartmentId,
    listDepartments: (appToken, parentId) =>
      listUnlessDenied(deniedCodes, async () => {
        const body = await getWithToken('department/list', appToken, { id: parentId });
        const all = readShape('wecom', 'department/list', departmentsReply, body).department ?? [];
        return all
          .filter((department) => department.parentid === parentId && department.id !== parentId)
          .map((department) => ({
            id: department.id,
            // Names are withheld from some apps (the docs: show them through the open-data component instead).
            name: department.name || department.id,
            parentId: department.parentid ?? null,
          }));
      }),
    searchPeople: (appToken, query) =>
      listUnlessDenied(deniedCodes, async () => {
        const body = await getWithToken('user/simplelist', appToken, {
          department_id: rootDepartmentId,
          fetch_child: '1',
        });
        const users = readShape('wecom', 'user/simplelist', peopleReply, body).userlist ?? [];
        return users
          .map((user) => ({ id: user.userid, name: user.name || user.userid }))
          .filter((person) => nameMatches(person.name, query))
          .slice(0, peopleSearchLimit);
      }),
  };
}
