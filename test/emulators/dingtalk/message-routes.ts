/**
 * Work notifications (工作通知). The send is asynchronous: success means "task accepted", and DingTalk drops
 * messages over its per-user quotas without an error, so those land in the outbox with delivered = false.
 */
import { createHash } from 'node:crypto';
import type { Router } from '@koa/router';
import { chinaDayOf } from '../core/clock';
import { bodyObject, stringField } from '../core/params';
import { oapiCaller, oapiError, oapiOk } from './http';
import type { DingTalkApp, DingTalkState } from './state';

const MSG_TYPES = ['text', 'image', 'voice', 'file', 'link', 'oa', 'markdown', 'action_card'] as const;
const MAX_MSG_BYTES = 2048;
const MAX_USERS = 100;
const MAX_DEPTS = 20;
const DAILY_PER_USER = 500;
/**
 * The reasons getsendresult gives in forbidden_list (third-party notes on the send-result page; the code list is not
 * in our reference): 143105 over the per-person daily cap, 143106 the same content already sent today.
 */
const FORBIDDEN_DAILY_CAP = '143105';
const FORBIDDEN_IDENTICAL = '143106';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function parseMsg(input: unknown): Parsed<{ msgtype: string; msg: Record<string, unknown> }> {
  let msg: unknown = input;
  if (typeof input === 'string') {
    try {
      msg = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'msg 不是合法的 JSON' };
    }
  }
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg))
    return { ok: false, reason: '缺少参数 msg' };
  const record = msg as Record<string, unknown>;
  const msgtype = record.msgtype;
  if (typeof msgtype !== 'string' || !(MSG_TYPES as readonly string[]).includes(msgtype)) {
    return { ok: false, reason: `不合法的msgtype: ${String(msgtype)}` };
  }
  const bodies = MSG_TYPES.filter((type) => type in record);
  if (bodies.length !== 1 || bodies[0] !== msgtype) {
    return { ok: false, reason: 'msg 只能包含一种消息类型，且须与 msgtype 一致' };
  }
  if (Buffer.byteLength(JSON.stringify(record), 'utf8') > MAX_MSG_BYTES) {
    return { ok: false, reason: `msg 超过 ${MAX_MSG_BYTES} 字节` };
  }
  const tooLong = actionCardLinkTooLong(record.action_card);
  if (tooLong) return { ok: false, reason: tooLong };
  return { ok: true, value: { msgtype, msg: record } };
}

/** §2.5 (消息类型与数据格式): single_url ≤500 characters, each button's action_url ≤700. */
function actionCardLinkTooLong(card: unknown): string | null {
  if (typeof card !== 'object' || card === null) return null;
  const { single_url: single, btn_json_list: buttons } = card as Record<string, unknown>;
  if (typeof single === 'string' && single.length > 500) return 'single_url 超过 500 个字符';
  const long = Array.isArray(buttons)
    ? buttons.some((button) => String((button as Record<string, unknown>)?.action_url ?? '').length > 700)
    : false;
  return long ? 'action_url 超过 700 个字符' : null;
}

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const isTrue = (value: unknown): boolean => value === true || value === 'true';

