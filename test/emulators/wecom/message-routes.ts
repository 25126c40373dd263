/**
 * WeCom application messages. Partly invalid recipient lists still send; members over 30/min or 1000/h, and
 * duplicates under enable_duplicate_check, get nothing while the call succeeds (outbox: delivered = false).
 */
import { createHash } from 'node:crypto';
import type { Router } from '@koa/router';
import { HOUR, SECOND } from '../core/clock';
import { randomAlphanumeric } from '../core/ids';
import { bodyObject, stringField } from '../core/params';
import { weComCaller, weComError, weComOk } from './http';
import type { WeComApp, WeComState } from './state';

const MSG_TYPES = [
  'text',
  'image',
  'voice',
  'video',
  'file',
  'textcard',
  'news',
  'mpnews',
  'markdown',
  'miniprogram_notice',
  'template_card',
];
const CARD_TYPES = [
  'text_notice',
  'news_notice',
  'button_interaction',
  'vote_interaction',
  'multiple_interaction',
];
const CALLBACK_CARD_TYPES = ['button_interaction', 'vote_interaction', 'multiple_interaction'];
const RESPONSE_CODE_TTL_MS = 72 * HOUR;

const split = (value: string | undefined): string[] =>
  (value ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

type Check = { ok: true; responseCode: boolean } | { ok: false; errcode: number; errmsg: string };

function checkMessage(msgtype: string, message: Record<string, unknown>): Check {
  if (msgtype === 'text') {
    const content = stringField(message, 'content') ?? '';
    if (!content) return { ok: false, errcode: 44004, errmsg: 'empty content' };
    if (Buffer.byteLength(content, 'utf8') > 2048)
      return { ok: false, errcode: 45002, errmsg: 'content size out of limit' };
  }
  if (msgtype === 'textcard') {
    for (const field of ['title', 'description', 'url']) {
      if (!stringField(message, field))
        return { ok: false, errcode: 40058, errmsg: `invalid parameter: textcard.${field}` };
    }
  }
  if (msgtype !== 'template_card') return { ok: true, responseCode: false };
  const cardType = stringField(message, 'card_type') ?? '';
  if (!CARD_TYPES.includes(cardType))
    return { ok: false, errcode: 40058, errmsg: 'invalid parameter: card_type' };
  const callsBack = CALLBACK_CARD_TYPES.includes(cardType) || 'action_menu' in message;
  if (callsBack && !stringField(message, 'task_id')) {
    return { ok: false, errcode: 40058, errmsg: 'invalid parameter: task_id is required for this card' };
  }
  return { ok: true, responseCode: callsBack };
}

export function weComMessageRoutes(router: Router, state: WeComState): void {
  router.post('/cgi-bin/message/send', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    const body = bodyObject(ctx);
    if (stringField(body, 'agentid') !== app.agentId) return weComError(ctx, 40056, 'invalid agentid');
    const msgtype = stringField(body, 'msgtype') ?? '';
    const message = body[msgtype];
    if (!MSG_TYPES.includes(msgtype) || typeof message !== 'object' || message === null) {
      return weComError(ctx, 40008, 'invalid message type');
    }
    const check = checkMessage(msgtype, message as Record<string, unknown>);
    if (!check.ok) return weComError(ctx, check.errcode, check.errmsg);
    const recipients = resolve(state, app, body);
    if (recipients.valid.length === 0) return weComError(ctx, 81013, 'user & party & tag all invalid');

    const now = state.clock.now();
    const msgid = randomAlphanumeric(64);
    const responseCode = check.responseCode ? randomAlphanumeric(48) : null;
    if (responseCode)
      state.responseCodes.set(responseCode, {
        appKey: app.appKey,
        msgid,
        expiresAt: now + RESPONSE_CODE_TTL_MS,
      });
    const digest = createHash('sha1').update(JSON.stringify(message)).digest('hex');
    const dedupeWindowMs = Number(body.duplicate_check_interval ?? 1800) * SECOND;
    for (const userId of recipients.valid) {
      const memberKey = `${app.appKey}|${userId}`;
      const contentKey = `${memberKey}|${digest}`;
      const lastSame = state.recentContent.get(contentKey);
      const isDuplicate =
        Number(body.enable_duplicate_check) === 1 &&
        lastSame !== undefined &&
        now - lastSame < dedupeWindowMs;
      const dropReason = isDuplicate
        ? 'duplicate within duplicate_check_interval'
        : !state.perMemberMinute.admit(memberKey)
          ? 'over 30 messages to this member in a minute'
          : !state.perMemberHour.admit(memberKey)
            ? 'over 1000 messages to this member in an hour'
            : null;
      if (!isDuplicate) state.recentContent.set(contentKey, now);
      state.outbox.record({
        id: msgid,
        appKey: app.appKey,
        recipient: userId,
        msgType: msgtype,
        raw: body,
        content: message,
        delivered: dropReason === null,
        dropReason,
        sentAt: now,
      });
    }
    state.counters.bump(app.appKey, 'messageSends');
    weComOk(ctx, {
      invaliduser: recipients.invalidUsers.join('|'),
      invalidparty: recipients.invalidParties.join('|'),
      invalidtag: recipients.invalidTags.join('|'),
      unlicenseduser: '',
      msgid,
      ...(responseCode ? { response_code: responseCode } : {}),
    });
  });

  router.post('/cgi-bin/message/update_template_card', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    const body = bodyObject(ctx);
    if (stringField(body, 'agentid') !== app.agentId) return weComError(ctx, 40056, 'invalid agentid');
    const responseCode = stringField(body, 'response_code') ?? '';
    const issued = state.responseCodes.get(responseCode);
    // Each response_code works once and for 72 hours.
    state.responseCodes.delete(responseCode);
    if (!issued || issued.appKey !== app.appKey || issued.expiresAt <= state.clock.now()) {
      return weComError(ctx, 40058, 'invalid parameter: response_code');
    }
    const update = body.template_card ?? body.button ?? {};
    for (const message of state.outbox.byId(issued.msgid)) message.updates.push(update);
    weComOk(ctx, { invaliduser: [] });
  });
}

function resolve(state: WeComState, app: WeComApp, body: Record<string, unknown>) {
  const users = [...(state.orgs.get(app.corpId)?.users.values() ?? [])];
  const valid = new Set<string>();
  const invalidUsers: string[] = [];
  const invalidParties: string[] = [];
  const toUser = split(stringField(body, 'touser'));
  if (toUser.includes('@all')) for (const user of users) valid.add(user.userId);
  for (const userId of toUser.filter((id) => id !== '@all')) {
    const user = state.userOf(app.corpId, userId);
    if (user) valid.add(user.userId);
    else invalidUsers.push(userId.toLowerCase());
  }
  for (const party of split(stringField(body, 'toparty'))) {
    const members = users.filter((user) => user.departmentIds.includes(Number(party)));
    if (members.length === 0) invalidParties.push(party);
    for (const member of members) valid.add(member.userId);
  }
  // The emulator keeps no tags, so every tag is unknown.
  return { valid: [...valid], invalidUsers, invalidParties, invalidTags: split(stringField(body, 'totag')) };
}
