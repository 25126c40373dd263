/** One cell of an imported sheet → the value it stands for, or the reason it stands for none. */
import type { TFunction } from '@shared/i18n';
import {
  contactRoleWords,
  normalizedWord,
  noWords,
  segmentWords,
  tagSeparators,
  tierWords,
  wordIndex,
  yesWords,
} from './import-dictionary';

export type Cell<V> = { ok: true; value: V } | { ok: false; message: string };

const tiers = wordIndex(tierWords);
const segments = wordIndex(segmentWords);
const contactRoles = wordIndex(contactRoleWords);
const yesNo = wordIndex({ yes: yesWords, no: noWords });

/** The first words of each choice, to tell the person what the column may hold. */
const examples = (words: Record<string, readonly string[]>) =>
  Object.values(words)
    .map((list) => list[0])
    .join('、');

function choice<V extends string>(index: Map<string, V>, words: Record<V, readonly string[]>) {
  return (text: string, t: TFunction): Cell<V> => {
    const value = index.get(normalizedWord(text));
    return value
      ? { ok: true, value }
      : {
          ok: false,
          message: t('ui.customerImport.errors.unknownWord', { text, examples: examples(words) }),
        };
  };
}

export const tierOf = choice(tiers, tierWords);
export const segmentOf = choice(segments, segmentWords);
export const contactRoleOf = choice(contactRoles, contactRoleWords);

export function flagOf(text: string, t: TFunction): Cell<boolean> {
  const value = yesNo.get(normalizedWord(text));
  return value
    ? { ok: true, value: value === 'yes' }
    : { ok: false, message: t('ui.customerImport.errors.unknownWord', { text, examples: '是、否' }) };
}

/** 「¥1,200,000」, 「120万」, 「3.5 万元」: amounts as sales teams write them, in yuan. */
export function amountOf(text: string, t: TFunction): Cell<number> {
  const plain = text.replace(/[\s,，¥￥]|元$|人民币/g, '');
  const isWan = plain.endsWith('万');
  const digits = isWan ? plain.slice(0, -1) : plain;
  const number = /^\d+(\.\d+)?$/.test(digits) ? Number(digits) * (isWan ? 10_000 : 1) : Number.NaN;
  return Number.isFinite(number)
    ? { ok: true, value: Math.round(number * 100) / 100 }
    : { ok: false, message: t('ui.customerImport.errors.notAnAmount', { text }) };
}

export const tagsOf = (text: string): string[] => [
  ...new Set(
    text
      .split(tagSeparators)
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];
