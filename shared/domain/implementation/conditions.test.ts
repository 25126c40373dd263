import { describe, expect, it } from 'vitest';
import { applicablePhases, appliesTo, type Condition, type CustomerProfile } from './conditions';

interface Phase {
  name: string;
  condition?: Condition;
  tasks: { title: string; condition?: Condition }[];
}

const mid: CustomerProfile = { segment: 'mid', flags: { coCreation: false, angel: false, benchmark: false } };
const benchmarkLarge: CustomerProfile = {
  segment: 'large',
  flags: { coCreation: true, angel: false, benchmark: true },
};

describe('appliesTo', () => {
  it('applies to everyone without a condition', () => {
    expect(appliesTo(null, mid)).toBe(true);
    expect(appliesTo({}, mid)).toBe(true);
  });

  it('matches any listed segment', () => {
    expect(appliesTo({ segments: ['mid', 'large'] }, mid)).toBe(true);
    expect(appliesTo({ segments: ['large'] }, mid)).toBe(false);
  });

  it('needs every listed flag', () => {
    expect(appliesTo({ flags: ['benchmark'] }, benchmarkLarge)).toBe(true);
    expect(appliesTo({ flags: ['benchmark', 'angel'] }, benchmarkLarge)).toBe(false);
    expect(appliesTo({ segments: ['large'], flags: ['benchmark'] }, mid)).toBe(false);
  });
});

describe('applicablePhases', () => {
  const phases: Phase[] = [
    {
      name: '需求调研',
      tasks: [{ title: '访谈' }, { title: 'IT交接', condition: { segments: ['large'] } }],
    },
    { name: '标杆案例', condition: { flags: ['benchmark'] }, tasks: [{ title: '案例访谈' }] },
    { name: '集成', tasks: [{ title: '对接SSO', condition: { segments: ['large'] } }] },
  ];

  it('gives a mid-size customer neither the case study nor the large-only tasks', () => {
    const result = applicablePhases(phases, mid);
    expect(result.map((phase) => phase.name)).toEqual(['需求调研']);
    expect(result[0]?.tasks.map((task) => task.title)).toEqual(['访谈']);
  });

  it('gives a large benchmark customer the case-study phase and the IT tasks', () => {
    const result = applicablePhases(phases, benchmarkLarge);
    expect(result.map((phase) => phase.name)).toEqual(['需求调研', '标杆案例', '集成']);
    expect(result[0]?.tasks).toHaveLength(2);
  });
});
