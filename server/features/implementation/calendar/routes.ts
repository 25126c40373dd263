/** /holidays: the tenant's working calendar. */
import type { Routers } from '@server/core/http';
import { readBody } from '@server/core/http';
import { calendarInput } from '@shared/schemas/implementation';
import { listCalendarDays, replaceCalendar } from './service';

export function calendarRoutes(routers: Routers): void {
  const api = routers.private;

  api.get('/holidays', async (ctx) => {
    ctx.body = { items: await listCalendarDays(ctx.state.tdb) };
  });

  api.put('/holidays', async (ctx) => {
    ctx.body = await replaceCalendar(ctx.state.tdb, ctx.state.actor, readBody(ctx, calendarInput));
  });
}
