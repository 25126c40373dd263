import { describe, expect, it } from 'vitest';
import { listsGoLiveRequirements, undeliveredItems } from './acceptance-step';

describe('the go-live requirements on a sign-off', () => {
  it('lists them on the UAT and acceptance sign-offs only', () => {
    expect(
      listsGoLiveRequirements({ phaseName: 'UAT', taskTitle: '客户 UAT 签字确认', evidence: 'signoff' }),
    ).toBe(true);
    expect(
      listsGoLiveRequirements({ phaseName: '投产', taskTitle: '客户投产验收签字', evidence: 'signoff' }),
    ).toBe(true);
    expect(
      listsGoLiveRequirements({
        phaseName: '需求确认',
        taskTitle: '方案评审并由客户签字确认范围',
        evidence: 'signoff',
      }),
    ).toBe(false);
    expect(listsGoLiveRequirements({ phaseName: 'UAT', taskTitle: '上线现场照片', evidence: 'photo' })).toBe(
      false,
    );
  });

  it('counts every requirement not released as not delivered', () => {
    const items = [
      { id: 'r1', status: 'released' },
      { id: 'r2', status: 'in_progress' },
      { id: 'r3', status: 'declined' },
    ];
    expect(undeliveredItems(items).map((item) => item.id)).toEqual(['r2', 'r3']);
  });
});
