import { describe, expect, it } from 'vitest';
import { needsCustomer } from './customer-asks';

const today = '2026-12-07';
const open = { doneAt: null };

describe('what the customer is asked for now', () => {
  it('lists open tasks of a started phase the customer partners on', () => {
    expect(needsCustomer({ partnerRole: '客户 IT', startDate: '2026-12-01' }, open, today)).toBe(true);
    expect(needsCustomer({ partnerRole: 'Customer key users', startDate: today }, open, today)).toBe(true);
  });

  it('leaves out our own phases, phases not started and finished tasks', () => {
    expect(needsCustomer({ partnerRole: '实施顾问', startDate: '2026-12-01' }, open, today)).toBe(false);
    expect(needsCustomer({ partnerRole: null, startDate: '2026-12-01' }, open, today)).toBe(false);
    expect(needsCustomer({ partnerRole: '客户 IT', startDate: '2026-12-08' }, open, today)).toBe(false);
    const done = { doneAt: '2026-12-02T08:00:00Z' };
    expect(needsCustomer({ partnerRole: '客户 IT', startDate: '2026-12-01' }, done, today)).toBe(false);
  });
});
