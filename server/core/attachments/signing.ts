/**
 * Signed, expiring content URLs, so `<img src>` works without a bearer token. Expiry is rounded up to the next
 * hour boundary plus one period, so one attachment keeps one URL for an hour and the browser cache keeps working.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = 'valid' | 'expired' | 'invalid';

export class UrlSigner {
  private readonly key: Buffer;

  constructor(
    secret: Buffer,
    private readonly periodSeconds = 3600,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'fieldloop attachment urls', 32));
  }

  /** A signer whose URLs die with the process: for development, where SECRETS_KEY is a published constant. */
  static ephemeral(): UrlSigner {
    return new UrlSigner(randomBytes(32));
  }

  url(id: string, nowMs = Date.now()): string {
    const exp = (Math.floor(nowMs / 1000 / this.periodSeconds) + 2) * this.periodSeconds;
    return `/api/v1/attachments/${id}/content?exp=${exp}&sig=${this.sign(id, exp)}`;
  }

  check(id: string, exp: string, sig: string, nowMs = Date.now()): SignatureCheck {
    if (!/^\d{1,12}$/.test(exp)) return 'invalid';
    const expected = Buffer.from(this.sign(id, Number(exp)));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    return Number(exp) * 1000 > nowMs ? 'valid' : 'expired';
  }

  /** Seconds a browser may keep the bytes: until the URL stops working. */
  secondsLeft(exp: string, nowMs = Date.now()): number {
    return Math.max(0, Math.floor(Number(exp) - nowMs / 1000));
  }

  private sign(id: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${id}.${exp}`).digest('base64url');
  }
}
