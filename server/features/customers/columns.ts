/** Request shapes → stored columns: the one place customer input is mapped onto the table. */

import type { contactCreate, customerCreate, customerUpdate } from '@shared/schemas/customers';
import type { z } from 'zod';
import type { ContactRow, CustomerColumns } from './repo';

type CreateInput = z.output<typeof customerCreate>;
type UpdateInput = z.output<typeof customerUpdate>;

export function columnsForCreate(input: CreateInput, ownerId: string, now: string): CustomerColumns {
  return {
    name: input.name,
    name_search: input.name.toLowerCase(),
    industry: input.industry ?? null,
    segment: input.segment,
    tier: input.tier,
    flag_co_creation: input.flags?.coCreation ? 1 : 0,
    flag_angel: input.flags?.angel ? 1 : 0,
    flag_benchmark: input.flags?.benchmark ? 1 : 0,
    owner_id: ownerId,
    address: input.address ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    contract_value: input.contractValue ?? null,
    tags: JSON.stringify(input.tags ?? []),
    archived_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/** Only the fields present in the input; absent fields stay as they are. */
export function columnsForChanges(input: Omit<UpdateInput, 'version'>): Partial<CustomerColumns> {
  const changes: Partial<CustomerColumns> = {};
  if (input.name !== undefined)
    Object.assign(changes, { name: input.name, name_search: input.name.toLowerCase() });
  if (input.industry !== undefined) changes.industry = input.industry;
  if (input.segment !== undefined) changes.segment = input.segment;
  if (input.tier !== undefined) changes.tier = input.tier;
  if (input.flags?.coCreation !== undefined) changes.flag_co_creation = input.flags.coCreation ? 1 : 0;
  if (input.flags?.angel !== undefined) changes.flag_angel = input.flags.angel ? 1 : 0;
  if (input.flags?.benchmark !== undefined) changes.flag_benchmark = input.flags.benchmark ? 1 : 0;
  if (input.ownerId !== undefined) changes.owner_id = input.ownerId;
  if (input.address !== undefined) changes.address = input.address;
  if (input.location !== undefined)
    Object.assign(changes, { lat: input.location?.lat ?? null, lng: input.location?.lng ?? null });
  if (input.contractValue !== undefined) changes.contract_value = input.contractValue;
  if (input.tags !== undefined) changes.tags = JSON.stringify(input.tags);
  return changes;
}

export function contactColumns(
  input: z.output<typeof contactCreate>,
  ids: { id: string; customerId: string },
  now: string,
): Omit<ContactRow, 'tenant_id'> {
  return {
    id: ids.id,
    customer_id: ids.customerId,
    name: input.name,
    title: input.title ?? null,
    role: input.role,
    phone: input.phone ?? null,
    email: input.email ?? null,
    created_at: now,
    updated_at: now,
  };
}
