/** Permission checks: a feature's policy.ts answers "may this actor…", authorize() turns a "no" into 403. */
import type { Role } from '@shared/domain/roles';
import type { Actor } from './auth/actor';
import { forbidden } from './errors';

export function authorize(allowed: boolean): asserts allowed {
  if (!allowed) throw forbidden();
}

export const hasRole = (actor: Actor, ...allowed: Role[]): boolean => allowed.includes(actor.role);
