/**
 * The app's 可信域名 as WeCom's console holds it (应用详情, cgi-bin/agent/get, developer.work.weixin.qq.com/document/
 * path/90227: `redirect_domain`). WeCom's OAuth page refuses a redirect_uri outside it with 50001, inside the client
 * and in front of the person signing in; the connection's test reads it now and reports the same code.
 */
import { z } from 'zod';
import { readShape } from '../http';
import { PlatformError } from '../types';

const agentReply = z.object({ redirect_domain: z.string().optional() });

type GetWithToken = (path: string, appToken: string, query: Record<string, string>) => Promise<unknown>;

export async function checkWeComTrustedDomain(
  getWithToken: GetWithToken,
  agentId: string,
  appToken: string,
  publicUrl: string,
): Promise<void> {
  const reply = readShape(
    'wecom',
    'agent/get',
    agentReply,
    await getWithToken('agent/get', appToken, { agentid: agentId }),
  );
  if (reply.redirect_domain === undefined) return;
  const domain = reply.redirect_domain.trim().toLowerCase();
  const page = new URL(publicUrl);
  // 全域名匹配: the whole host, with the port when the console lists one.
  if (domain === page.host || domain === page.hostname) return;
  throw new PlatformError(
    'wecom',
    'rejected',
    '50001',
    `agent/get: 可信域名 is "${domain}", so WeCom refuses sign-in redirects to ${page.host}`,
  );
}
