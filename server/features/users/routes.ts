/** /people: the tenant's active colleagues by name, for anyone signed in (pickers need no special role). */
import type { Routers } from '@server/core/http';
import { readQuery } from '@server/core/http';
import { peopleQuery } from '@shared/schemas/users';
import { searchPeople } from './service';

export function peopleRoutes(routers: Routers): void {
  routers.private.get('/people', async (ctx) => {
    ctx.body = await searchPeople(ctx.state.tdb, readQuery(ctx, peopleQuery));
  });
}
