/**
 * Reads a demo tenant written as a plain-text table (one line per person, customer and contact), so the demo
 * data reads like the spreadsheet it stands for. A line that does not fit stops the seed naming the line.
 *
 *   @ key | name | role | mobile | email | department           a person of the vendor
 *   name | industry | segment | tier | flags | owner key | address | lat,lng | contract value | tags
 *     - name | title | contact role | phone | email            a contact of the customer above
 *
 * `-` means empty; flags and tags are separated by 、; `#` starts a comment line.
 */
import { contactRoles, customerFlags, segments, tiers } from '@shared/domain/customers';
import { roles } from '@shared/domain/roles';
import { z } from 'zod';
import type { DemoCustomer, DemoTenant } from './types';

const optional = (cell: string) => (cell === '-' ? null : cell);
const list = (cell: string) => (cell === '-' ? [] : cell.split('、'));

const person = z.tuple([z.string(), z.string(), z.enum(roles), z.string(), z.string(), z.string()]);
const contact = z.tuple([z.string(), z.string(), z.enum(contactRoles), z.string(), z.string()]);
const customer = z.tuple([
  z.string(),
  z.string(),
  z.enum(segments),
  z.enum(tiers),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
  z.string(),
]);

export function parseDemoTenant(name: string, table: string): DemoTenant {
  const tenant: DemoTenant = { name, users: [], customers: [] };
  for (const [index, line] of table.split('\n').entries()) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    try {
      readLine(tenant, text);
    } catch (error) {
      throw new Error(`demo tenant ${name}, line ${index + 1}: ${(error as Error).message}`);
    }
  }
  return tenant;
}

function readLine(tenant: DemoTenant, text: string): void {
  const cells = (rest: string) => rest.split('|').map((cell) => cell.trim());
  if (text.startsWith('@ ')) {
    const [key, name, role, mobile, email, department] = person.parse(cells(text.slice(2)));
    tenant.users.push({ key, name, role, mobile, email, department });
  } else if (text.startsWith('- ')) {
    const [name, title, role, phone, email] = contact.parse(cells(text.slice(2)));
    const owner = tenant.customers.at(-1);
    if (!owner) throw new Error('a contact before any customer');
    owner.contacts.push({ name, title, role, phone, email: optional(email) });
  } else {
    tenant.customers.push(readCustomer(customer.parse(cells(text))));
  }
}

function readCustomer(row: z.output<typeof customer>): DemoCustomer {
  const [name, industry, segment, tier, flags, ownerKey, address, location, value, tags] = row;
  const flagged = z.array(z.enum(customerFlags)).parse(list(flags));
  const [lat, lng] = location === '-' ? [] : location.split(',').map(Number);
  return {
    name,
    industry,
    segment,
    tier,
    flags: {
      coCreation: flagged.includes('coCreation'),
      angel: flagged.includes('angel'),
      benchmark: flagged.includes('benchmark'),
    },
    ownerKey,
    address,
    location: lat !== undefined && lng !== undefined ? { lat, lng } : null,
    contractValue: value === '-' ? null : Number(value),
    tags: list(tags),
    contacts: [],
  };
}
