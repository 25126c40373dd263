/** Bench baseline for visits: a bare Koa handler answering a visit page, and a create that parses the body. */
import Koa from 'koa';
import { listenAndAnnounce } from './listen';

const visit = (i: number) => ({
  id: `01a207f6-3a9a-7797-9396-c30d6e9ea4${String(i).padStart(2, '0')}`,
  clientId: '01a207f6-3a9a-7797-9396-c30d6e9ea400',
  customerId: '01a207f6-3a9a-7797-9396-c30d6e9ea401',
  customer: { id: '01a207f6-3a9a-7797-9396-c30d6e9ea401', name: '苏州恒川精密制造有限公司' },
  kind: 'onsite',
  status: 'done',
  visitedAt: '2026-11-03T02:00:00.000Z',
  visitedOn: '2026-11-03',
  purpose: '季度业务回顾',
  notes: '客户反馈良好，约定下周提交方案。',
  outcome: null,
  nextStep: null,
  followUpAt: null,
  owner: { id: '01a207f6-3a9b-7620-801f-074b185e4283', name: '张浩然' },
  participants: [],
  attendees: [],
  checkIn: null,
  isFresh: null,
  isMock: null,
  evidence: { total: 20, parts: { inRadius: 0, freshFix: 0, photo: 0, notes: 0, requirement: 0 } },
  photos: [],
  version: 1,
  can: { update: true, delete: true, checkIn: true },
  createdAt: '2026-11-03T02:00:00.000Z',
  updatedAt: '2026-11-03T02:00:00.000Z',
});
const page = { items: Array.from({ length: 20 }, (_, i) => visit(i)), nextCursor: 'WyIyMDI2LTExLTAzIl0' };

const app = new Koa();
app.use(async (ctx) => {
  if (ctx.method === 'POST') {
    let text = '';
    for await (const chunk of ctx.req) text += chunk;
    ctx.status = 201;
    ctx.body = { ...visit(0), ...(JSON.parse(text) as object) };
    return;
  }
  ctx.body = page;
});
await listenAndAnnounce(app.callback());
