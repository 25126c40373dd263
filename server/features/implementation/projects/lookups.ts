/** What projects read of a customer (its profile, its decision-maker), asked of the customers feature. */
import type { TenantDb } from '@server/core/db';
import { contactsOfCustomers, customerSummaries } from '../../customers/service';

export async function findCustomerProfile(tdb: TenantDb, customerId: string) {
  const [customer] = await customerSummaries(tdb, [customerId]);
  return customer;
}

/** The customer's first decision-maker contact, who the status page names when a project has no partner. */
export async function findDecisionMaker(tdb: TenantDb, customerId: string) {
  const contacts = await contactsOfCustomers(tdb, [customerId]);
  const decisionMaker = contacts.find((contact) => contact.role === 'decision_maker');
  return decisionMaker ? { name: decisionMaker.name, title: decisionMaker.title } : undefined;
}
