/** Row types of the visits feature's tables, as stored (see ../schema.ts for the conventions). */

export type VisitTables = Record<never, never>;
