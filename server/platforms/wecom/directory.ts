/**
 * WeCom's directory for the role-mapping pickers (self-built app secret):
 * - departments: GET /cgi-bin/department/list?id= → `{errcode, errmsg, department: [{id, name, parentid, order}]}`,
 *   the department and everything under it, so the children are picked out here; without `id`, everything the
 *   app may see, whose tops stand in for the root when the app's range is narrower than the whole company
 *   (https://developer.work.weixin.qq.com/document/path/90208);
 * - people: GET /cgi-bin/user/simplelist?department_id=&fetch_child=1 → `{userlist: [{userid, name, department}]}`
 *   for each top department the app may see (https://developer.work.weixin.qq.com/document/path/90200), filtered
 *   by name here.
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

  /** Everything the app may see, and which of it stands directly under the root of what it sees. */
  const visible = async (appToken: string, parentId?: string) => {
    const body = await getWithToken('department/list', appToken, parentId ? { id: parentId } : {});
    const all = readShape('wecom', 'department/list', departmentsReply, body).department ?? [];
    const seen = new Set(all.map((department) => department.id));
    const isTop = (id: string, parent: string | null | undefined) =>
      id === rootDepartmentId || !parent || !seen.has(parent);
    return { all, tops: all.filter((department) => isTop(department.id, department.parentid)) };
  };

  return {
    rootDepartmentId,
    listDepartments: (appToken, parentId) =>
      listUnlessDenied(deniedCodes, async () => {
        const isRoot = parentId === rootDepartmentId;
        const { all, tops } = await visible(appToken, isRoot ? undefined : parentId);
        const shown = isRoot
          ? [
              ...all.filter((department) => department.parentid === rootDepartmentId),
              ...tops.filter((department) => department.id !== rootDepartmentId),
            ]
          : all.filter((department) => department.parentid === parentId);
        return [...new Map(shown.map((department) => [department.id, department])).values()].map(
          (department) => ({
            id: department.id,
            // Names are withheld from some apps (the docs: show them through the open-data component instead).
            name: department.name || department.id,
            parentId: department.parentid ?? null,
          }),
        );
      }),
    searchPeople: (appToken, query) =>
      listUnlessDenied(deniedCodes, async () => {
        const { tops } = await visible(appToken);
        const found = new Map<string, { id: string; name: string }>();
        for (const top of tops) {
          const body = await getWithToken('user/simplelist', appToken, {
            department_id: top.id,
            fetch_child: '1',
          });
          for (const user of readShape('wecom', 'user/simplelist', peopleReply, body).userlist ?? []) {
            const person = { id: user.userid, name: user.name || user.userid };
            if (nameMatches(person.name, query)) found.set(person.id, person);
          }
        }
        return [...found.values()].slice(0, peopleSearchLimit);
      }),
  };
}
