/**
 * Buttons on our platform cards (Feishu `card.action.trigger`): the button's value names a domain action, which
 * runs as the person who pressed it and answers with a toast within the platform's 3-second limit. The composition
 * root (server/app.ts) connects the actions features offer (the requirements loop's "已告知客户").
 */
import type { TenantDb } from '@server/core/db';
import { createI18n } from '@shared/i18n';

export interface CardActionInput {
  tdb: TenantDb;
  userId: string;
  value: Record<string, unknown>;
}

export interface CardToast {
  type: 'success' | 'info' | 'error';
  content: string;
}

export type CardActionHandler = (input: CardActionInput) => Promise<CardToast>;

let connected: Readonly<Record<string, CardActionHandler>> = {};

export function connectCardActions(actions: Readonly<Record<string, CardActionHandler>>): void {
  connected = actions;
}

const t = createI18n('zh-CN').t;

export async function runCardAction(input: {
  tdb: TenantDb;
  userId: string | null;
  value: Record<string, unknown>;
  isRepeat: boolean;
}): Promise<CardToast> {
  const name = typeof input.value.action === 'string' ? input.value.action : '';
  const handler = Object.hasOwn(connected, name) ? connected[name] : undefined;
  if (!handler || !input.userId) return { type: 'error', content: t('platformEvents.cardActionUnknown') };
  if (input.isRepeat) return { type: 'info', content: t('platformEvents.cardActionDone') };
  return handler({ tdb: input.tdb, userId: input.userId, value: input.value });
}
