/** What DingTalk's error bodies mean (§2.2, §6.2): oapi answers HTTP 200 `{errcode, sub_code?}`, api.dingtalk.com 4xx `{code}`. */
import { type BodyReader, isRecord } from '../http';
import type { PlatformErrorKind } from '../types';

const byErrcode: Record<string, PlatformErrorKind> = {
  '40014': 'token_invalid',
  '42001': 'token_invalid',
  '40078': 'bad_code',
  '40096': 'bad_credentials',
  // Temporary bans (server, API, corp, CorpId+secret) from the global error codes: they lift, so retry later.
  '90001': 'rate_limited',
  '90002': 'rate_limited',
  '90003': 'rate_limited',
  '90004': 'rate_limited',
  '90005': 'rate_limited',
  '90006': 'rate_limited',
  // Per-app and per-authorised-corp QPS limits (call-frequency-limit page; not in our reference's tables).
  '90018': 'rate_limited',
  '90019': 'rate_limited',
  '-1': 'unavailable',
};

const byApiCode: Record<string, PlatformErrorKind> = {
  InvalidAuthentication: 'token_invalid',
  invalidClientIdOrSecret: 'bad_credentials',
};

export const readDingTalkBody: BodyReader = (body, status) => {
  if (!isRecord(body)) return null;
  // The per-IP ban answers with its own shape, not the usual error JSON (§2.2 rate limits).
  if (body.status === 1111 || body.punish === 'deny') {
    return { kind: 'rate_limited', code: '1111', message: 'egress IP temporarily banned' };
  }
  if (body.errcode !== undefined) {
    const errcode = String(body.errcode);
    if (errcode === '0') return null;
    const message = text(body.sub_msg) ?? text(body.errmsg) ?? 'error';
    // errcode 88 wraps the real reason in sub_code; 88/40014 is the usual invalid-token answer.
    if (errcode === '88' && body.sub_code !== undefined) {
      const subCode = String(body.sub_code);
      return { kind: byErrcode[subCode], code: `88/${subCode}`, message };
    }
    return { kind: byErrcode[errcode], code: errcode, message };
  }
  if (status >= 400 && typeof body.code === 'string') {
    const kind = body.code.startsWith('Forbidden.AccessDenied.QpsLimit')
      ? 'rate_limited'
      : byApiCode[body.code];
    return { kind, code: body.code, message: text(body.message) ?? body.code };
  }
  return null;
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
