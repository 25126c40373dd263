import { describe, expect, it } from 'vitest';
import { nextSendAt } from './send-limits';

const HOUR = 3_600_000;
/** 2026-03-02 10:00 in Shanghai. */
const now = Date.parse('2026-03-02T02:00:00Z');
const sends = (count: number, from: number, step: number, contentHash = (i: number) => `c${i}`) =>
  Array.from({ length: count }, (_, i) => ({ sentAt: from + i * step, contentHash: contentHash(i) }));

describe('send limits', () => {
  it('DingTalk: the 501st message of a China day waits for Shanghai midnight', () => {
    expect(nextSendAt('dingtalk', sends(499, now - HOUR, 1000), 'new', now)).toBeNull();
    expect(nextSendAt('dingtalk', sends(500, now - HOUR, 1000), 'new', now)).toBe(
      Date.parse('2026-03-02T16:00:00Z'),
    );
  });

  it('DingTalk: yesterday (China time) does not count, even within 24 hours', () => {
    const lateYesterday = Date.parse('2026-03-01T15:30:00Z');
    expect(
      nextSendAt(
        'dingtalk',
        sends(500, lateYesterday, 1, () => 'same'),
        'same',
        now,
      ),
    ).toBeNull();
  });

  it('WeCom: the 1001st message in an hour waits for the oldest to leave the hour', () => {
    const spread = sends(1000, now - 50 * 60_000, 2_900);
    expect(nextSendAt('wecom', spread, 'new', now)).toBe(now - 50 * 60_000 + HOUR + 1);
  });
});
