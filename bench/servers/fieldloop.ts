/** Bench target: the real app on a fresh database with the demo data, signed in as a sales manager and as a rep. */
import { bootDemoDatabase, demoUser, serve, signIn } from './boot';

const boot = await bootDemoDatabase('fieldloop-bench-');
const manager = await demoUser(boot, 'manager');
const rep = await demoUser(boot, 'sales');
await serve(boot, { token: await signIn(boot, manager, 1), repToken: await signIn(boot, rep, 1) });
