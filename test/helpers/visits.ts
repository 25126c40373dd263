/**
 * The world the visit API tests share: a tenant with a rep, a second rep, a manager, an admin and a PM, and the
 * rep's customer with a saved location and one decision-maker contact; plus logging and removing visits.
 */
import type { Contact } from '@shared/schemas/customers';
import type { Visit } from '@shared/schemas/visits';
import { expect } from 'vitest';
import { startTestApp } from './app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from './factories';

/** 苏州工业园区星湖街: the customer's saved location. */
export const office = { lat: 31.3, lng: 120.7 };

export async function startVisitsWorld() {
  const app = await startTestApp();
  const tenant = await makeTenant(app);
  const rep = await makeUser(tenant, 'sales', '张浩然');
  const otherRep = await makeUser(tenant, 'sales', '李婷婷');
  const manager = await makeUser(tenant, 'manager', '王建国');
  const admin = await makeUser(tenant, 'admin', '陈静');
  const pm = await makeUser(tenant, 'pm', '林晓雯');
  const customerId = await makeCustomer(rep, { name: '苏州恒川精密制造有限公司', location: office });
  const added = await app.api(rep.token).post<Contact>(`/api/v1/customers/${customerId}/contacts`, {
    name: '周立新',
    title: '生产总监',
    role: 'decision_maker',
  });
  const newVisit = (overrides: Record<string, unknown> = {}) => ({
    clientId: crypto.randomUUID(),
    customerId,
    kind: 'phone',
    ...overrides,
  });
  const logVisit = async (user: TestUser, overrides: Record<string, unknown> = {}): Promise<Visit> => {
    const res = await app.api(user.token).post<Visit>('/api/v1/visits', newVisit(overrides));
    expect(res.status).toBe(201);
    return res.body;
  };
  const remove = (user: TestUser, id: string) =>
    app.api(user.token).raw(`/api/v1/visits/${id}`, { method: 'DELETE' });
  return {
    app,
    tenant,
    rep,
    otherRep,
    manager,
    admin,
    pm,
    customerId,
    contact: added.body,
    newVisit,
    logVisit,
    remove,
  };
}

export type VisitsWorld = Awaited<ReturnType<typeof startVisitsWorld>>;
