import { describe, expect, it } from 'vitest';
import { contactCreate, customerCreate } from '../schemas/customers';
import { createI18n } from './index';
import { parseLocalized } from './validation';

const zh = createI18n('zh-CN').t;
const en = createI18n('en').t;

describe('parseLocalized', () => {
  it('says what is wrong with each field in plain Chinese', () => {
    const result = parseLocalized(
      customerCreate,
      { name: '  ', segment: 'mid', tier: 'vip', tags: ['a'.repeat(21)] },
      zh,
    );
    expect(result).toEqual({
      ok: false,
      fields: { name: '必填', tier: '请选择有效的选项', 'tags.0': '最多 20 个字符' },
    });
  });

  it('asks for an option that was never chosen, rather than calling it invalid', () => {
    const result = parseLocalized(customerCreate, { name: '恒川', tier: 'low' }, zh);
    expect(result).toEqual({ ok: false, fields: { segment: '必填' } });
  });

  it('says it in English too', () => {
    const result = parseLocalized(
      contactCreate,
      { name: '周立新', role: 'it', email: 'not-mail', phone: '12' },
      en,
    );
    expect(result).toEqual({
      ok: false,
      fields: { email: 'Invalid email address', phone: 'Invalid phone number' },
    });
  });

  it('trims text and turns empty optional text into null', () => {
    const result = parseLocalized(
      customerCreate,
      { name: ' 恒川 ', segment: 'smb', tier: 'low', address: '' },
      zh,
    );
    expect(result).toEqual({ ok: true, data: { name: '恒川', segment: 'smb', tier: 'low', address: null } });
  });
});
