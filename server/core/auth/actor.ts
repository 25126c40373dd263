/** The signed-in person a request acts as. */
import type { Role } from '@shared/domain/roles';

export interface Actor {
  userId: string;
  tenantId: string;
  role: Role;
  sessionId: string;
}
