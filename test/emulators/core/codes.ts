/** Sign-in codes: opaque, short-lived and good for exactly one exchange. */
import type { VirtualClock } from './clock';
import { randomAlphanumeric } from './ids';

interface StoredCode<Subject> {
  subject: Subject;
  expiresAt: number;
}

export class AuthCodeStore<Subject> {
  private readonly codes = new Map<string, StoredCode<Subject>>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly makeCode: () => string = () => randomAlphanumeric(32),
  ) {}

  mint(subject: Subject, ttlMs: number): string {
    const code = this.makeCode();
    this.codes.set(code, { subject, expiresAt: this.clock.now() + ttlMs });
    return code;
  }

  /**
   * Answers the code's subject and burns the code. Unknown, used and expired codes answer null alike, as the
   * platforms do not tell them apart. A code presented by the wrong app is refused but stays usable.
   */
  redeem(code: string, belongsToCaller: (subject: Subject) => boolean = () => true): Subject | null {
    const stored = this.codes.get(code);
    if (!stored) return null;
    if (stored.expiresAt <= this.clock.now()) {
      this.codes.delete(code);
      return null;
    }
    if (!belongsToCaller(stored.subject)) return null;
    this.codes.delete(code);
    return stored.subject;
  }

  clear(): void {
    this.codes.clear();
  }
}
