/** Bench baseline: a bare Koa handler answering a triage page (50 requirements) of the same size from memory. */

import Koa from 'koa';
import { listenAndAnnounce } from './listen';

const items = Array.from({ length: 50 }, (_, i) => ({
  id: `01a207f6-3a9a-7797-9396-c30d6e9ea4${String(i).padStart(2, '0')}`,
  title: '销售订单支持导出Excel',
  description: '财务每月对账时要用；领导出差时也要能处理（第 1 条）',
  category: null,
  kind: null,
  status: 'new',
  mergedIntoId: null,
  ownerId: null,
  ownerName: null,
  targetRelease: null,
  impact: 1,
  confidence: 1,
  effort: 1,
  demand: 112,
  score: 112,
  customerCount: 1,
  mentionCount: 1,
  contested: false,
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-03T00:00:00.000Z',
  can: { update: true, decide: true, merge: true, addMention: true, follow: true, commit: true },
}));

const app = new Koa();
app.use((ctx) => {
  ctx.body = {
    items,
    nextCursor: 'WzExMiwiMDFhMjA3ZjYtM2E5YS03Nzk3LTkzOTYtYzMwZDZlOWVhNDQ5Il0',
    total: 16667,
  };
});
await listenAndAnnounce(app.callback());
