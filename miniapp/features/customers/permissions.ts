/** Who may start a new customer; every other rule comes from the server's `can` on each customer. */
import type { Role } from '@shared/domain/roles';

const creatorRoles: readonly Role[] = ['admin', 'manager', 'sales'];

export function canCreateCustomer(role: Role): boolean {
  return creatorRoles.includes(role);
}
