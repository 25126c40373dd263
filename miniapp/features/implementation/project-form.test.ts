import { describe, expect, it } from 'vitest';
import { fieldForPath, rawBodyOf } from './project-form';

describe('the 新建项目 form body', () => {
  const clientId = '0190b5e4-2f1c-7a51-9c1e-3b2f4c5d6e7f';

  it('sends goals as numbers and leaves untouched goal rows out', () => {
    const body = rawBodyOf(
      {
        customerId: 'c',
        templateId: 't',
        startDate: '2026-12-01',
        goals: [
          { metric: '工单处理时长', baseline: '48', target: '24', unit: '小时' },
          { metric: '', baseline: '', target: '', unit: '' },
        ],
      },
      clientId,
    );
    expect(body).toEqual({
      clientId,
      customerId: 'c',
      templateId: 't',
      startDate: '2026-12-01',
      goals: [{ metric: '工单处理时长', baseline: 48, target: 24, unit: '小时' }],
    });
  });

  it('keeps a mistyped figure as text so the schema can name it', () => {
    const body = rawBodyOf(
      { startDate: '2026-12-01', goals: [{ metric: '上线率', target: '九十' }] },
      clientId,
    );
    expect(body.goals).toEqual([{ metric: '上线率', baseline: null, target: '九十', unit: '' }]);
  });

  it('places server complaints on the inputs that have them', () => {
    expect(fieldForPath('customerId')).toBe('customerId');
    expect(fieldForPath('goals.0.target')).toBeUndefined();
  });
});
