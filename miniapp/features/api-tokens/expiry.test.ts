import { describe, expect, it } from 'vitest';
import { expiresAtFor } from './expiry';

describe('expiresAtFor', () => {
  const now = Date.parse('2026-12-02T10:00:00.000Z');

  it('ends a 30-day token thirty days from now, to the millisecond', () => {
    expect(expiresAtFor('30', now)).toBe('2027-01-01T10:00:00.000Z');
  });

  it('ends a one-year token 365 days from now', () => {
    expect(expiresAtFor('365', now)).toBe('2027-12-02T10:00:00.000Z');
  });

  it('gives no end to a token that never expires', () => {
    expect(expiresAtFor('never', now)).toBeUndefined();
  });
});
