import { describe, expect, it } from 'vitest';
import { blankCapture, createBodyOf, draftKeyOf, mentionBodyOf, similarQueryOf } from './capture-draft';

const fromCustomer = { customerId: 'c1', visitId: null, projectId: null };

describe('a captured requirement as it is sent', () => {
  it('leaves blank text out instead of sending empty strings', () => {
    const draft = {
      ...blankCapture({ id: 'c1', name: '云帆' }),
      title: ' 会签 ',
      importance: 'important' as const,
    };
    expect(createBodyOf(draft, fromCustomer)).toEqual({
      clientId: draft.clientId,
      title: '会签',
      description: undefined,
      category: undefined,
      customerId: 'c1',
      quote: undefined,
      importance: 'important',
    });
  });

  it('carries the visit it came from on a mention, and keeps the same client id on every retry', () => {
    const draft = {
      ...blankCapture({ id: 'c1', name: '云帆' }),
      quote: '老板要会签',
      importance: 'blocker' as const,
    };
    const source = { customerId: 'c1', visitId: 'v1', projectId: null };
    expect(mentionBodyOf(draft, source)).toMatchObject({
      clientId: draft.clientId,
      quote: '老板要会签',
      visitId: 'v1',
    });
    expect(mentionBodyOf(draft, source).clientId).toBe(createBodyOf(draft, source).clientId);
  });

  it('keeps one draft per place the capture was opened from', () => {
    expect(draftKeyOf(fromCustomer)).not.toBe(draftKeyOf({ ...fromCustomer, visitId: 'v1' }));
    expect(draftKeyOf({ customerId: null, visitId: null, projectId: null })).toBe('requirement:tab');
  });

  it('searches for similar requirements with the title and description together', () => {
    expect(similarQueryOf({ ...blankCapture(), title: '会签', description: '手机上' })).toBe('会签 手机上');
  });
});
