import { describe, expect, it } from 'vitest';
import { addDays, distanceMeters, evidenceScoreOf, isCheckInFlagged, visitStatusOf } from './visits';

describe('distanceMeters', () => {
  it('measures about 111 m per thousandth of a degree of latitude', () => {
    expect(Math.round(distanceMeters({ lat: 31.3, lng: 120.7 }, { lat: 31.301, lng: 120.7 }))).toBe(111);
  });

  it('puts Shanghai and Suzhou about 85 km apart', () => {
    const km = distanceMeters({ lat: 31.23, lng: 121.47 }, { lat: 31.3, lng: 120.58 }) / 1000;
    expect(km).toBeGreaterThan(80);
    expect(km).toBeLessThan(90);
  });
});

describe('isCheckInFlagged', () => {
  it('allows the radius plus the fix accuracy, and flags beyond it', () => {
    expect(isCheckInFlagged({ distanceMeters: 540, accuracy: 50, isMock: false })).toBe(false);
    expect(isCheckInFlagged({ distanceMeters: 560, accuracy: 50, isMock: false })).toBe(true);
  });

  it('does not let a vague fix excuse any distance', () => {
    expect(isCheckInFlagged({ distanceMeters: 5000, accuracy: 50_000, isMock: false })).toBe(true);
  });

  it('always flags a mock location, never a customer without a saved location', () => {
    expect(isCheckInFlagged({ distanceMeters: 0, accuracy: 5, isMock: true })).toBe(true);
    expect(isCheckInFlagged({ distanceMeters: null, accuracy: 5, isMock: false })).toBe(false);
  });
});

describe('evidenceScoreOf', () => {
  it('gives a full on-site visit 100', () => {
    const score = evidenceScoreOf({
      kind: 'onsite',
      checkIn: { flagged: false, isFresh: true, isMock: false },
      photoCount: 2,
      notes: '客'.repeat(50),
      requirementCount: 1,
    });
    expect(score).toEqual({
      total: 100,
      parts: { inRadius: 20, freshFix: 20, photo: 20, notes: 20, requirement: 20 },
    });
  });

  it('leaves location out of a phone call and half-credits short notes', () => {
    const score = evidenceScoreOf({
      kind: 'phone',
      checkIn: null,
      photoCount: 0,
      notes: '客户同意下周再约时间详谈',
      requirementCount: 0,
    });
    expect(score.parts).toEqual({ inRadius: null, freshFix: null, photo: 0, notes: 0, requirement: 0 });
    expect(score.total).toBe(0);
    const longer = evidenceScoreOf({
      kind: 'phone',
      checkIn: null,
      photoCount: 0,
      notes: '客'.repeat(20),
      requirementCount: 0,
    });
    expect(longer.total).toBe(17);
  });

  it('gives a mocked fix no credit for freshness', () => {
    const score = evidenceScoreOf({
      kind: 'onsite',
      checkIn: { flagged: true, isFresh: true, isMock: true },
      photoCount: 0,
      notes: null,
      requirementCount: 0,
    });
    expect(score.parts).toMatchObject({ inRadius: 0, freshFix: 0 });
  });
});

describe('dates', () => {
  it('calls a visit planned until its time comes', () => {
    expect(visitStatusOf('2030-01-01T02:00:00Z', '2030-01-01T01:59:00Z')).toBe('planned');
    expect(visitStatusOf('2030-01-01T02:00:00Z', '2030-01-01T02:00:00Z')).toBe('done');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
  });
});
