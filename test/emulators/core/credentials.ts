/**
 * Access tokens and JS-API tickets with each platform's re-fetch rule. DingTalk hands back the same value and
 * extends it, WeCom hands back the same value until it dies, Feishu hands back the same value while at least
 * 30 minutes remain and then a fresh one while the old one keeps working.
 */
import type { VirtualClock } from './clock';

export type RenewalRule =
  | { kind: 'extend'; maxLifetimeMs?: number }
  | { kind: 'keep' }
  | { kind: 'rotate-near-expiry'; thresholdMs: number };

export interface CredentialOptions {
  ttlMs: number;
  rule: RenewalRule;
  makeValue: () => string;
}

export interface Credential {
  value: string;
  owner: string;
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
}

export type CredentialCheck =
  | { status: 'valid'; credential: Credential }
  | { status: 'expired'; credential: Credential }
  | { status: 'revoked'; credential: Credential }
  | { status: 'unknown' };

export class CredentialIssuer {
  private readonly byValue = new Map<string, Credential>();
  private readonly current = new Map<string, Credential>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly options: CredentialOptions,
  ) {}

  /** What a fetch by `owner` answers right now, following the renewal rule. */
  issue(owner: string): Credential {
    const now = this.clock.now();
    const existing = this.current.get(owner);
    if (existing && !existing.revoked && existing.expiresAt > now) {
      const { rule, ttlMs } = this.options;
      if (rule.kind === 'keep') return existing;
      if (rule.kind === 'extend') {
        const cap = rule.maxLifetimeMs === undefined ? Infinity : existing.issuedAt + rule.maxLifetimeMs;
        existing.expiresAt = Math.min(now + ttlMs, cap);
        return existing;
      }
      if (existing.expiresAt - now >= rule.thresholdMs) return existing;
    }
    return this.mint(owner, now);
  }

  check(value: string): CredentialCheck {
    const credential = this.byValue.get(value);
    if (!credential) return { status: 'unknown' };
    if (credential.revoked) return { status: 'revoked', credential };
    if (credential.expiresAt <= this.clock.now()) return { status: 'expired', credential };
    return { status: 'valid', credential };
  }

  currentFor(owner: string): Credential | null {
    const credential = this.current.get(owner);
    if (!credential || credential.revoked || credential.expiresAt <= this.clock.now()) return null;
    return credential;
  }

  /** Seconds the platform would report as left; Feishu's `expire` is this, not the full lifetime. */
  remainingSeconds(credential: Credential): number {
    return Math.max(0, Math.ceil((credential.expiresAt - this.clock.now()) / 1000));
  }

  /** Ends `owner`'s current credential; its next fetch gets a new one. */
  revoke(owner: string): void {
    const credential = this.current.get(owner);
    if (credential) credential.revoked = true;
  }

  revokeAll(): void {
    for (const credential of this.byValue.values()) credential.revoked = true;
  }

  clear(): void {
    this.byValue.clear();
    this.current.clear();
  }

  private mint(owner: string, now: number): Credential {
    const credential: Credential = {
      value: this.options.makeValue(),
      owner,
      issuedAt: now,
      expiresAt: now + this.options.ttlMs,
      revoked: false,
    };
    this.byValue.set(credential.value, credential);
    this.current.set(owner, credential);
    return credential;
  }
}
