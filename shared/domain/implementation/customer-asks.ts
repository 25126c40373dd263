/**
 * 需要您配合 on the customer's status page: the open tasks of a phase the customer partners on (its partner role
 * names the customer: 客户…, or "customer" in English templates), once that phase has started. Future phases stay
 * off the list so it reads as what the customer is asked for now.
 */
const customerRole = /^客户|customer/i;

export function isCustomerRole(partnerRole: string | null): boolean {
  return partnerRole !== null && customerRole.test(partnerRole.trim());
}

export function needsCustomer(
  phase: { partnerRole: string | null; startDate: string },
  task: { doneAt: string | null },
  today: string,
): boolean {
  return task.doneAt === null && phase.startDate <= today && isCustomerRole(phase.partnerRole);
}
