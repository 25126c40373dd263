/**
 * A valid body for every route that takes one, in the fuzz tenant; the fuzz test breaks one field at a time so a
 * malformed value reaches the code behind validation, not only the schema.
 */
import { standardTemplate } from '@server/features/implementation/templates/standard/mid-large';
import type { EveryObject } from '@test/helpers/every-object';
import { uuidv7 } from 'uuidv7';

type Body = Record<string, unknown>;

export function validBodies({ tenant, people, ids }: EveryObject): Record<string, () => Body> {
  const clientId = () => uuidv7();
  return {
    'POST /api/v1/auth/demo': () => ({ tenantId: tenant.id, userId: people.rep.id }),
    'POST /api/v1/auth/link': () => ({ token: 'x'.repeat(40) }),
    'POST /api/v1/auth/dingtalk': () => ({ corpId: 'ding-fuzz', code: 'code' }),
    'POST /api/v1/auth/feishu': () => ({ appId: 'cli_fuzz', code: 'code' }),
    'POST /api/v1/auth/wecom': () => ({ corpId: 'ww-fuzz', agentId: '1000', code: 'code' }),
    'POST /api/v1/api-tokens': () => ({ name: '集成', scope: 'read', expiresAt: '2099-12-31T00:00:00Z' }),
    'POST /api/v1/webhooks': () => ({
      url: 'http://127.0.0.1:1/hook',
      events: ['visit.created', 'task.done'],
    }),
    'PATCH /api/v1/webhooks/:id': () => ({ events: ['goal.measured'], enabled: true }),
    'POST /api/v1/customers': () => ({ name: `客户${uuidv7()}`, segment: 'mid', tier: 'general' }),
    'PATCH /api/v1/customers/:id': () => ({ name: '改名', contractValue: 1000 }),
    'POST /api/v1/customers/:id/contacts': () => ({ name: '周立新', role: 'user' }),
    'POST /api/v1/platform/connections': () => ({
      platform: 'dingtalk',
      corpId: `ding${uuidv7().slice(-8)}`,
      clientId: 'client',
      clientSecret: 'secret',
      agentId: '1000',
      callbackToken: 'token',
      callbackAesKey: 'a'.repeat(43),
    }),
    'POST /api/v1/platform/connections/:id/role-mappings': () => ({
      subject: 'department',
      externalId: '1',
      role: 'pm',
    }),
    'POST /api/v1/visits': () => ({
      clientId: clientId(),
      customerId: ids.customer,
      kind: 'phone',
      visitedAt: new Date().toISOString(),
      followUpAt: '2027-01-31',
    }),
    'PATCH /api/v1/visits/:id': () => ({ version: 1, notes: '补充', followUpAt: '2027-01-31' }),
    'POST /api/v1/requirements': () => ({
      clientId: clientId(),
      title: '新需求',
      customerId: ids.customer,
      importance: 'important',
    }),
    'PUT /api/v1/requirements/settings/weights': () => ({
      tier: { high: 3, general: 1.5, low: 1 },
      segment: { large: 2, mid: 1.5, smb: 1 },
      flag: { coCreation: 1.5, angel: 1.3, benchmark: 1.3 },
      importance: { 'nice-to-have': 1, important: 2, blocker: 3 },
      customerCap: 20,
    }),
    'POST /api/v1/requirements/bulk-status': () => ({ ids: [ids.requirement], status: 'planned' }),
    'PATCH /api/v1/requirements/:id': () => ({ title: '改名', impact: 3, ownerId: people.pm.id }),
    'POST /api/v1/requirements/:id/mentions': () => ({
      clientId: clientId(),
      customerId: ids.customer,
      importance: 'blocker',
      // visitId and projectId are checked against objects the fuzz itself may have deleted by now (links.test.ts).
    }),
    'PATCH /api/v1/requirements/:id/mentions/:mentionId': () => ({ goLive: true }),
    'POST /api/v1/requirements/:id/merge': () => ({ targetId: ids.requirement }),
    'PATCH /api/v1/users/:id': () => ({ role: 'implementer' }),
    'POST /api/v1/requirements/:id/merge/:mergeId/contest': () => ({ note: '不是同一个需求' }),
    'POST /api/v1/requirements/:id/decisions': () => ({ status: 'planned', note: '下个版本' }),
    'POST /api/v1/requirements/:id/told': () => ({ customerId: ids.customer }),
    'POST /api/v1/requirements/:id/commitments': () => ({ customerId: ids.customer, dueDate: '2027-01-31' }),
    'POST /api/v1/templates': () => ({ ...standardTemplate, name: `模板${uuidv7().slice(-6)}` }),
    'PUT /api/v1/templates/:id/draft': () => ({ ...standardTemplate }),
    'PUT /api/v1/holidays': () => ({ items: [{ date: '2027-01-04', kind: 'holiday', name: '调休' }] }),
    'POST /api/v1/projects': () => ({
      clientId: clientId(),
      customerId: ids.customer,
      templateId: ids.template,
      startDate: '2026-11-23',
      goLiveTarget: '2027-03-01',
    }),
    'PATCH /api/v1/projects/:id': () => ({ name: '改名', goLiveTarget: '2027-03-01' }),
    'PATCH /api/v1/projects/:id/tasks/:taskId': () => ({ dueDate: '2027-01-31', blocker: '等客户' }),
    'POST /api/v1/projects/:id/share': () => ({ days: 7 }),
  };
}
