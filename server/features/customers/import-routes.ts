/** POST /imports/customers: a spreadsheet of customers and contacts, previewed (`?dryRun=1`) or imported. */
import type { Routers } from '@server/core/http';
import { readQuery, validate } from '@server/core/http';
import { authorize } from '@server/core/policy';
import { readSpreadsheetForm } from '@server/core/spreadsheets';
import { customerImportForm, customerImportQuery } from '@shared/schemas/customers-import';
import { importCustomers, previewCustomerImport } from './import';
import { canImportCustomers } from './policy';

export function customerImportRoutes(routers: Routers): void {
  routers.private.post('/imports/customers', async (ctx) => {
    const { tdb, actor, t } = ctx.state;
    // The service checks again; this refuses the upload before a byte of it is read.
    authorize(canImportCustomers(actor));
    const { dryRun } = readQuery(ctx, customerImportQuery);
    const form = await readSpreadsheetForm(ctx);
    const request = { ...validate(customerImportForm, form.fields, ctx), bytes: form.bytes };
    if (dryRun) {
      ctx.body = await previewCustomerImport(tdb, actor, request, t);
      return;
    }
    ctx.body = await importCustomers(tdb, actor, request, t);
    ctx.status = 201;
  });
}
