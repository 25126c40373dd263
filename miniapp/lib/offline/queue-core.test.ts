import { describe, expect, it, vi } from 'vitest';
import { backoffMs, outcomeOf } from './outcome';
import { ClientIdInUseError, type Delivery, type QueueDeps, SubmissionQueue } from './queue-core';
import { memoryStore } from './store';

class FakeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

const offline = () => new FakeApiError(0, '网络不可用，请检查网络后重试');

function harness(options: { online?: boolean } = {}) {
  let now = 1_000_000;
  let online = options.online ?? true;
  const timers: { at: number; run: () => void }[] = [];
  const uploads: Blob[] = [];
  let uploadFailure: Error | null = null;
  const store = memoryStore();
  const deps: QueueDeps = {
    store,
    now: () => now,
    isOnline: () => online,
    upload: async (photo) => {
      if (uploadFailure) throw uploadFailure;
      uploads.push(photo);
      return { id: `attachment-${uploads.length}` };
    },
    schedule: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  const queue = new SubmissionQueue(deps);
  return {
    queue,
    store,
    uploads,
    setOnline: (value: boolean) => {
      online = value;
    },
    failUploads: (error: Error | null) => {
      uploadFailure = error;
    },
    /** Moves the clock and runs the retry timers that came due. */
    advance: async (ms: number) => {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await settle(queue);
    },
  };
}

/** Lets the queue finish the flush it started in the background. */
async function settle(queue: SubmissionQueue) {
  for (let i = 0; i < 5; i++) await queue.flush();
}

const stored: Delivery = { outcome: 'stored' };

const photo = (text: string) => new Blob([text], { type: 'image/jpeg' });

describe('the submission queue', () => {
  it('sends at once when online: photos first, then the body with their ids, and forgets the item', async () => {
    const { queue, store } = harness();
    const sent: unknown[] = [];
    queue.registerSender('visit', async (body, ids) => {
      sent.push({ body, ids });
      return stored;
    });
    await queue.submit('visit', {
      clientId: 'c1',
      label: '拜访 恒川',
      body: { n: 1 },
      photos: [photo('a'), photo('b')],
    });
    await settle(queue);
    expect(sent).toEqual([{ body: { n: 1 }, ids: ['attachment-1', 'attachment-2'] }]);
    expect(queue.list()).toEqual([]);
    expect(await store.listSubmissions()).toEqual([]);
  });

  it('keeps an item waiting while offline and sends it when told the network is back', async () => {
    const h = harness({ online: false });
    const sent: unknown[] = [];
    h.queue.registerSender('visit', async (body) => {
      sent.push(body);
      return stored;
    });
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: 1 });
    await settle(h.queue);
    expect(h.queue.list()).toEqual([{ id: 'c1', kind: 'visit', label: '拜访', status: 'waiting' }]);
    h.setOnline(true);
    await h.queue.flush({ ignoreBackoff: true });
    expect(sent).toEqual([1]);
    expect(h.queue.list()).toEqual([]);
  });

  it('treats a network error as waiting, retries with backoff, and never uploads a photo twice', async () => {
    const h = harness();
    let calls = 0;
    h.queue.registerSender('visit', async () => {
      calls += 1;
      if (calls === 1) throw offline();
      return stored;
    });
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: {}, photos: [photo('a')] });
    await settle(h.queue);
    expect(h.queue.list()[0]?.status).toBe('waiting');
    await h.advance(backoffMs(1) - 1);
    expect(calls).toBe(1);
    await h.advance(1);
    expect(calls).toBe(2);
    expect(h.uploads).toHaveLength(1);
    expect(h.queue.list()).toEqual([]);
  });

  it('marks a refusal by the server failed with its message, and sends again on retry', async () => {
    const h = harness();
    let refuse = true;
    h.queue.registerSender('visit', async () => {
      if (refuse) throw new FakeApiError(400, '提交的内容有误，请检查标出的字段', { customerId: '必填' });
      return stored;
    });
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: {} });
    await settle(h.queue);
    expect(h.queue.list()).toEqual([
      {
        id: 'c1',
        kind: 'visit',
        label: '拜访',
        status: 'failed',
        error: '提交的内容有误，请检查标出的字段: 必填',
      },
    ]);
    await h.advance(backoffMs(10));
    expect(h.queue.list()[0]?.status).toBe('failed');
    refuse = false;
    await h.queue.retry('c1');
    await settle(h.queue);
    expect(h.queue.list()).toEqual([]);
  });

  it('fails a photo the server refuses (413) without sending the body', async () => {
    const h = harness();
    let sent = false;
    h.queue.registerSender('visit', async () => {
      sent = true;
      return stored;
    });
    h.failUploads(new FakeApiError(413, '提交的内容太大'));
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: {}, photos: [photo('big')] });
    await settle(h.queue);
    expect(sent).toBe(false);
    expect(h.queue.list()[0]).toMatchObject({ status: 'failed', error: '提交的内容太大' });
  });

  it('ignores a second tap on submit while the first is still queued', async () => {
    const h = harness({ online: false });
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: { n: 1 } });
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: { n: 1 } });
    const sent: unknown[] = [];
    h.queue.registerSender('visit', async (body) => {
      sent.push(body);
      return stored;
    });
    h.setOnline(true);
    await h.queue.flush({ ignoreBackoff: true });
    expect(sent).toEqual([{ n: 1 }]);
  });

  it('refuses other content under a client id still queued instead of dropping it', async () => {
    const h = harness({ online: false });
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: { n: 1 } });
    await expect(h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: { n: 2 } })).rejects.toThrow(
      ClientIdInUseError,
    );
    expect(h.queue.list()).toHaveLength(1);
  });

  it('says sent only once the sender stored it, and waiting while offline', async () => {
    const h = harness();
    const release: { send?: (delivery: Delivery) => void } = {};
    h.queue.registerSender('visit', () => new Promise<Delivery>((resolve) => (release.send = resolve)));
    await h.queue.submit('visit', { clientId: 'c1', label: '拜访', body: {} });
    let settlement: string | null = null;
    const waiting = h.queue.settled('c1', 8_000).then((value) => (settlement = value));
    await vi.waitFor(() => expect(release.send).toBeDefined());
    expect(settlement).toBeNull();
    release.send?.(stored);
    await waiting;
    expect(settlement).toBe('sent');

    h.setOnline(false);
    await h.queue.submit('visit', { clientId: 'c2', label: '拜访', body: {} });
    expect(await h.queue.settled('c2', 8_000)).toBe('waiting');
  });

  it('never takes an answer with other content for success, and sends mine again as a new record', async () => {
    const h = harness();
    const sent: unknown[] = [];
    const difference = { link: '/visits/old', rows: [{ label: '纪要', mine: '新纪要', theirs: '旧纪要' }] };
    h.queue.registerSender('visit', async (body) => {
      sent.push(body);
      return sent.length === 1 ? { outcome: 'differs', difference } : stored;
    });
    await h.queue.submit('visit', {
      clientId: 'c1',
      label: '拜访',
      body: { clientId: 'c1', notes: '新纪要' },
    });
    expect(await h.queue.settled('c1', 8_000)).toBe('differs');
    expect(h.queue.list()).toEqual([
      { id: 'c1', kind: 'visit', label: '拜访', status: 'differs', difference },
    ]);
    await h.queue.retry('c1');
    expect(sent).toHaveLength(1);

    const renewed = await h.queue.keepAsNew('c1', 'c2');
    expect(await h.queue.settled(renewed, 8_000)).toBe('sent');
    expect(sent).toEqual([
      { clientId: 'c1', notes: '新纪要' },
      { clientId: 'c2', notes: '新纪要' },
    ]);
    expect(h.queue.list()).toEqual([]);
  });

  it('waits for the sender of its kind, and discards on request', async () => {
    const h = harness();
    await h.queue.submit('requirement', { clientId: 'r1', label: '需求', body: {} });
    await settle(h.queue);
    expect(h.queue.list()[0]?.status).toBe('waiting');
    await h.queue.discard('r1');
    expect(h.queue.list()).toEqual([]);
    expect(await h.store.listSubmissions()).toEqual([]);
  });

  it('picks up what an earlier page left, including an item cut off mid-send', async () => {
    const h = harness();
    await h.store.putSubmission({
      id: 'c9',
      kind: 'visit',
      label: '昨天的拜访',
      body: { n: 9 },
      photos: [photo('a')],
      attachmentIds: ['attachment-old'],
      status: 'sending',
      attempts: 2,
      nextAttemptAt: 0,
      createdAt: 1,
    });
    const sent: unknown[] = [];
    h.queue.registerSender('visit', async (body, ids) => {
      sent.push({ body, ids });
      return stored;
    });
    await settle(h.queue);
    expect(sent).toEqual([{ body: { n: 9 }, ids: ['attachment-old'] }]);
    expect(h.uploads).toHaveLength(0);
  });
});

describe('what a failure means', () => {
  it('retries no network, timeouts, rate limits, server errors and a lost session', () => {
    for (const status of [0, 401, 408, 429, 500, 502, 503]) {
      expect(outcomeOf(new FakeApiError(status, 'x')), String(status)).toEqual({ retry: true });
    }
    expect(outcomeOf(new TypeError('Failed to fetch'))).toEqual({ retry: true });
  });

  it('stops on the other refusals, a version conflict included', () => {
    for (const status of [400, 403, 404, 409, 413, 415, 422]) {
      expect(outcomeOf(new FakeApiError(status, '不行')), String(status)).toEqual({
        retry: false,
        message: '不行',
      });
    }
  });

  it('backs off from 5 seconds, doubling, to at most 5 minutes', () => {
    expect([1, 2, 3, 4, 7, 20].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000]);
  });
});
