/** Row types of the implementation feature's tables, as stored (see ../schema.ts for the conventions). */

export type ImplementationTables = Record<never, never>;
