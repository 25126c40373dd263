/** /people: active colleagues by name for any signed-in role (pickers); /users: every member, for admins. */
import type { Routers } from '@server/core/http';
import { readBody, readId, readQuery } from '@server/core/http';
import { memberQuery, memberUpdate, peopleQuery } from '@shared/schemas/users';
import { listMembers, updateMember } from './members';
import { searchPeople } from './service';

export function peopleRoutes(routers: Routers): void {
  routers.private.get('/people', async (ctx) => {
    ctx.body = await searchPeople(ctx.state.tdb, readQuery(ctx, peopleQuery));
  });
  routers.private.get('/users', async (ctx) => {
    ctx.body = await listMembers(ctx.state.tdb, ctx.state.actor, readQuery(ctx, memberQuery));
  });
  routers.private.patch('/users/:id', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await updateMember(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, memberUpdate));
  });
}
