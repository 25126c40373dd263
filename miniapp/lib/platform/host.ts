/** Which workplace app the page runs in (`?platform=` wins: the demo), and which organisation opened it. */
import { detectHost, type Host, type Platform, platforms } from '@shared/domain/platforms';
import { safeAppPath } from '../return-to';

/** The organisation's app as the platform names it in the page URL; what sign-in options are looked up by. */
export interface PlatformEntry {
  platform: Platform;
  /** DingTalk/WeCom corpId, Feishu appId. */
  key: string;
  /** WeCom only: one corp may connect several apps. */
  agentId: string | null;
}

function isHost(value: string | null): value is Host {
  return value === 'browser' || (value !== null && (platforms as readonly string[]).includes(value));
}

/** The host forced by `?platform=dingtalk|feishu|wecom|browser`, or null. */
export function forcedHost(search: string): Host | null {
  const value = new URLSearchParams(search).get('platform');
  return isHost(value) ? value : null;
}

export function currentHost(search: string, userAgent: string): Host {
  return forcedHost(search) ?? detectHost(userAgent);
}

function firstParam(params: URLSearchParams, names: string[]): string | null {
  for (const name of names) {
    const value = params.get(name)?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * Reads the org key the platform put in the URL: DingTalk `?corpid=` (its `$CORPID$` placeholder, which stays
 * literal when the page is opened outside the workbench), Feishu `?appId=`, WeCom `?corpId=&agentId=`.
 */
export function readEntry(platform: Platform, search: string): PlatformEntry | null {
  const params = new URLSearchParams(search);
  if (platform === 'dingtalk') {
    const key = firstParam(params, ['corpid', 'corpId']);
    return key && key !== '$CORPID$' ? { platform, key, agentId: null } : null;
  }
  if (platform === 'feishu') {
    const key = firstParam(params, ['appId', 'appid', 'app_id']);
    return key ? { platform, key, agentId: null } : null;
  }
  const key = firstParam(params, ['corpId', 'corpid']);
  const agentId = firstParam(params, ['agentId', 'agentid']);
  return key && agentId && /^\d{1,20}$/.test(agentId) ? { platform, key, agentId } : null;
}

/**
 * The screen a message link names (`?next=/requirements/7`), to open once 免登 is done; null for anything that is
 * not a path of this app (another origin, `//host`, a `\` trick) or that would loop back into signing in.
 */
export function nextScreen(search: string): string | null {
  return safeAppPath(new URLSearchParams(search).get('next'));
}

export function isSameEntry(a: PlatformEntry | null, b: PlatformEntry | null): boolean {
  return a !== null && b !== null && a.platform === b.platform && a.key === b.key && a.agentId === b.agentId;
}

/** The page's address as the platform console needs it: where the app opens, with the org key placeholder. */
export function homeUrlFor(origin: string, entry: PlatformEntry): string {
  if (entry.platform === 'dingtalk') return `${origin}/sign-in?corpid=$CORPID$`;
  if (entry.platform === 'feishu') return `${origin}/sign-in?appId=${encodeURIComponent(entry.key)}`;
  return `${origin}/sign-in?corpId=${encodeURIComponent(entry.key)}&agentId=${entry.agentId ?? ''}`;
}
