/** Who a person is in a tenant; every permission rule starts from this. */
export const roles = ['admin', 'manager', 'pm', 'sales', 'implementer'] as const;
export type Role = (typeof roles)[number];
