/** The customer form's text becomes the body the shared schema judges, and schema paths find their inputs. */
import { createI18n } from '@shared/i18n';
import { parseLocalized } from '@shared/i18n/validation';
import { customerCreate } from '@shared/schemas/customers';
import { describe, expect, it } from 'vitest';
import { blankCustomer, type CustomerFormValues, fieldForPath, rawBodyOf, splitTags } from './form-values';

const t = createI18n('zh-CN').t;
const filled: CustomerFormValues = {
  ...blankCustomer,
  name: ' 杭州云帆智造 ',
  segment: 'mid',
  tier: 'high',
  flags: ['angel'],
  contractValue: '1,200,000',
  tags: '华东，重点跟进、华东',
};

describe('rawBodyOf', () => {
  it('turns typed text into the create body the shared schema accepts', () => {
    const parsed = parseLocalized(customerCreate, rawBodyOf(filled), t);
    expect(parsed).toEqual({
      ok: true,
      data: {
        name: '杭州云帆智造',
        industry: null,
        segment: 'mid',
        tier: 'high',
        flags: { coCreation: false, angel: true, benchmark: false },
        address: null,
        location: null,
        contractValue: 1_200_000,
        tags: ['华东', '重点跟进'],
      },
    });
  });

  it('reports half a location and a non-number at the right inputs, in Chinese', () => {
    const parsed = parseLocalized(
      customerCreate,
      rawBodyOf({ ...filled, lat: '95', contractValue: '很多' }),
      t,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fields).toEqual({
      'location.lat': '不能大于 90',
      'location.lng': '必填',
      contractValue: '请输入数字',
    });
    expect(Object.keys(parsed.fields).map(fieldForPath)).toEqual(['lat', 'lng', 'contractValue']);
  });
});

describe('fieldForPath', () => {
  it('sends nested and indexed paths to the input that shows them, and unknown ones to a toast', () => {
    expect(fieldForPath('tags.3')).toBe('tags');
    expect(fieldForPath('flags.angel')).toBe('flags');
    expect(fieldForPath('location')).toBe('lat');
    expect(fieldForPath('ownerId')).toBeUndefined();
  });
});

describe('splitTags', () => {
  it('splits on Chinese and English commas, trims and drops repeats', () => {
    expect(splitTags(' 华东 , 重点跟进，华东;; ')).toEqual(['华东', '重点跟进']);
  });
});
