/** SQL on other features' tables (customers, contacts, users) that projects read: names, owners, profiles. */
import type { TenantDb } from '@server/core/db';

export function findCustomerProfile(tdb: TenantDb, customerId: string) {
  return tdb
    .selectFrom('customers')
    .select(['id', 'name', 'segment', 'owner_id', 'flag_co_creation', 'flag_angel', 'flag_benchmark'])
    .where('id', '=', customerId)
    .executeTakeFirst();
}

export function findCustomerNames(tdb: TenantDb, customerIds: readonly string[]) {
  return tdb
    .selectFrom('customers')
    .select(['id', 'name', 'owner_id'])
    .where('id', 'in', customerIds.length > 0 ? [...new Set(customerIds)] : [''])
    .execute();
}

export function findContacts(tdb: TenantDb, contactIds: readonly string[]) {
  return tdb
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'customer_id'])
    .where('id', 'in', contactIds.length > 0 ? [...new Set(contactIds)] : [''])
    .execute();
}

/** The customer's first decision-maker contact, who the status page names when a project has no partner. */
export function findDecisionMaker(tdb: TenantDb, customerId: string) {
  return tdb
    .selectFrom('contacts')
    .select(['name', 'title'])
    .where('customer_id', '=', customerId)
    .where('role', '=', 'decision_maker')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

export function findUsers(tdb: TenantDb, userIds: readonly string[]) {
  return tdb
    .selectFrom('users')
    .select(['id', 'name', 'role', 'active'])
    .where('id', 'in', userIds.length > 0 ? [...new Set(userIds)] : [''])
    .execute();
}
