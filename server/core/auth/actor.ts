/** The signed-in person a request acts as. */
import type { Role } from '@shared/domain/roles';
import type { ApiTokenScope } from '@shared/schemas/api-tokens';

export interface Actor {
  userId: string;
  tenantId: string;
  role: Role;
  /** The sign-in session; null when an API token authenticated the request. */
  sessionId: string | null;
  /** The API token the request came with, acting as the admin who made it within its scope. */
  apiToken?: { id: string; scope: ApiTokenScope };
}
