/** One instance's kept answers: found only at the version and within the time they were kept, within a memory budget. */
import { describe, expect, it } from 'vitest';
import { KeptAnswers } from './kept-answers';

const body = (size: number) => 'x'.repeat(size);

describe('KeptAnswers', () => {
  it('gives an answer back only at the version it was kept under and until it expires', () => {
    const answers = new KeptAnswers({ budgetBytes: 10_000, keepMs: 1_000 });
    answers.keep('list', 7, '{"items":[]}', 0);
    expect(answers.find('list', 7, 999)).toBe('{"items":[]}');
    expect(answers.find('list', 8, 999)).toBeUndefined();
    answers.keep('list', 8, '{"items":[1]}', 0);
    expect(answers.find('list', 8, 1_000)).toBeUndefined();
    expect(answers.bytes).toBe(0);
  });

  it('never replaces an answer with one computed at an older version', () => {
    const answers = new KeptAnswers({ budgetBytes: 10_000, keepMs: 1_000 });
    answers.keep('list', 9, 'newer', 0);
    answers.keep('list', 8, 'older', 0);
    expect(answers.find('list', 9, 1)).toBe('newer');
  });

  it('stays within its budget, letting the least recently used answers go first', () => {
    const answers = new KeptAnswers({ budgetBytes: 1_000, keepMs: 60_000 });
    answers.keep('a', 1, body(200), 0);
    answers.keep('b', 1, body(200), 0);
    expect(answers.find('a', 1, 1)).toBe(body(200));
    answers.keep('c', 1, body(200), 0);
    expect(answers.bytes).toBeLessThanOrEqual(1_000);
    expect(answers.find('b', 1, 2)).toBeUndefined();
    expect(answers.find('a', 1, 2)).toBe(body(200));
    expect(answers.find('c', 1, 2)).toBe(body(200));
  });

  it('keeps nothing larger than the whole budget, and nothing at all with a budget of 0', () => {
    const answers = new KeptAnswers({ budgetBytes: 100, keepMs: 60_000 });
    answers.keep('big', 1, body(100), 0);
    expect(answers.find('big', 1, 1)).toBeUndefined();
    const none = new KeptAnswers({ budgetBytes: 0, keepMs: 60_000 });
    none.keep('small', 1, '{}', 0);
    expect(none.find('small', 1, 1)).toBeUndefined();
  });
});
