import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale';

describe('pickLocale', () => {
  it('speaks Chinese to any zh variant and by default', () => {
    expect(pickLocale('zh-TW,zh;q=0.9')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
  });

  it('honours quality weights, not just order', () => {
    expect(pickLocale('zh-CN;q=0.2,en-US;q=0.9')).toBe('en');
    expect(pickLocale('en;q=0,zh')).toBe('zh-CN');
  });

  it('takes a browser language list', () => {
    expect(pickLocale(['en-GB', 'zh-CN'])).toBe('en');
  });
});
