/** Checks that people named on a project are who they may be: active users of the right role, the customer's contacts. */
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import type { Role } from '@shared/domain/roles';
import { findContacts, findUsers } from './lookups-repo';

export async function assertPeople(
  tdb: TenantDb,
  ids: readonly string[],
  roles: readonly Role[],
  field: string,
): Promise<void> {
  const people = await findUsers(tdb, ids);
  ids.forEach((id, index) => {
    const found = people.find((p) => p.id === id);
    if (found?.active !== 1 || !roles.includes(found.role as Role)) {
      const path = field.endsWith('Id') ? field : `${field}.${index}`;
      throw new AppError('INVALID_MEMBER', { [path]: 'ui.implementation.messages.invalidMember' });
    }
  });
}

export async function assertPartners(
  tdb: TenantDb,
  customerId: string,
  contactIds: readonly string[],
): Promise<void> {
  const contacts = await findContacts(tdb, contactIds);
  contactIds.forEach((id, index) => {
    if (!contacts.some((c) => c.id === id && c.customer_id === customerId)) {
      throw new AppError('INVALID_MEMBER', {
        [`partnerContactIds.${index}`]: 'ui.implementation.messages.invalidPartner',
      });
    }
  });
}
