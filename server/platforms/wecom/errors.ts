/** What WeCom's `{errcode, errmsg}` bodies mean (§4.2, §6.2); success bodies may omit errcode. */
import { type BodyReader, isRecord } from '../http';
import type { PlatformErrorKind } from '../types';

const byErrcode: Record<string, PlatformErrorKind> = {
  // An expired token often comes back as 40014 rather than 42001 (§7.3).
  '40014': 'token_invalid',
  '42001': 'token_invalid',
  '40029': 'bad_code',
  '40001': 'bad_credentials',
  '40013': 'bad_credentials',
  '40091': 'bad_credentials',
  // Frequency and concurrency limits (global error codes): the window passes, so retry later.
  '45009': 'rate_limited',
  '45033': 'rate_limited',
  '-1': 'unavailable',
};

export const readWeComBody: BodyReader = (body) => {
  if (!isRecord(body) || body.errcode === undefined) return null;
  const errcode = String(body.errcode);
  if (errcode === '0') return null;
  // errmsg carries a hint URL and the caller's IP after a comma; the first part is the reason. For 60020 (IP not
  // trusted) the IP is the answer the admin needs for the 企业可信IP list, so it stays.
  const errmsg = typeof body.errmsg === 'string' ? body.errmsg : 'error';
  const reason = errmsg.split(',')[0] ?? errmsg;
  const seenIp = errcode === '60020' ? errmsg.match(/from ip:\s*([0-9a-fA-F.:]+)/)?.[1] : undefined;
  const message = seenIp ? `${reason}, from ip: ${seenIp}` : reason;
  return { kind: byErrcode[errcode], code: errcode, message };
};
