/**
 * DingTalk's directory: sub-departments and a department's people (oapi, errcode style) and the name search
 * (api.dingtalk.com, HTTP-status style). Shapes from
 * https://open.dingtalk.com/document/orgapp/obtain-the-department-list-v2 (topapi/v2/department/listsub),
 * https://open.dingtalk.com/document/orgapp/queries-the-simple-information-of-a-department-user
 * (topapi/user/listsimple, size ≤ 100) and https://open.dingtalk.com/document/orgapp/address-book-search-user-id
 * (v1.0/contact/users/search, size ≤ 50, answers userids only). Without the contact permission oapi answers
 * errcode 60011 and api.dingtalk.com 403 Forbidden.AccessDenied.AccessTokenPermissionDenied (platforms.md §2.2).
 */
import type { Router } from '@koa/router';
import type { Context } from 'koa';
import { bodyObject, stringField } from '../core/params';
import { apiCaller, apiError, oapiCaller, oapiError, oapiOk } from './http';
import type { DingTalkApp, DingTalkOrg, DingTalkState } from './state';

const ROOT = 1;

export function contactRoutes(router: Router, state: DingTalkState): void {
  router.post('/topapi/v2/department/listsub', (ctx) => {
    const org = permittedOrg(ctx, state, oapiCaller(ctx, state));
    if (!org) return;
    const deptId = numberField(bodyObject(ctx), 'dept_id') ?? ROOT;
    if (!knowsDepartment(org, deptId)) return oapiError(ctx, 60003, '部门不存在');
    oapiOk(ctx, {
      result: org.departments
        .filter((department) => department.parentId === deptId)
        .map((department) => ({
          dept_id: department.id,
          name: department.name,
          parent_id: department.parentId,
          create_dept_group: false,
          auto_add_user: false,
        })),
    });
  });

  router.post('/topapi/user/listsimple', (ctx) => {
    const org = permittedOrg(ctx, state, oapiCaller(ctx, state));
    if (!org) return;
    const body = bodyObject(ctx);
    const deptId = numberField(body, 'dept_id');
    const size = numberField(body, 'size');
    if (deptId === undefined || size === undefined) return oapiError(ctx, 40035, '缺少参数 dept_id or size');
    if (size < 1 || size > 100) return oapiError(ctx, 400002, '无效的参数 size');
    if (!knowsDepartment(org, deptId)) return oapiError(ctx, 60003, '部门不存在');
    const cursor = numberField(body, 'cursor') ?? 0;
    const members = [...org.users.values()].filter((user) => user.departmentIds.includes(deptId));
    const page = members.slice(cursor, cursor + size);
    const hasMore = cursor + size < members.length;
    oapiOk(ctx, {
      result: {
        has_more: hasMore,
        ...(hasMore ? { next_cursor: cursor + size } : {}),
        list: page.map((user) => ({ userid: user.userId, name: user.name })),
      },
    });
  });

  router.post('/v1.0/contact/users/search', (ctx) => {
    const app = apiCaller(ctx, state);
    if (!app) return;
    const org = state.orgs.get(app.corpId);
    if (!org?.contactPermission) {
      return apiError(
        ctx,
        403,
        'Forbidden.AccessDenied.AccessTokenPermissionDenied',
        '没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/document/orgapp/add-api-permission',
      );
    }
    const body = bodyObject(ctx);
    const queryWord = stringField(body, 'queryWord');
    const size = numberField(body, 'size') ?? 10;
    if (!queryWord) return apiError(ctx, 400, 'MissingqueryWord', 'queryWord is mandatory for this action.');
    if (size < 1 || size > 50) return apiError(ctx, 400, 'InvalidParameter.size', 'size 取值 1~50');
    const offset = numberField(body, 'offset') ?? 0;
    const hits = [...org.users.values()].filter((user) => user.name.includes(queryWord));
    const page = hits.slice(offset, offset + size);
    ctx.body = {
      hasMore: offset + size < hits.length,
      totalCount: hits.length,
      list: page.map((user) => user.userId),
    };
  });
}

/** The caller's org when the app holds the contact permission; otherwise writes 60011 and answers null. */
function permittedOrg(ctx: Context, state: DingTalkState, app: DingTalkApp | null): DingTalkOrg | null {
  if (!app) return null;
  const org = state.orgs.get(app.corpId) ?? null;
  if (org?.contactPermission) return org;
  oapiError(ctx, 60011, '没有调用该接口的权限');
  return null;
}

function knowsDepartment(org: DingTalkOrg, deptId: number): boolean {
  return deptId === ROOT || org.departments.some((department) => department.id === deptId);
}

function numberField(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  const parsed = typeof value === 'string' && value !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isInteger(parsed) ? parsed : undefined;
}
