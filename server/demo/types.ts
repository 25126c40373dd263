import type { ContactRole, Segment, Tier } from '@shared/domain/customers';
import type { Role } from '@shared/domain/roles';

/** A member of the vendor's own team (the tenant's staff). */
export interface DemoUser {
  key: string;
  name: string;
  role: Role;
  mobile: string;
  email: string;
  department: string;
}
/** A person at a customer company. */
export interface DemoContact {
  name: string;
  title: string;
  role: ContactRole;
  phone: string;
  email: string | null;
}
/** A customer company of the vendor tenant. */
export interface DemoCustomer {
  name: string;
  industry: string;
  segment: Segment;
  tier: Tier;
  flags: { coCreation: boolean; angel: boolean; benchmark: boolean };
  ownerKey: string; // key of a DemoUser with role 'sales' in the same tenant
  address: string;
  location: { lat: number; lng: number } | null;
  contractValue: number | null; // CNY yuan, whole numbers
  tags: string[];
  contacts: DemoContact[];
}
/** A vendor tenant with its staff and customers. */
export interface DemoTenant {
  name: string;
  users: DemoUser[];
  customers: DemoCustomer[];
}
