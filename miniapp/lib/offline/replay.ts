/**
 * Creates are idempotent on their client id: a repeat is answered 200 with the stored object. That answer is a
 * success only when the stored object is what this phone sent; otherwise the queue must show both, never "saved".
 */
import type { Created } from '../api-client';
import type { Delivery } from './queue-core';

export interface ComparedField {
  label: string;
  mine: string | null | undefined;
  theirs: string | null | undefined;
}

const shown = (value: string | null | undefined) => (value ?? '').trim();

/** `stored` for a fresh create or a faithful replay; `differs` with the unequal fields otherwise. */
export function deliveryOf<T extends { id: string }>(
  answer: Created<T>,
  compare: (stored: T) => { link: string; fields: ComparedField[] },
): Delivery {
  if (!answer.isReplay) return { outcome: 'stored' };
  const { link, fields } = compare(answer.data);
  const rows = fields
    .filter((field) => shown(field.mine) !== shown(field.theirs))
    .map((field) => ({ label: field.label, mine: shown(field.mine), theirs: shown(field.theirs) }));
  return rows.length === 0 ? { outcome: 'stored' } : { outcome: 'differs', difference: { link, rows } };
}
