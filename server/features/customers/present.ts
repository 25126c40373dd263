/** Row → the JSON the API promises for customers and contacts. */
import type { Actor } from '@server/core/auth/actor';
import type { ContactRole, Segment, Tier } from '@shared/domain/customers';
import type { Contact, Customer } from '@shared/schemas/customers';
import { flagsOf } from './flags';
import { canArchiveCustomer, canUpdateCustomer } from './policy';
import type { ContactRow, CustomerRow } from './repo';

export function presentCustomer(row: CustomerRow, ownerName: string, actor: Actor): Customer {
  const canUpdate = canUpdateCustomer(actor, row);
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    segment: row.segment as Segment,
    tier: row.tier as Tier,
    flags: flagsOf(row),
    ownerId: row.owner_id,
    ownerName,
    address: row.address,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    contractValue: row.contract_value,
    tags: JSON.parse(row.tags) as string[],
    archived: row.archived_at !== null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: { update: canUpdate, archive: canArchiveCustomer(actor), addContact: canUpdate },
  };
}

export function presentContact(row: ContactRow): Contact {
  return {
    id: row.id,
    customerId: row.customer_id,
    name: row.name,
    title: row.title,
    role: row.role as ContactRole,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at,
  };
}
