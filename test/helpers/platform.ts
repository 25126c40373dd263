/** Platform journeys begin alike: start the org's emulator and connect it to the tenant as its admin would. */
import type { ConnectionCreate } from '@shared/schemas/platform';
import type { TestApp } from './app';

interface ConnectableOrg<Emulator extends { baseUrl: string }> {
  start(): Promise<Emulator>;
  connection(baseUrl: string): ConnectionCreate;
}

export async function startConnectedEmulator<Emulator extends { baseUrl: string }>(
  app: TestApp,
  adminToken: string,
  org: ConnectableOrg<Emulator>,
): Promise<Emulator> {
  const emulator = await org.start();
  const created = await app
    .api(adminToken)
    .post('/api/v1/platform/connections', org.connection(emulator.baseUrl));
  if (created.status !== 201) throw new Error(`connecting the platform answered ${created.status}`);
  return emulator;
}
