/**
 * /platform/connections (admin; role mappings and directory pickers too), /platform/people/{id}/messages (admin),
 * /platform/jsapi-config, /platform/sign-in-options, /auth/{platform}, /callbacks/{id}.
 */

import type { AppDeps } from '@server/app-deps';
import type { AppContext, RouteContext, Routers } from '@server/core/http';
import { readBody, readId, readQuery, readRawBody } from '@server/core/http';
import { rateLimit } from '@server/core/rate-limit';
import type { CallbackRequest } from '@server/platforms/types';
import type { Platform } from '@shared/domain/platforms';
import {
  connectionCreate,
  dingTalkLogin,
  directoryDepartmentsQuery,
  directoryPeopleQuery,
  feishuLogin,
  jsapiConfigQuery,
  roleMappingCreate,
  signInOptionsQuery,
  weComLogin,
} from '@shared/schemas/platform';
import { addConnection, listConnections, setConnectionEnabled, testConnection } from './connections';
import { directoryDepartments, directoryPeople } from './directory-pickers';
import { personMessageHistory } from './message-history';
import { jsapiConfigFor, receiveCallback, signInOptionsFor } from './page-services';
import { listRoleMappings, mapRole, unmapRole } from './role-mappings';
import { type PlatformSignIn, signInWithPlatform } from './sign-in';

export function platformRoutes(routers: Routers, deps: AppDeps): void {
  const { db, config, platforms } = deps;
  const api = routers.private;

  api.get('/platform/connections', async (ctx) => {
    ctx.body = await listConnections(ctx.state.tdb, ctx.state.actor, platforms);
  });
  api.post('/platform/connections', async (ctx) => {
    const input = readBody(ctx, connectionCreate);
    ctx.body = await addConnection(db, ctx.state.tdb, ctx.state.actor, platforms, input);
    ctx.status = 201;
  });
  api.post('/platform/connections/:id/test', async (ctx) => {
    ctx.body = await testConnection(ctx.state.tdb, ctx.state.actor, platforms, readId(ctx));
  });
  for (const [action, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    api.post(`/platform/connections/:id/${action}`, async (ctx) => {
      ctx.body = await setConnectionEnabled(ctx.state.tdb, ctx.state.actor, platforms, readId(ctx), enabled);
    });
  }
  api.get('/platform/connections/:id/role-mappings', async (ctx) => {
    ctx.body = await listRoleMappings(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });
  api.post('/platform/connections/:id/role-mappings', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await mapRole(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, roleMappingCreate));
  });
  api.delete('/platform/connections/:id/role-mappings/:mappingId', async (ctx) => {
    await unmapRole(ctx.state.tdb, ctx.state.actor, readId(ctx), readId(ctx, 'mappingId'));
    ctx.status = 204;
  });
  api.get('/platform/connections/:id/directory/departments', async (ctx) => {
    const { parentId } = readQuery(ctx, directoryDepartmentsQuery);
    ctx.body = await directoryDepartments(ctx.state.tdb, ctx.state.actor, platforms, readId(ctx), parentId);
  });
  api.get('/platform/connections/:id/directory/people', async (ctx) => {
    const { q } = readQuery(ctx, directoryPeopleQuery);
    ctx.body = await directoryPeople(ctx.state.tdb, ctx.state.actor, platforms, readId(ctx), q);
  });
  api.get('/platform/people/:id/messages', async (ctx) => {
    ctx.body = await personMessageHistory(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });
  api.get('/platform/jsapi-config', async (ctx) => {
    ctx.body = await jsapiConfigFor(ctx.state.tdb, platforms, readQuery(ctx, jsapiConfigQuery));
  });

  const signInLimit = rateLimit({ max: config.signInLimitPerMinute, windowMs: 60_000 });
  routers.public.get('/platform/sign-in-options', async (ctx) => {
    ctx.body = await signInOptionsFor(db, platforms, readQuery(ctx, signInOptionsQuery));
  });
  const signIns: Record<Platform, (ctx: AppContext) => PlatformSignIn> = {
    dingtalk: (ctx) => {
      const { corpId, code } = readBody(ctx, dingTalkLogin);
      return { platform: 'dingtalk', externalKey: corpId, agentId: '', code, codeKind: 'authorization' };
    },
    feishu: (ctx) => {
      const { appId, code, codeKind } = readBody(ctx, feishuLogin);
      return { platform: 'feishu', externalKey: appId, agentId: '', code, codeKind };
    },
    wecom: (ctx) => {
      const { corpId, agentId, code } = readBody(ctx, weComLogin);
      return { platform: 'wecom', externalKey: corpId, agentId, code, codeKind: 'authorization' };
    },
  };
  for (const [platform, read] of Object.entries(signIns)) {
    routers.public.post(`/auth/${platform}`, signInLimit, async (ctx) => {
      ctx.body = await signInWithPlatform(db, platforms, config, read(ctx));
    });
  }

  const callback = async (ctx: RouteContext) => {
    const result = await receiveCallback(
      db,
      platforms,
      readId(ctx),
      await callbackRequest(ctx, config.maxBodyKb),
    );
    ctx.status = result.status;
    ctx.type = result.contentType;
    ctx.body = result.body;
  };
  routers.public.get('/callbacks/:id', callback);
  routers.public.post('/callbacks/:id', callback);
}

async function callbackRequest(ctx: RouteContext, maxBodyKb: number): Promise<CallbackRequest> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(ctx.headers)) {
    if (typeof value === 'string') headers[name.toLowerCase()] = value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(ctx.query)) if (typeof value === 'string') query[name] = value;
  return {
    method: ctx.method === 'GET' ? 'GET' : 'POST',
    query,
    headers,
    rawBody: ctx.method === 'GET' ? '' : await readRawBody(ctx as unknown as AppContext, maxBodyKb * 1024),
  };
}
