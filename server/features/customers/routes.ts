/** /customers, /customers/export and /customers/{id}/contacts: validate → service (which authorizes) → JSON. */
import type { Routers } from '@server/core/http';
import { readBody, readId, readQuery } from '@server/core/http';
import { sendSpreadsheet } from '@server/core/spreadsheets';
import { pageQuery } from '@shared/schemas/common';
import {
  contactCreate,
  customerCreate,
  customerExportQuery,
  customerListQuery,
  customerUpdate,
} from '@shared/schemas/customers';
import { exportCustomers } from './export';
import { customerImportRoutes } from './import-routes';
import {
  addContact,
  createCustomer,
  getCustomer,
  listCustomerContacts,
  listVisibleCustomers,
  setCustomerArchived,
  updateCustomer,
} from './service';

export function customerRoutes(routers: Routers): void {
  const api = routers.private;

  api.get('/customers', routers.kept, async (ctx) => {
    ctx.body = await listVisibleCustomers(ctx.state.tdb, ctx.state.actor, readQuery(ctx, customerListQuery));
  });

  api.get('/customers/export', async (ctx) => {
    const query = readQuery(ctx, customerExportQuery);
    sendSpreadsheet(ctx, exportCustomers(ctx.state.tdb, ctx.state.actor, query, ctx.state.t));
  });

  api.post('/customers', async (ctx) => {
    ctx.body = await createCustomer(ctx.state.tdb, ctx.state.actor, readBody(ctx, customerCreate));
    ctx.status = 201;
  });

  api.get('/customers/:id', async (ctx) => {
    ctx.body = await getCustomer(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.patch('/customers/:id', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await updateCustomer(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, customerUpdate));
  });

  api.post('/customers/:id/archive', async (ctx) => {
    ctx.body = await setCustomerArchived(ctx.state.tdb, ctx.state.actor, readId(ctx), true);
  });

  api.post('/customers/:id/restore', async (ctx) => {
    ctx.body = await setCustomerArchived(ctx.state.tdb, ctx.state.actor, readId(ctx), false);
  });

  api.get('/customers/:id/contacts', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await listCustomerContacts(ctx.state.tdb, ctx.state.actor, id, readQuery(ctx, pageQuery));
  });

  api.post('/customers/:id/contacts', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await addContact(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, contactCreate));
    ctx.status = 201;
  });

  customerImportRoutes(routers);
}
