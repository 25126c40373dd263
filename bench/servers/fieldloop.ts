/** Bench target: the real app on a fresh SQLite file with the demo data, signed in as a sales manager. */
import { bootDemoDatabase, demoUser, serve, signIn } from './boot';

const boot = await bootDemoDatabase('fieldloop-bench-');
const manager = await demoUser(boot, 'manager');
await serve(boot, { token: await signIn(boot, manager, 1) });
