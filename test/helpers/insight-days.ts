/** Days of the dashboards' fixed data set, relative to today so "overdue" and "the last 30 days" stay true. */
import { localDateOf } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';

export const today = () => localDateOf(new Date());
/** Local day `offset` days from today. */
export const day = (offset: number) => addDays(today(), offset);
/** 10:00 local (02:00 UTC) on the local day `offset` days from today, plus `hours`. */
export const at = (offset: number, hours = 0) =>
  new Date(Date.parse(`${day(offset)}T02:00:00.000Z`) + hours * 3_600_000).toISOString();
