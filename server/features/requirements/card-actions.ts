/** The 已告知客户 button on a decision card: the rep who pressed it confirms they told the customer. */
import type { TenantDb } from '@server/core/db';
import { toastText } from './messages';
import { confirmToldFromCard } from './tellings';

export async function toldFromCard(input: {
  tdb: TenantDb;
  userId: string;
  value: Record<string, unknown>;
}): Promise<{ type: 'success' | 'info'; content: string }> {
  const { tdb, userId, value } = input;
  const requirementId = typeof value.requirementId === 'string' ? value.requirementId : '';
  const decisionId = typeof value.decisionId === 'string' ? value.decisionId : null;
  const told = requirementId
    ? await confirmToldFromCard(tdb, userId, requirementId, decisionId).catch(() => [])
    : [];
  return told.length > 0
    ? { type: 'success', content: toastText.told() }
    : { type: 'info', content: toastText.nothing() };
}
