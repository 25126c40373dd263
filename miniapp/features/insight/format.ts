/** Numbers as the dashboards write them: shares as whole percents, days to one decimal, a dash for "nothing yet". */

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export function decimal(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 10) / 10);
}
