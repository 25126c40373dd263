/**
 * Holds the DingTalk Stream of every enabled connection in Stream mode. Each connection's WebSocket is held by one
 * server instance at a time: the instance that wins the connection's lease row opens it and renews the lease on
 * every pass; if it stops renewing (crash, lost database), another instance takes over once the lease lapses, and
 * DingTalk re-delivers what went unacknowledged in the meantime. (DingTalk would also accept one socket per
 * instance and hand each event to one of them; the lease keeps the count at one and the logs in one place.)
 */
import { randomUUID } from 'node:crypto';
import { type RootDb, TenantDb } from '@server/core/db';
import {
  listStreamConnections,
  releaseStream,
  type StreamConnectionRef,
  tryHoldStream,
} from '@server/core/db/stream-leases';
import type { Logger } from '@server/core/log';
import { type DingTalkStream, openDingTalkStream } from '@server/platforms/dingtalk/stream';
import { defaultTimeoutMs } from '@server/platforms/http';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { keepEvents } from './inbox';
import { findConnection } from './repo';
import { openSettings } from './settings';

export interface StreamSupervisorOptions {
  /** How long a lease lasts without renewal; another instance may take the connection after that. */
  leaseMs: number;
  /** How often leases are renewed and new or disabled connections noticed; well under leaseMs. */
  pollMs: number;
}

interface HeldStream {
  ref: StreamConnectionRef;
  stream: DingTalkStream;
}

export class DingTalkStreamSupervisor {
  /** This instance's name in the lease rows. */
  readonly holder = randomUUID();
  private readonly held = new Map<string, HeldStream>();
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;

  constructor(
    private readonly db: RootDb,
    private readonly runtime: PlatformRuntime,
    private readonly log: Logger,
    private readonly options: StreamSupervisorOptions = { leaseMs: 30_000, pollMs: 10_000 },
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.runOnce(), this.options.pollMs);
    void this.runOnce();
  }

  /** One pass: take or renew the lease of each Stream connection, open what is newly ours, close what is not. */
  runOnce(): Promise<void> {
    this.pass ??= this.reconcile()
      .catch((error: unknown) => this.log.warn({ err: error }, 'dingtalk stream: lease pass failed'))
      .finally(() => {
        this.pass = null;
      });
    return this.pass;
  }

  /** Connections whose stream this instance holds now. */
  heldConnectionIds(): string[] {
    return [...this.held.keys()];
  }

  /** Held connections whose socket is open. */
  connectedConnectionIds(): string[] {
    return [...this.held].filter(([, held]) => held.stream.isConnected()).map(([id]) => id);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pass;
    for (const id of [...this.held.keys()]) await this.drop(id, { release: true });
  }

  private async reconcile(): Promise<void> {
    const wanted = await listStreamConnections(this.db);
    const now = Date.now();
    for (const ref of wanted) {
      const isOurs = await tryHoldStream(this.db, ref, {
        holder: this.holder,
        now,
        leaseUntil: now + this.options.leaseMs,
      });
      if (isOurs && !this.held.has(ref.connectionId)) await this.open(ref);
      if (!isOurs && this.held.has(ref.connectionId)) await this.drop(ref.connectionId, { release: false });
    }
    const wantedIds = new Set(wanted.map((ref) => ref.connectionId));
    for (const id of [...this.held.keys()]) {
      if (!wantedIds.has(id)) await this.drop(id, { release: true });
    }
  }

  private async open(ref: StreamConnectionRef): Promise<void> {
    const tdb = new TenantDb(this.db, ref.tenantId);
    const row = await findConnection(tdb, ref.connectionId);
    const settings = row ? openSettings(row, this.runtime.box) : null;
    if (settings?.platform !== 'dingtalk') return;
    const http = { timeoutMs: defaultTimeoutMs, fetch: this.runtime.outbound.fetch };
    const stream = openDingTalkStream(settings, http, async (event) => {
      await keepEvents(tdb, 'dingtalk', ref.connectionId, [event]);
      this.log.debug({ connectionId: ref.connectionId, type: event.type }, 'dingtalk stream: event kept');
    });
    this.held.set(ref.connectionId, { ref, stream });
    this.log.info({ connectionId: ref.connectionId }, 'dingtalk stream: holding the connection');
  }

  private async drop(connectionId: string, options: { release: boolean }): Promise<void> {
    const held = this.held.get(connectionId);
    if (!held) return;
    this.held.delete(connectionId);
    await held.stream.close();
    if (options.release) await releaseStream(this.db, held.ref, this.holder);
    this.log.info({ connectionId }, 'dingtalk stream: let the connection go');
  }
}
