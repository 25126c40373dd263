/** Row types of the requirements feature's tables, as stored (see ../schema.ts for the conventions). */

export type RequirementTables = Record<never, never>;
