/** The JS-API config signature all three platforms share (DingTalk §2.4, Feishu §3.4, WeCom §4.4). */
import { createHash } from 'node:crypto';

export interface JsapiSignatureInput {
  ticket: string;
  nonceStr: string;
  /** Seconds for DingTalk and WeCom, milliseconds for Feishu: the same value the page passes to its config call. */
  timestamp: number;
  url: string;
}

/** SHA-1 (hex) of the fixed-order string; the URL is signed verbatim, never re-encoded, without its fragment. */
export function jsapiSignature({ ticket, nonceStr, timestamp, url }: JsapiSignatureInput): string {
  const page = url.split('#')[0] ?? url;
  const plain = `jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${page}`;
  return createHash('sha1').update(plain).digest('hex');
}

/**
 * The page URL as DingTalk checks it: the query percent-decoded, as DingTalk's own signing sample does, because its
 * iOS client hands over the URL encoded and the Android one as it was (§2.4). A malformed escape stays as it is.
 */
export function withDecodedQuery(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  try {
    return url.slice(0, start + 1) + decodeURIComponent(url.slice(start + 1));
  } catch {
    return url;
  }
}
