/** Bench target for the phone first-load measurement: the real app serving dist/miniapp, signed in as a sales rep. */
import { bootDemoDatabase, demoUser, serve, signIn } from './boot';

const boot = await bootDemoDatabase('fieldloop-bench-phone-');
const rep = await demoUser(boot, 'sales');
await serve(boot, { token: await signIn(boot, rep, 1) });
