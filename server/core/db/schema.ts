/** Row types of every table, as stored: ids are UUIDv7 text, times ISO-8601 UTC text, booleans 0/1, JSON as text. */

export interface TenantsTable {
  tenant_id: string;
  name: string;
  is_demo: number;
  settings: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  name: string;
  role: string;
  mobile: string | null;
  email: string | null;
  avatar_url: string | null;
  department: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface UserIdentitiesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  platform: string;
  external_id: string;
  union_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  token_hash: string;
  method: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface CustomersTable {
  id: string;
  tenant_id: string;
  name: string;
  name_search: string;
  industry: string | null;
  segment: string;
  tier: string;
  flag_co_creation: number;
  flag_angel: number;
  flag_benchmark: number;
  owner_id: string;
  address: string | null;
  lat: number | null;
  lng: number | null;
  contract_value: number | null;
  tags: string;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  name: string;
  title: string | null;
  role: string;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditEventsTable {
  id: string;
  tenant_id: string;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  data: string;
  at: string;
}

export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  user_identities: UserIdentitiesTable;
  sessions: SessionsTable;
  customers: CustomersTable;
  contacts: ContactsTable;
  audit_events: AuditEventsTable;
}

export type TableName = keyof Database;
