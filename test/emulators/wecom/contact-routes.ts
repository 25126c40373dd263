/**
 * WeCom's directory for a self-built app: department/list answers the department and everything under it
 * (https://developer.work.weixin.qq.com/document/path/90208), user/simplelist a department's people, with
 * fetch_child=1 those of its sub-departments too (https://developer.work.weixin.qq.com/document/path/90200). A
 * department outside the app's 可见范围 answers errcode 60011 "no privilege to access/modify
 * contact/party/agent" (https://developer.work.weixin.qq.com/document/path/90313); an unknown one 60123.
 */
import type { Router } from '@koa/router';
import type { Context } from 'koa';
import { queryParam } from '../core/params';
import { weComCaller, weComError, weComOk } from './http';
import type { WeComApp, WeComOrg, WeComState } from './state';

const ROOT = 1;

export function weComContactRoutes(router: Router, state: WeComState): void {
  router.get('/cgi-bin/department/list', (ctx) => {
    const found = readableDepartment(ctx, state, queryParam(ctx, 'id') ?? String(ROOT));
    if (!found) return;
    const { org, departmentId } = found;
    const within = subtree(org, departmentId);
    const rootName = org.corpName;
    weComOk(ctx, {
      department: [
        ...(departmentId === ROOT ? [{ id: ROOT, name: rootName, parentid: 0, order: 100000000 }] : []),
        ...org.departments
          .filter((department) => within.has(department.id))
          .map((department, index) => ({
            id: department.id,
            name: department.name,
            name_en: '',
            department_leader: [],
            parentid: department.parentId,
            order: 100000000 - index,
          })),
      ],
    });
  });

  router.get('/cgi-bin/user/simplelist', (ctx) => {
    const found = readableDepartment(ctx, state, queryParam(ctx, 'department_id'));
    if (!found) return;
    const { org, departmentId } = found;
    const departments =
      queryParam(ctx, 'fetch_child') === '1' ? subtree(org, departmentId) : new Set([departmentId]);
    const members = [...org.users.values()].filter((user) =>
      user.departmentIds.some((id) => departments.has(id)),
    );
    weComOk(ctx, {
      userlist: members.map((user) => ({
        userid: user.userId,
        name: user.name,
        department: user.departmentIds,
      })),
    });
  });
}

function readableDepartment(
  ctx: Context,
  state: WeComState,
  raw: string | undefined,
): { org: WeComOrg; departmentId: number } | null {
  const app = weComCaller(ctx, state);
  if (!app) return null;
  const org = state.orgs.get(app.corpId);
  const departmentId = Number(raw);
  if (!org || !raw || !Number.isInteger(departmentId)) {
    weComError(ctx, 40058, 'invalid department id');
    return null;
  }
  if (departmentId !== ROOT && !org.departments.some((department) => department.id === departmentId)) {
    weComError(ctx, 60123, 'invalid party id');
    return null;
  }
  if (!isVisible(app, org, departmentId)) {
    weComError(ctx, 60011, 'no privilege to access/modify contact/party/agent');
    return null;
  }
  return { org, departmentId };
}

/** Visible when the department or one of its ancestors is in the app's range. */
function isVisible(app: WeComApp, org: WeComOrg, departmentId: number): boolean {
  let current: number | undefined = departmentId;
  while (current !== undefined) {
    if (app.visibleDepartmentIds.includes(current)) return true;
    if (current === ROOT) return false;
    current = org.departments.find((department) => department.id === current)?.parentId;
  }
  return false;
}

/** The department and every department under it. */
function subtree(org: WeComOrg, departmentId: number): Set<number> {
  const within = new Set([departmentId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const department of org.departments) {
      if (within.has(department.parentId) && !within.has(department.id)) {
        within.add(department.id);
        grew = true;
      }
    }
  }
  return within;
}
