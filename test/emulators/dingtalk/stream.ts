/**
 * DingTalk Stream mode (platforms.md §2.6, §6.3; S:DTSTREAM): POST /v1.0/gateway/connections/open trades the app's
 * credentials for a WebSocket endpoint and a one-time ticket; events go down as JSON frames and each must be
 * acknowledged with its messageId. With several sockets open for one app, each event goes to one of them.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Router } from '@koa/router';
import { type WebSocket, WebSocketServer } from 'ws';
import { MINUTE } from '../core/clock';
import { randomAlphanumeric } from '../core/ids';
import { bodyObject, stringField } from '../core/params';
import { apiError } from './http';
import type { DingTalkApp, DingTalkState } from './state';

const STREAM_PATH = '/connect';
/** How long a gateway ticket may wait for its WebSocket (not documented; generous). */
const TICKET_TTL_MS = 2 * MINUTE;
const ACK_TIMEOUT_MS = 5_000;

export interface StreamEventInput {
  eventType: string;
  data: Record<string, unknown>;
  /** Re-use an id to model DingTalk re-delivering the same event. */
  eventId?: string;
}

export interface StreamPushResult {
  /** False when the app had no socket open, or did not acknowledge in time. */
  acknowledged: boolean;
  /** The ack's `data`, parsed: `{ status: 'SUCCESS' | 'LATER' }`. */
  ack: Record<string, unknown> | null;
  eventId: string;
}

interface OpenSocket {
  socket: WebSocket;
  connectionId: string;
}

export class StreamGateway {
  private readonly tickets = new Map<string, { clientId: string; expiresAt: number }>();
  private readonly sockets = new Map<string, OpenSocket[]>();
  private readonly waiting = new Map<string, (ack: Record<string, unknown>) => void>();
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(private readonly state: DingTalkState) {}

  routes(router: Router): void {
    router.post('/v1.0/gateway/connections/open', (ctx) => {
      const body = bodyObject(ctx);
      const app = this.state.appByKey(stringField(body, 'clientId') ?? '');
      if (!app || app.clientSecret !== stringField(body, 'clientSecret')) {
        return apiError(ctx, 400, 'invalidClientIdOrSecret', '无效的clientId或者clientSecret');
      }
      if (!Array.isArray(body.subscriptions) || body.subscriptions.length === 0) {
        return apiError(ctx, 400, 'InvalidParameter', 'subscriptions is mandatory for this action');
      }
      const ticket = randomAlphanumeric(32);
      this.tickets.set(ticket, { clientId: app.clientId, expiresAt: this.state.clock.now() + TICKET_TTL_MS });
      const endpoint = `ws://${ctx.host}${STREAM_PATH}`;
      // The SDK asks for JSON explicitly: the gateway's default answer is XML.
      if (!/json/.test(ctx.get('accept'))) {
        ctx.type = 'application/xml';
        ctx.body = `<OpenConnectionResponse><endpoint>${endpoint}</endpoint><ticket>${ticket}</ticket></OpenConnectionResponse>`;
        return;
      }
      ctx.body = { endpoint, ticket };
    });
  }

  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(request.url ?? '/', 'http://emulator');
      const ticket = url.searchParams.get('ticket') ?? '';
      const issued = this.tickets.get(ticket);
      this.tickets.delete(ticket);
      if (url.pathname !== STREAM_PATH || !issued || issued.expiresAt < this.state.clock.now()) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(issued.clientId, ws));
    });
  }

  /** Open sockets of the app. */
  connectionCount(clientId: string): number {
    return this.sockets.get(clientId)?.length ?? 0;
  }

  /** Sends an EVENT frame to one of the app's open sockets and waits for its ack. */
  async push(app: DingTalkApp, input: StreamEventInput): Promise<StreamPushResult> {
    const eventId = input.eventId ?? randomUUID().replaceAll('-', '');
    const open = this.sockets.get(app.clientId) ?? [];
    const target = open[Math.floor(Math.random() * open.length)];
    if (!target) return { acknowledged: false, ack: null, eventId };
    const messageId = randomUUID();
    const now = String(this.state.clock.now());
    const frame = {
      specVersion: '1.0',
      type: 'EVENT',
      headers: {
        appId: app.agentId,
        connectionId: target.connectionId,
        contentType: 'application/json',
        messageId,
        time: now,
        topic: input.eventType,
        eventType: input.eventType,
        eventBornTime: now,
        eventId,
        eventCorpId: app.corpId,
        eventUnifiedAppId: app.clientId,
      },
      data: JSON.stringify(input.data),
    };
    const ack = new Promise<Record<string, unknown> | null>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(messageId);
        resolve(null);
      }, ACK_TIMEOUT_MS);
      this.waiting.set(messageId, (data) => {
        clearTimeout(timer);
        resolve(data);
      });
    });
    target.socket.send(JSON.stringify(frame));
    const data = await ack;
    return { acknowledged: data !== null, ack: data, eventId };
  }

  close(): void {
    for (const open of this.sockets.values()) for (const { socket } of open) socket.terminate();
    this.sockets.clear();
    this.wss.close();
  }

  private accept(clientId: string, socket: WebSocket): void {
    const entry: OpenSocket = { socket, connectionId: randomUUID() };
    this.sockets.set(clientId, [...(this.sockets.get(clientId) ?? []), entry]);
    socket.on('message', (raw) => this.onUpstream(String(raw)));
    socket.on('close', () => {
      const rest = (this.sockets.get(clientId) ?? []).filter((open) => open !== entry);
      this.sockets.set(clientId, rest);
    });
  }

  /** An ack: `{code: 200, headers: {messageId}, message: 'OK', data: '{"status":"SUCCESS"}'}`. */
  private onUpstream(raw: string): void {
    let frame: { code?: unknown; headers?: { messageId?: unknown }; data?: unknown };
    try {
      frame = JSON.parse(raw) as typeof frame;
    } catch {
      return;
    }
    const messageId = typeof frame.headers?.messageId === 'string' ? frame.headers.messageId : '';
    const resolve = this.waiting.get(messageId);
    if (!resolve || frame.code !== 200) return;
    this.waiting.delete(messageId);
    let data: Record<string, unknown> = {};
    try {
      data = typeof frame.data === 'string' ? (JSON.parse(frame.data) as Record<string, unknown>) : {};
    } catch {
      data = {};
    }
    resolve(data);
  }
}
