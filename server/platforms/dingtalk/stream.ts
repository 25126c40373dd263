/**
 * DingTalk Stream mode (§2.6) through the official `dingtalk-stream` SDK: the SDK keeps the WebSocket (reconnects,
 * answers pings); we open the gateway ourselves, because the SDK hard-codes https://api.dingtalk.com and its own
 * axios, and we acknowledge each event only once the handler has kept it, instead of the SDK's synchronous ack.
 */
import { DWClient, type DWClientDownStream } from 'dingtalk-stream';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { callJson, type HttpOptions, readShape, trimBaseUrl } from '../http';
import type { DingTalkSettings, PlatformEvent } from '../types';
import { readDingTalkBody } from './errors';

/** Every event the app subscribed to on the console (topic `*`); no robot or card callbacks. */
const subscriptions = [{ type: 'EVENT', topic: '*' }];
const gatewayReply = z.object({ endpoint: z.string().min(1), ticket: z.string().min(1) });

/** Keeps the event (inbox) and resolves; a rejection makes DingTalk deliver it again later. */
export type StreamEventHandler = (event: PlatformEvent) => Promise<void>;

export interface DingTalkStream {
  /** The socket is open. */
  isConnected(): boolean;
  /** Stops reconnecting and resolves once the socket is closed. */
  close(): Promise<void>;
}

export function openDingTalkStream(
  settings: DingTalkSettings,
  http: HttpOptions,
  onEvent: StreamEventHandler,
): DingTalkStream {
  const client = new FieldloopStreamClient(settings, http, onEvent);
  void client.connect();
  return { isConnected: () => client.connected, close: () => client.closeAndWait() };
}

class FieldloopStreamClient extends DWClient {
  private isClosed = false;

  constructor(
    private readonly settings: DingTalkSettings,
    private readonly http: HttpOptions,
    private readonly handle: StreamEventHandler,
  ) {
    super({
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      keepAlive: true,
      ua: 'fieldloop',
    });
  }

  /** POST /v1.0/gateway/connections/open at the connection's base URL; the SDK then connects to endpoint?ticket. */
  override async getEndpoint(): Promise<this> {
    const api = trimBaseUrl(this.settings.baseUrl, 'https://api.dingtalk.com');
    const body = await callJson(
      'dingtalk',
      this.http,
      {
        operation: 'gateway/connections/open',
        method: 'POST',
        url: `${api}/v1.0/gateway/connections/open`,
        // Without it the gateway answers XML (the SDK's own note).
        headers: { accept: 'application/json' },
        json: {
          clientId: this.settings.clientId,
          clientSecret: this.settings.clientSecret,
          ua: this.config.ua,
          subscriptions,
        },
        secrets: [this.settings.clientSecret],
      },
      readDingTalkBody,
    );
    const { endpoint, ticket } = readShape('dingtalk', 'gateway/connections/open', gatewayReply, body);
    // The SDK connects to this field, which its typings keep private.
    (this as unknown as { dw_url: string }).dw_url = `${endpoint}?ticket=${encodeURIComponent(ticket)}`;
    return this;
  }

  /**
   * The SDK's disconnect() only closes a socket already open, and its connect step clears the "user disconnected"
   * flag: closed while the gateway call is under way, it would connect anyway. Once closed, it stays closed.
   */
  override disconnect(): void {
    this.isClosed = true;
    super.disconnect();
  }

  async closeAndWait(): Promise<void> {
    // The SDK keeps the socket in a field its typings call private.
    const socket = (this as unknown as { socket?: WebSocket }).socket;
    const isOpen = socket !== undefined && socket.readyState !== socket.CLOSED;
    const closed = isOpen
      ? new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          // Closing a socket still connecting aborts its handshake with an error: expected here, not a failure.
          socket.on('error', () => undefined);
        })
      : Promise.resolve();
    this.disconnect();
    await closed;
  }

  override _connect(): Promise<void> {
    return this.isClosed ? Promise.resolve() : super._connect();
  }

  override onEvent(message: DWClientDownStream): void {
    const { messageId } = message.headers;
    void this.handle(eventOf(message)).then(
      () => this.send(messageId, { status: 'SUCCESS' }),
      () => this.send(messageId, { status: 'LATER' }),
    );
  }
}

/** The frame's `data` is the event's JSON as a string; its id is DingTalk's eventId (messageId before that). */
function eventOf(message: DWClientDownStream): PlatformEvent {
  const { eventType, eventId, messageId } = message.headers;
  const type = eventType ?? message.headers.topic;
  let data: unknown = null;
  try {
    data = JSON.parse(message.data);
  } catch {
    data = message.data;
  }
  return { id: `${type}:${eventId ?? messageId}`, type, data };
}
