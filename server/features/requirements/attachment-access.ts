/** Photos and files on a mention are readable by whoever may see that mention's customer. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { canSeeMention } from './policy';
import { customersByIds } from './repo';

export async function canReadMentionAttachment(
  tdb: TenantDb,
  actor: Actor,
  mentionId: string,
): Promise<boolean> {
  const mention = await tdb
    .selectFrom('requirement_mentions')
    .select('customer_id')
    .where('id', '=', mentionId)
    .executeTakeFirst();
  if (!mention) return false;
  const [customer] = await customersByIds(tdb, [mention.customer_id]);
  return canSeeMention(actor, customer);
}
