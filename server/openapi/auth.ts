/** The OpenAPI entries of server/features/auth and the platform sign-ins (server/features/platform/routes.ts). */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import { demoDirectory, demoLoginBody, linkLoginBody, me, session } from '@shared/schemas/auth';
import { dingTalkLogin, feishuLogin, weComLogin } from '@shared/schemas/platform';

export const authDocs: RouteDocGroup = {
  tag: 'Sign-in',
  description:
    'Sessions: the demo, one-time links, DingTalk/Feishu/WeCom 免登, the current person, signing out.',
  routes: {
    'GET /auth/demo': {
      summary: 'The demo companies and their people (only while demo login is on)',
      isPublic: true,
      response: demoDirectory,
    },
    'POST /auth/demo': {
      summary: 'Sign in as a demo person',
      isPublic: true,
      body: demoLoginBody,
      response: session,
    },
    'POST /auth/link': {
      summary: 'Sign in with a one-time link made by `npm run admin -- sign-in-link`',
      isPublic: true,
      body: linkLoginBody,
      response: session,
    },
    'POST /auth/dingtalk': {
      summary: 'Sign in with a DingTalk auth code (免登)',
      isPublic: true,
      body: dingTalkLogin,
      response: session,
    },
    'POST /auth/feishu': {
      summary: 'Sign in with a Feishu/Lark auth code (免登)',
      isPublic: true,
      body: feishuLogin,
      response: session,
    },
    'POST /auth/wecom': {
      summary: 'Sign in with a WeCom OAuth code',
      isPublic: true,
      body: weComLogin,
      response: session,
    },
    'GET /me': { summary: 'The signed-in person, their company and what they may do', response: me },
    'POST /auth/logout': { summary: 'End this session', status: 204 },
  },
};
