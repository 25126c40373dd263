/** The workplace apps Fieldloop lives in, and how a page tells which one it is running inside. */
export const platforms = ['dingtalk', 'feishu', 'wecom'] as const;
export type Platform = (typeof platforms)[number];

export type Host = Platform | 'browser';

/** WeCom first: its user agent also carries MicroMessenger; plain WeChat is a browser to us. */
export function detectHost(userAgent: string): Host {
  if (/wxwork\//i.test(userAgent)) return 'wecom';
  if (/DingTalk/i.test(userAgent)) return 'dingtalk';
  if (/\b(Lark|Feishu)\//i.test(userAgent)) return 'feishu';
  return 'browser';
}
