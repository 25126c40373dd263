import { locales } from '@shared/domain/locale';
import { en } from '@shared/i18n/en';
import { zhCN } from '@shared/i18n/zh-CN';
import { describe, expect, it } from 'vitest';
import { cores, parts, type TextPart } from './i18n-parts';

const whole = { 'zh-CN': zhCN, en };

describe('the catalogue in downloads', () => {
  for (const locale of locales) {
    it(`gives the phone every ${locale} text: the core and the parts together are the whole catalogue`, async () => {
      const core = await cores[locale]();
      const names = Object.keys(parts) as TextPart[];
      const uis = await Promise.all(names.map((name) => parts[name][locale]()));
      expect({ ...core, ui: Object.assign({}, core.ui, ...uis) }).toEqual(whole[locale]);
    });

    it(`keeps each ${locale} text in one download only`, async () => {
      const core = await cores[locale]();
      const owners = new Map<string, string>(Object.keys(core.ui).map((key) => [key, 'core']));
      for (const name of Object.keys(parts) as TextPart[]) {
        for (const key of Object.keys(await parts[name][locale]())) {
          expect(owners.get(key), `ui.${key} in ${name}`).toBeUndefined();
          owners.set(key, name);
        }
      }
    });
  }
});
