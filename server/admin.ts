/**
 * `npm run admin -- <command>`: first-run administration of a real deployment, without the demo login.
 *   create-tenant --name 公司名 --admin 管理员姓名   creates a tenant and its first admin, prints a sign-in link
 *   sign-in-link --tenant <id> --user <id>          prints a new one-time sign-in link for an existing person
 */
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { TenantDb } from './core/db';
import { insertTenant } from './core/db/unscoped';
import { newId, nowIso } from './core/ids';
import { createLogger } from './core/log';
import { createSignInLink } from './features/auth/links';
import { installStandardTemplates } from './features/implementation/templates/standard/install';
import { addPeople } from './features/users/service';
import { prepareDatabase } from './lifecycle';

const usage = `usage:
  npm run admin -- create-tenant --name <company> --admin <person>
  npm run admin -- sign-in-link --tenant <tenantId> --user <userId>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    admin: { type: 'string' },
    tenant: { type: 'string' },
    user: { type: 'string' },
  },
});

const config = { ...loadConfig(), seedDemo: false };
const database = await prepareDatabase(config, createLogger('warn'));
const linkHours = 24;
try {
  const [command] = positionals;
  if (command === 'create-tenant' && values.name && values.admin) {
    const tenantId = newId();
    await insertTenant(database.db, { tenantId, name: values.name, isDemo: false, createdAt: nowIso() });
    const tdb = new TenantDb(database.db, tenantId);
    const [userId = ''] = await addPeople(tdb, [{ name: values.admin, role: 'admin' }], nowIso());
    await installStandardTemplates(tdb, null);
    const link = await createSignInLink(tdb, { userId, publicUrl: config.publicUrl, validHours: linkHours });
    process.stdout.write(
      `tenant ${tenantId}\nadmin  ${userId}\nsign in once within ${linkHours} h: ${link}\n`,
    );
  } else if (command === 'sign-in-link' && values.tenant && values.user) {
    const tdb = new TenantDb(database.db, values.tenant);
    const link = await createSignInLink(tdb, {
      userId: values.user,
      publicUrl: config.publicUrl,
      validHours: linkHours,
    });
    process.stdout.write(`sign in once within ${linkHours} h: ${link}\n`);
  } else {
    process.stderr.write(`${usage}\n`);
    process.exitCode = 2;
  }
} finally {
  await database.close();
}
