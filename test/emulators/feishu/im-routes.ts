/** Feishu messages: send (deduped by `uuid` for an hour, 5 QPS per recipient) and card updates by PATCH. */
import { createHash } from 'node:crypto';
import type { Router } from '@koa/router';
import { HOUR } from '../core/clock';
import { randomHex } from '../core/ids';
import { bodyObject, queryParam, stringField } from '../core/params';
import { feishuError, tenantCaller, throttled } from './http';
import type { FeishuApp, FeishuState } from './state';

const RECEIVE_ID_TYPES = ['open_id', 'user_id', 'union_id', 'email', 'chat_id'];
const MSG_TYPES = [
  'text',
  'post',
  'image',
  'file',
  'audio',
  'media',
  'sticker',
  'interactive',
  'share_chat',
  'share_user',
  'system',
];
const KB = 1024;
const maxContentBytes = (msgType: string): number => (msgType === 'text' ? 150 * KB : 30 * KB);

function parseContent(content: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof content !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(content) };
  } catch {
    return { ok: false };
  }
}

const chatIdOf = (app: FeishuApp, recipient: string): string =>
  `oc_${createHash('sha1').update(`${app.appId}|${recipient}`).digest('hex').slice(0, 32)}`;

export function imRoutes(router: Router, state: FeishuState): void {
  router.post('/open-apis/im/v1/messages', (ctx) => {
    const app = tenantCaller(ctx, state);
    if (!app) return;
    const idType = queryParam(ctx, 'receive_id_type');
    if (!idType || !RECEIVE_ID_TYPES.includes(idType)) {
      return feishuError(ctx, 400, 99992402, 'field validation failed: receive_id_type');
    }
    const body = bodyObject(ctx);
    const receiveId = stringField(body, 'receive_id');
    const msgType = stringField(body, 'msg_type');
    const content = parseContent(body.content);
    if (!receiveId || !msgType || !MSG_TYPES.includes(msgType) || !content.ok) {
      return feishuError(ctx, 400, 230001, 'Your request contains an invalid request parameter.');
    }
    if (Buffer.byteLength(String(body.content), 'utf8') > maxContentBytes(msgType)) {
      return feishuError(ctx, 400, 230025, 'The length of the message content reaches its limit.');
    }
    const uuid = stringField(body, 'uuid');
    const now = state.clock.now();
    const earlier = uuid ? state.sentByUuid.get(`${app.appId}|${uuid}`) : undefined;
    if (earlier && now - earlier.at < HOUR) {
      ctx.body = { code: 0, msg: 'success', data: earlier.data };
      return;
    }
    const user = idType === 'chat_id' ? null : state.findUser(app, idType, receiveId);
    if (idType !== 'chat_id' && !user) {
      return feishuError(ctx, 400, 230013, 'Bot has NO availability to this user.');
    }
    if (!state.perRecipient.admit(`${app.appId}|${receiveId}`)) return throttled(ctx, 230020);

    const messageId = `om_${randomHex(16)}`;
    const data = {
      message_id: messageId,
      root_id: '',
      parent_id: '',
      msg_type: msgType,
      create_time: String(now),
      update_time: String(now),
      deleted: false,
      updated: false,
      chat_id: idType === 'chat_id' ? receiveId : chatIdOf(app, user?.openId ?? receiveId),
      sender: { id: app.appId, id_type: 'app_id', sender_type: 'app', tenant_key: app.tenantKey },
      body: { content: body.content },
    };
    if (uuid) state.sentByUuid.set(`${app.appId}|${uuid}`, { at: now, data });
    state.outbox.record({
      id: messageId,
      appKey: app.appId,
      recipient: receiveId,
      msgType,
      raw: body,
      content: content.value,
      delivered: true,
      dropReason: null,
      sentAt: now,
    });
    state.counters.bump(app.appId, 'messageSends');
    ctx.body = { code: 0, msg: 'success', data };
  });

  router.patch('/open-apis/im/v1/messages/:message_id', (ctx) => {
    const app = tenantCaller(ctx, state);
    if (!app) return;
    const [message] = state.outbox.byId(ctx.params.message_id ?? '');
    if (!message || message.appKey !== app.appId) {
      return feishuError(ctx, 400, 230001, 'Your request contains an invalid request parameter: message_id');
    }
    if (message.msgType !== 'interactive') {
      return feishuError(ctx, 400, 230001, 'Only interactive (card) messages can be updated.');
    }
    const content = parseContent(bodyObject(ctx).content);
    if (!content.ok) return feishuError(ctx, 400, 230001, 'content must be a card JSON string');
    message.updates.push(content.value);
    ctx.body = { code: 0, msg: 'success', data: {} };
  });
}
