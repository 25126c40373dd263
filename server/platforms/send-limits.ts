/**
 * How many messages each platform lets one app send one person, and when the next one may go. Over these the
 * platforms answer success and drop the message (DingTalk, WeCom) or refuse it (Feishu), so the outbox waits instead.
 * - DingTalk work notifications: one identical message per person per day, 500 per person per day for an internal
 *   app; the excess "still returns success but the user gets nothing" (open.dingtalk.com/document/orgapp/
 *   asynchronous-sending-of-enterprise-session-messages). Days are China days.
 * - WeCom application messages: 30 a minute and 1,000 an hour per member; the excess is dropped silently
 *   (developer.work.weixin.qq.com/document/path/90236, 频率限制).
 * - Feishu: 5 messages a second to one recipient (open.feishu.cn/document/server-docs/im-v1/message/create).
 */
import type { Platform } from '@shared/domain/platforms';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const CHINA_OFFSET = 8 * HOUR;

type Window = { kind: 'rolling'; ms: number; limit: number } | { kind: 'chinaDay'; limit: number };

interface SendLimits {
  windows: Window[];
  /** A second message with the same content in the same China day is dropped. */
  isOneIdenticalPerDay: boolean;
}

export const sendLimits: Record<Platform, SendLimits> = {
  dingtalk: { windows: [{ kind: 'chinaDay', limit: 500 }], isOneIdenticalPerDay: true },
  wecom: {
    windows: [
      { kind: 'rolling', ms: MINUTE, limit: 30 },
      { kind: 'rolling', ms: HOUR, limit: 1000 },
    ],
    isOneIdenticalPerDay: false,
  },
  feishu: { windows: [{ kind: 'rolling', ms: SECOND, limit: 5 }], isOneIdenticalPerDay: false },
};

/** The longest look back any rule needs (a China day started at most 24 h ago). */
export const sendLookbackMs = DAY;

const chinaDayStart = (at: number): number => Math.floor((at + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET;

export interface RecentSend {
  sentAt: number;
  contentHash: string;
}

/**
 * Null when a message may go to this person now; otherwise the earliest moment (epoch ms) every rule allows it.
 * `recent` is this connection's sends to this person in the last `sendLookbackMs`, in any order.
 */
export function nextSendAt(
  platform: Platform,
  recent: RecentSend[],
  contentHash: string,
  now: number,
): number | null {
  const limits = sendLimits[platform];
  let until = now;
  const today = chinaDayStart(now);
  if (limits.isOneIdenticalPerDay && recent.some((s) => s.sentAt >= today && s.contentHash === contentHash)) {
    until = Math.max(until, today + DAY);
  }
  for (const window of limits.windows) {
    if (window.kind === 'chinaDay') {
      if (recent.filter((s) => s.sentAt >= today).length >= window.limit)
        until = Math.max(until, today + DAY);
      continue;
    }
    const inWindow = recent
      .map((s) => s.sentAt)
      .filter((at) => at > now - window.ms)
      .sort((a, b) => a - b);
    const excess = inWindow.length - window.limit;
    // The window frees a place when its (excess + 1)-th oldest send leaves it.
    const leaving = excess >= 0 ? inWindow[excess] : undefined;
    if (leaving !== undefined) until = Math.max(until, leaving + window.ms + 1);
  }
  return until > now ? until : null;
}
