/** The JS-API config signature all three platforms use, and a checker that says which hash matched. */
import { createHash } from 'node:crypto';

export type SignatureAlgorithm = 'sha1' | 'sha256';

export interface JsapiSignatureInput {
  ticket: string;
  nonceStr: string;
  timestamp: string | number;
  url: string;
}

export function jsapiSignature(input: JsapiSignatureInput, algorithm: SignatureAlgorithm = 'sha1'): string {
  const plain = `jsapi_ticket=${input.ticket}&noncestr=${input.nonceStr}&timestamp=${input.timestamp}&url=${input.url}`;
  return createHash(algorithm).update(plain).digest('hex');
}

export interface SignatureVerdict {
  ok: boolean;
  /** Which hash matched, or null; DingTalk's docs disagree on SHA-1 vs SHA-256, so tests want to see it. */
  algorithm: SignatureAlgorithm | null;
  /** Why it failed, in the words a developer needs. */
  reason: string | null;
}

export function checkJsapiSignature(
  input: JsapiSignatureInput & { signature: string },
  accepted: readonly SignatureAlgorithm[],
): SignatureVerdict {
  if (input.url.includes('#')) {
    return { ok: false, algorithm: null, reason: 'the signed url must not contain a #fragment' };
  }
  for (const algorithm of accepted) {
    if (jsapiSignature(input, algorithm) === input.signature.toLowerCase()) {
      return { ok: true, algorithm, reason: null };
    }
  }
  return {
    ok: false,
    algorithm: null,
    reason: `signature does not match ${accepted.join(' or ')} of jsapi_ticket=…&noncestr=…&timestamp=…&url=…`,
  };
}
