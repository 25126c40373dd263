/**
 * The world the requirement API tests share: a tenant with two reps, a PM and an admin; the first rep's high-value
 * co-creation customer A and general customer B, the second rep's small customer; and capturing a requirement.
 */
import type { Requirement } from '@shared/schemas/requirements';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import { startTestApp } from './app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from './factories';

export async function startRequirementsWorld() {
  const app = await startTestApp();
  const tenant = await makeTenant(app);
  const rep = await makeUser(tenant, 'sales', '张浩然');
  const otherRep = await makeUser(tenant, 'sales', '李婷婷');
  const pm = await makeUser(tenant, 'pm', '林晓雯');
  const admin = await makeUser(tenant, 'admin', '周敏');
  const customerA = await makeCustomer(rep, {
    name: '苏州恒川精密',
    tier: 'high',
    segment: 'large',
    flags: { coCreation: true },
  });
  const customerB = await makeCustomer(rep, { name: '无锡华晟电子', tier: 'general', segment: 'mid' });
  const otherRepCustomer = await makeCustomer(otherRep, { name: '杭州启明', tier: 'low', segment: 'smb' });
  const capture = (over: Record<string, unknown> = {}) => ({
    clientId: uuidv7(),
    title: '订单列表支持导出Excel',
    description: '财务每月对账要用',
    customerId: customerA,
    quote: '每个月对账都要手抄，太费劲了',
    importance: 'blocker',
    ...over,
  });
  const create = async (user: TestUser, over: Record<string, unknown> = {}) => {
    const res = await app.api(user.token).post<Requirement>('/api/v1/requirements', capture(over));
    expect(res.status).toBe(201);
    return res.body;
  };
  return { app, tenant, rep, otherRep, pm, admin, customerA, customerB, otherRepCustomer, capture, create };
}

export type RequirementsWorld = Awaited<ReturnType<typeof startRequirementsWorld>>;
