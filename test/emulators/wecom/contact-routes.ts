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
  // Without `id`: every department the app may see (the docs: 不填则获取全量组织架构, within the app's range).
  router.get('/cgi-bin/department/list', (ctx) => {
    const requested = queryParam(ctx, 'id');
    const found =
      requested === undefined ? visibleOrg(ctx, state) : readableDepartment(ctx, state, requested);
    if (!found) return;
    const { org, departmentIds } = found;
    const within = new Set(departmentIds.flatMap((id) => [...subtree(org, id)]));
    weComOk(ctx, {
      department: [
        ...(within.has(ROOT) ? [{ id: ROOT, name: org.corpName, parentid: 0, order: 100000000 }] : []),
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
    const { org, departmentIds } = found;
    const [departmentId = ROOT] = departmentIds;
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

interface Readable {
  org: WeComOrg;
  departmentIds: number[];
}

function visibleOrg(ctx: Context, state: WeComState): Readable | null {
  const app = weComCaller(ctx, state);
  const org = app ? state.orgs.get(app.corpId) : undefined;
  return app && org ? { org, departmentIds: app.visibleDepartmentIds } : null;
}

function readableDepartment(ctx: Context, state: WeComState, raw: string | undefined): Readable | null {
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
  return { org, departmentIds: [departmentId] };
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
