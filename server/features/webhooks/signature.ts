/** The signature every delivery carries, so a receiver can tell it came from us, unaltered and recently. */
import { createHmac } from 'node:crypto';

export const signatureHeader = 'X-Fieldloop-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" under the secret>`. */
export function signatureOf(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}
