/** The customer flags as stored (one 0/1 column each) and as the API speaks of them. */
import type { CustomerFlag } from '@shared/domain/customers';

export const customerFlagColumns = {
  coCreation: 'flag_co_creation',
  angel: 'flag_angel',
  benchmark: 'flag_benchmark',
} as const satisfies Record<CustomerFlag, string>;

export interface CustomerFlagColumns {
  flag_co_creation: number;
  flag_angel: number;
  flag_benchmark: number;
}

export const flagsOf = (row: CustomerFlagColumns): Record<CustomerFlag, boolean> => ({
  coCreation: row.flag_co_creation === 1,
  angel: row.flag_angel === 1,
  benchmark: row.flag_benchmark === 1,
});
