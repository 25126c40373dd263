/**
 * DingTalk's directory for the role-mapping pickers:
 * - departments: POST oapi /topapi/v2/department/listsub `{dept_id, language}` → `result: [{dept_id, name,
 *   parent_id}]`, next level only, root 1 (https://open.dingtalk.com/document/orgapp/obtain-the-department-list-v2,
 *   permission qyapi_get_department_list);
 * - people by name: POST https://api.dingtalk.com/v1.0/contact/users/search `{queryWord, offset, size≤50}` →
 *   `{hasMore, totalCount, list: [userid]}` (https://open.dingtalk.com/document/orgapp/address-book-search-user-id),
 *   then each hit's name from /topapi/v2/user/get;
 * - the root's people when nothing is typed: POST oapi /topapi/user/listsimple `{dept_id, cursor, size≤100}` →
 *   `result: {has_more, next_cursor, list: [{userid, name}]}`
 *   (https://open.dingtalk.com/document/orgapp/queries-the-simple-information-of-a-department-user).
 * Refusals: oapi errcode 60011 (or 88 with sub_code 60011) for a missing permission and 50004 for a department
 * outside the app's range (codes commonly cited, UNCONFIRMED against the official table); api.dingtalk.com answers
 * 403 `Forbidden.AccessDenied.AccessTokenPermissionDenied` (platforms.md §2.2).
 */
import { z } from 'zod';
import { listUnlessDenied, peopleSearchLimit } from '../directory';
import { type HttpRequest, readShape } from '../http';
import type { DirectoryPerson, PlatformDirectory, PlatformProfile } from '../types';

const deniedCodes = new Set([
  '60011',
  '88/60011',
  '50004',
  'Forbidden.AccessDenied.AccessTokenPermissionDenied',
]);
const id = z.union([z.number(), z.string()]).transform(String);
const departmentsReply = z.object({
  result: z.array(z.object({ dept_id: id, name: z.string(), parent_id: id.nullish() })),
});
const searchReply = z.object({ list: z.array(z.string()).nullish() });
const simpleListReply = z.object({
  result: z.object({ list: z.array(z.object({ userid: z.string(), name: z.string() })).nullish() }),
});

export function createDingTalkDirectory(
  oapi: string,
  call: (request: HttpRequest) => Promise<Record<string, unknown>>,
  fetchProfile: (appToken: string, userId: string) => Promise<PlatformProfile>,
): PlatformDirectory {
  const rootDepartmentId = '1';
  const post = (operation: string, url: string, appToken: string, json: unknown) =>
    call({ operation, method: 'POST', url, query: { access_token: appToken }, json, secrets: [appToken] });

  const searchByName = async (appToken: string, query: string): Promise<DirectoryPerson[]> => {
    const body = await call({
      operation: 'contact/users/search',
      method: 'POST',
      url: `${oapi}/v1.0/contact/users/search`,
      headers: { 'x-acs-dingtalk-access-token': appToken },
      json: { queryWord: query, offset: 0, size: peopleSearchLimit },
      secrets: [appToken],
    });
    const userIds = readShape('dingtalk', 'contact/users/search', searchReply, body).list ?? [];
    const profiles = await Promise.all(userIds.map((userId) => fetchProfile(appToken, userId)));
    return profiles.map((profile) => ({ id: profile.externalId, name: profile.name }));
  };

  const rootPeople = async (appToken: string): Promise<DirectoryPerson[]> => {
    const body = await post('user/listsimple', `${oapi}/topapi/user/listsimple`, appToken, {
      dept_id: Number(rootDepartmentId),
      cursor: 0,
      size: peopleSearchLimit,
    });
    const list = readShape('dingtalk', 'user/listsimple', simpleListReply, body).result.list ?? [];
    return list.map((user) => ({ id: user.userid, name: user.name }));
  };

  return {
    rootDepartmentId,
    listDepartments: (appToken, parentId) =>
      listUnlessDenied(deniedCodes, async () => {
        const body = await post('department/listsub', `${oapi}/topapi/v2/department/listsub`, appToken, {
          dept_id: Number(parentId),
          language: 'zh_CN',
        });
        return readShape('dingtalk', 'department/listsub', departmentsReply, body).result.map((dept) => ({
          id: dept.dept_id,
          name: dept.name,
          parentId: dept.parent_id ?? null,
        }));
      }),
    searchPeople: (appToken, query) =>
      listUnlessDenied(deniedCodes, () =>
        query.trim() ? searchByName(appToken, query.trim()) : rootPeople(appToken),
      ),
  };
}