export function messageRoutes(router: Router, state: DingTalkState): void {
  const sentToday = new Map<string, number>();
  const contentToday = new Set<string>();
  state.onReset(() => {
    sentToday.clear();
    contentToday.clear();
  });

  router.post('/topapi/message/corpconversation/asyncsend_v2', (ctx) => {
    const app = oapiCaller(ctx, state);
    if (!app) return;
    const body = bodyObject(ctx);
    const agentId = stringField(body, 'agent_id');
    if (!agentId) return oapiError(ctx, 40035, '缺少参数 agent_id');
    if (agentId !== app.agentId) return oapiError(ctx, 40056, '不合法的agentid');
    const parsed = parseMsg(body.msg);
    if (!parsed.ok) return oapiError(ctx, 40035, `不合法的参数: ${parsed.reason}`);
    const userIds = splitList(stringField(body, 'userid_list'));
    const deptIds = splitList(stringField(body, 'dept_id_list')).map(Number);
    const toAll = isTrue(body.to_all_user);
    if (userIds.length > MAX_USERS) return oapiError(ctx, 40035, `userid_list 不能超过 ${MAX_USERS} 个`);
    if (deptIds.length > MAX_DEPTS) return oapiError(ctx, 40035, `dept_id_list 不能超过 ${MAX_DEPTS} 个`);
    if (!toAll && userIds.length === 0 && deptIds.length === 0) {
      return oapiError(ctx, 40035, 'userid_list、dept_id_list、to_all_user 不能同时为空');
    }

    const taskId = state.nextTaskId();
    const recipients = resolveRecipients(state, app, { userIds, deptIds, toAll });
    const now = state.clock.now();
    const day = chinaDayOf(now);
    const digest = createHash('sha1').update(JSON.stringify(parsed.value.msg)).digest('hex');
    const forbidden: { userId: string; code: string }[] = [];
    const delivered: string[] = [];
    for (const userId of recipients.valid) {
      const countKey = `${app.clientId}|${userId}|${day}`;
      const contentKey = `${countKey}|${digest}`;
      const count = sentToday.get(countKey) ?? 0;
      const refusal = contentToday.has(contentKey)
        ? { code: FORBIDDEN_IDENTICAL, reason: 'identical message to this user already sent today' }
        : count >= DAILY_PER_USER
          ? { code: FORBIDDEN_DAILY_CAP, reason: `over ${DAILY_PER_USER} messages to this user today` }
          : null;
      if (refusal) forbidden.push({ userId, code: refusal.code });
      else {
        delivered.push(userId);
        sentToday.set(countKey, count + 1);
        contentToday.add(contentKey);
      }
      record(state, app, {
        taskId,
        userId,
        raw: body,
        ...parsed.value,
        dropReason: refusal?.reason ?? null,
        now,
      });
    }
    for (const userId of recipients.invalidUserIds) {
      record(state, app, { taskId, userId, raw: body, ...parsed.value, dropReason: 'unknown userid', now });
    }
    state.tasks.set(String(taskId), {
      clientId: app.clientId,
      agentId: app.agentId,
      invalidUserIds: recipients.invalidUserIds,
      invalidDeptIds: recipients.invalidDeptIds,
      forbidden,
      deliveredUserIds: delivered,
      readUserIds: new Set(),
    });
    state.counters.bump(app.clientId, 'messageSends');
    oapiOk(ctx, { task_id: taskId });
  });

  // 获取工作通知消息的发送结果 ([S:DTKB 0773], platforms.md §2.5): results are kept 24 hours; each list names the
  // userids of one outcome, forbidden_list says why each quota drop happened.
  router.post('/topapi/message/corpconversation/getsendresult', (ctx) => {
    const task = taskOf(ctx, state);
    if (!task) return;
    const forbiddenUserIds = task.forbidden.map((entry) => entry.userId);
    oapiOk(ctx, {
      send_result: {
        invalid_user_id_list: task.invalidUserIds,
        forbidden_user_id_list: forbiddenUserIds,
        failed_user_id_list: [],
        read_user_id_list: task.deliveredUserIds.filter((userId) => task.readUserIds.has(userId)),
        unread_user_id_list: task.deliveredUserIds.filter((userId) => !task.readUserIds.has(userId)),
        invalid_dept_id_list: task.invalidDeptIds,
        forbidden_list: task.forbidden.map((entry) => ({ code: entry.code, count: 1, userid: entry.userId })),
      },
    });
  });

  router.post('/topapi/message/corpconversation/getsendprogress', (ctx) => {
    if (!taskOf(ctx, state)) return;
    oapiOk(ctx, { progress: { progress_in_percent: 100, status: 2 } });
  });
}

function taskOf(ctx: Parameters<typeof oapiCaller>[0], state: DingTalkState) {
  const app = oapiCaller(ctx, state);
  if (!app) return null;
  const body = bodyObject(ctx);
  const agentId = stringField(body, 'agent_id');
  const taskId = stringField(body, 'task_id');
  if (!agentId || !taskId) {
    oapiError(ctx, 40035, '缺少参数 agent_id or task_id');
    return null;
  }
  const task = state.tasks.get(taskId);
  if (!task || task.clientId !== app.clientId || task.agentId !== agentId) {
    oapiError(ctx, 40035, '不合法的参数: task_id');
    return null;
  }
  return task;
}

function resolveRecipients(
  state: DingTalkState,
  app: DingTalkApp,
  target: { userIds: string[]; deptIds: number[]; toAll: boolean },
) {
  const users = [...(state.orgs.get(app.corpId)?.users.values() ?? [])];
  const valid = new Set<string>();
  const invalidUserIds: string[] = [];
  const invalidDeptIds: number[] = [];
  for (const userId of target.userIds) {
    if (users.some((user) => user.userId === userId)) valid.add(userId);
    else invalidUserIds.push(userId);
  }
  for (const deptId of target.deptIds) {
    const members = users.filter((user) => user.departmentIds.includes(deptId));
    if (members.length === 0) invalidDeptIds.push(deptId);
    for (const member of members) valid.add(member.userId);
  }
  if (target.toAll) for (const user of users) valid.add(user.userId);
  return { valid: [...valid], invalidUserIds, invalidDeptIds };
}

function record(
  state: DingTalkState,
  app: DingTalkApp,
  entry: {
    taskId: number;
    userId: string;
    raw: unknown;
    msgtype: string;
    msg: Record<string, unknown>;
    dropReason: string | null;
    now: number;
  },
): void {
  state.outbox.record({
    id: String(entry.taskId),
    appKey: app.clientId,
    recipient: entry.userId,
    msgType: entry.msgtype,
    raw: entry.raw,
    content: entry.msg,
    delivered: entry.dropReason === null,
    dropReason: entry.dropReason,
    sentAt: entry.now,
  });
}
