/** 成员管理: admins list everyone with their platform identities, set a role by hand, deactivate and reactivate. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import { recordSessionChange, sessionsChanged } from '@server/core/auth/sessions';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { Platform } from '@shared/domain/platforms';
import type { Role } from '@shared/domain/roles';
import type { Member, MemberList, MemberQuery, MemberUpdate, RoleSource } from '@shared/schemas/users';
import { canManageMembers, canUpdateMember } from './policy';
import {
  findIdentitiesOf,
  findMembers,
  findUser,
  revokeSessionsOf,
  type UserRow,
  updateUserActive,
  updateUserRole,
} from './repo';

export async function listMembers(tdb: TenantDb, actor: Actor, query: MemberQuery): Promise<MemberList> {
  authorize(canManageMembers(actor));
  const rows = await findMembers(tdb, query);
  return { items: await presentMembers(tdb, actor, rows) };
}

/**
 * A role set here is marked as set by hand, so later sign-ins keep it; the person's next request already acts
 * with it (sessions read the role per request). Deactivating ends the person's sessions at once.
 */
export async function updateMember(
  tdb: TenantDb,
  actor: Actor,
  memberId: string,
  change: MemberUpdate,
): Promise<Member> {
  authorize(canManageMembers(actor));
  const before = await findUser(tdb, memberId);
  if (!before) throw notFound();
  authorize(canUpdateMember(actor, memberId));
  const now = nowIso();
  await tdb.transaction(async (tx) => {
    if (change.role !== undefined) {
      await updateUserRole(tx, memberId, { role: change.role, role_source: 'manual', updated_at: now });
    }
    if (change.active === false && before.active === 1) {
      await updateUserActive(tx, memberId, { active: 0, deactivated_at: now, updated_at: now });
      await revokeSessionsOf(tx, memberId, now);
    }
    if (change.active === true && before.active === 0) {
      await updateUserActive(tx, memberId, { active: 1, deactivated_at: null, updated_at: now });
    }
    if (change.role !== undefined || change.active === false)
      await recordSessionChange(tx, { userId: memberId });
    await recordAudit(tx, actor, {
      action: 'user.update',
      objectType: 'user',
      objectId: memberId,
      data: { before: { role: before.role, active: before.active === 1 }, change },
    });
  });
  // The new role or the deactivation holds from this person's very next request, on every instance.
  sessionsChanged();
  const after = await findUser(tdb, memberId);
  if (!after) throw notFound();
  const [member] = await presentMembers(tdb, actor, [after]);
  if (!member) throw notFound();
  return member;
}

async function presentMembers(tdb: TenantDb, actor: Actor, rows: UserRow[]): Promise<Member[]> {
  const identities = await findIdentitiesOf(
    tdb,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role as Role,
    roleSource: row.role_source as RoleSource,
    department: row.department,
    active: row.active === 1,
    deactivatedAt: row.deactivated_at,
    identities: identities
      .filter((identity) => identity.user_id === row.id)
      .map((identity) => ({
        connectionId: identity.connection_id,
        platform: identity.platform as Platform,
        externalId: identity.external_id,
      })),
    can: { update: canUpdateMember(actor, row.id) },
  }));
}
