import { describe, expect, it } from 'vitest';
import {
  blankDraft,
  createBodyOf,
  hasVisitContent,
  labelOf,
  updateBodyOf,
  type VisitDraft,
} from './visit-draft';

const customer = { id: '0190a3a4-1c2b-7d3e-8f40-5a6b7c8d9e0f', name: '杭州西溪精密机械有限公司' };
const fix = {
  lat: 30.27,
  lng: 120.15,
  accuracy: 15,
  address: '浙江省杭州市西湖区文三路',
  isFresh: true,
  isMock: false,
  source: 'dingtalk',
  readAt: '2026-11-23T02:00:00.000Z',
};

function draftWith(patch: Partial<VisitDraft>): VisitDraft {
  return { ...blankDraft(customer), ...patch };
}

describe('the visit a draft becomes', () => {
  it('sends only what the rep entered, trimmed, and leaves blank text out', () => {
    const body = createBodyOf(draftWith({ kind: 'phone', notes: '  约了下周演示 ', purpose: '   ' }));
    expect(body).toEqual({
      clientId: expect.any(String),
      customerId: customer.id,
      kind: 'phone',
      notes: '约了下周演示',
    });
  });

  it('sends the check-in of an on-site visit, and drops it when the kind changed to a call', () => {
    expect(createBodyOf(draftWith({ kind: 'onsite', checkIn: fix })).checkIn).toEqual({
      lat: 30.27,
      lng: 120.15,
      accuracy: 15,
      address: '浙江省杭州市西湖区文三路',
      isFresh: true,
      isMock: false,
      source: 'dingtalk',
    });
    expect(createBodyOf(draftWith({ kind: 'phone', checkIn: fix })).checkIn).toBeUndefined();
  });

  it('keeps the same client id for every send of one draft, so a resend is the same visit', () => {
    const draft = draftWith({ kind: 'video' });
    expect(createBodyOf(draft).clientId).toBe(createBodyOf(draft).clientId);
    expect(blankDraft().clientId).not.toBe(blankDraft().clientId);
  });

  it('clears emptied text on an edit instead of leaving the old text', () => {
    const body = updateBodyOf(draftWith({ kind: 'onsite', notes: ' ' }), 3);
    expect(body).toMatchObject({ notes: null, version: 3, participantIds: [] });
  });

  it('names a waiting visit kind first, so a long customer name cut short still says which visit', () => {
    expect(labelOf(draftWith({}), '电话沟通')).toBe('电话沟通 · 杭州西溪精密机械有限公司');
    expect(labelOf(blankDraft(), '电话沟通')).toBe('电话沟通');
  });
});

describe('what a draft worth keeping is', () => {
  it('is not the customer a page preset, and is anything the rep entered', () => {
    expect(hasVisitContent(blankDraft(customer))).toBe(false);
    expect(hasVisitContent(draftWith({ notes: '客户要报价' }))).toBe(true);
    expect(hasVisitContent(draftWith({ kind: 'phone' }))).toBe(true);
    expect(hasVisitContent(draftWith({ checkIn: fix }))).toBe(true);
    expect(hasVisitContent(draftWith({ notes: '   ' }))).toBe(false);
  });

  it('names a new submission each time', () => {
    expect(blankDraft(customer).clientId).not.toBe(blankDraft(customer).clientId);
  });
});
