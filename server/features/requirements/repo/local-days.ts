/** Date filters name local (Asia/Shanghai, UTC+8 all year) days; rows store UTC instants. */

/** The first instant of a local day. */
export const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

/** The first instant of the local day after. */
export const startOfNextDay = (date: string) =>
  new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();
