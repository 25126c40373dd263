/** Customer taxonomy from the product doc: size segment, value tier, co-creation flags, contact roles. */
export const segments = ['smb', 'mid', 'large'] as const;
export type Segment = (typeof segments)[number];

export const tiers = ['high', 'general', 'low'] as const;
export type Tier = (typeof tiers)[number];

export const customerFlags = ['coCreation', 'angel', 'benchmark'] as const;
export type CustomerFlag = (typeof customerFlags)[number];

export const contactRoles = ['decision_maker', 'user', 'it'] as const;
export type ContactRole = (typeof contactRoles)[number];

export const customerSorts = ['-updatedAt', '-createdAt', 'name', '-contractValue'] as const;
export type CustomerSort = (typeof customerSorts)[number];
