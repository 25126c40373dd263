/**
 * What a platform callback means for Fieldloop: someone left the organisation, someone's details changed, or
 * someone pressed a button on one of our cards. Everything else is kept in the inbox and otherwise ignored.
 */
import type { PlatformEvent } from '@server/platforms/types';
import type { Platform } from '@shared/domain/platforms';

export type DirectoryEvent =
  | { kind: 'left'; externalIds: string[] }
  | { kind: 'changed'; externalIds: string[] }
  | { kind: 'card_action'; externalId: string; value: Record<string, unknown> };

type Fields = Record<string, unknown>;

const asFields = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});
const asText = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(asText).filter((text): text is string => text !== null);

export function interpretEvent(platform: Platform, event: PlatformEvent): DirectoryEvent | null {
  const data = asFields(event.data);
  switch (platform) {
    case 'dingtalk':
      return dingTalk(event.type, data);
    case 'wecom':
      return weCom(event.type, data);
    case 'feishu':
      return feishu(event.type, data);
  }
}

function dingTalk(type: string, data: Fields): DirectoryEvent | null {
  const externalIds = texts(data.UserId ?? data.userId);
  if (externalIds.length === 0) return null;
  if (type === 'user_leave_org') return { kind: 'left', externalIds };
  if (['user_add_org', 'user_modify_org', 'user_active_org'].includes(type))
    return { kind: 'changed', externalIds };
  return null;
}

/** WeCom reports every contact change as one `change_contact` event with a ChangeType. */
function weCom(type: string, data: Fields): DirectoryEvent | null {
  const externalIds = texts(data.UserID);
  if (type !== 'change_contact' || externalIds.length === 0) return null;
  if (data.ChangeType === 'delete_user') return { kind: 'left', externalIds };
  if (data.ChangeType === 'update_user' || data.ChangeType === 'create_user')
    return { kind: 'changed', externalIds };
  return null;
}

function feishu(type: string, payload: Fields): DirectoryEvent | null {
  const event = asFields(payload.event);
  if (type === 'card.action.trigger') {
    const externalId = asText(asFields(event.operator).open_id);
    return externalId
      ? { kind: 'card_action', externalId, value: asFields(asFields(event.action).value) }
      : null;
  }
  const externalIds = texts(asFields(event.object).open_id);
  if (externalIds.length === 0) return null;
  if (type === 'contact.user.deleted_v3') return { kind: 'left', externalIds };
  if (type === 'contact.user.updated_v3' || type === 'contact.user.created_v3')
    return { kind: 'changed', externalIds };
  return null;
}
