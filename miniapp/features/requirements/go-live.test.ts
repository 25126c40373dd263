import { describe, expect, it } from 'vitest';
import { blankCapture, createBodyOf, mentionBodyOf } from './capture-draft';
import { captureUrlOf } from './capture-url';

const fromProject = { customerId: 'c1', visitId: null, projectId: 'p1' };

describe('a capture from a project marked must ship for go-live', () => {
  it('sends goLive on a new requirement and on a +1 only when the switch is on', () => {
    const draft = {
      ...blankCapture({ id: 'c1', name: '鲜丰汇' }),
      title: '会员迁移',
      importance: 'blocker' as const,
    };
    expect(createBodyOf(draft, fromProject)).not.toHaveProperty('goLive');
    expect(createBodyOf({ ...draft, goLive: true }, fromProject)).toMatchObject({
      projectId: 'p1',
      goLive: true,
    });
    expect(mentionBodyOf({ ...draft, goLive: true }, fromProject)).toMatchObject({ goLive: true });
  });

  it('opens the capture with the visit or project it came from and its customer', () => {
    expect(captureUrlOf({ customerId: 'c1', visitId: 'v1' })).toBe(
      '/requirements/new?visitId=v1&customerId=c1',
    );
    expect(captureUrlOf({ customerId: 'c1', projectId: 'p1' })).toBe(
      '/requirements/new?projectId=p1&customerId=c1',
    );
  });
});
