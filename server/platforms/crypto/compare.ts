/** Constant-time comparison of signatures and tokens that arrive in callbacks. */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Hashing both sides first gives equal lengths, so neither the content nor the length leaks through timing. */
export function safeEqual(received: string, expected: string): boolean {
  const a = createHash('sha256').update(received).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
