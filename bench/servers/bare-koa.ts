/** Bench baseline: a bare Koa handler answering a customer page of the same size from memory. */

import Koa from 'koa';
import { listenAndAnnounce } from './listen';

const items = Array.from({ length: 20 }, (_, i) => ({
  id: `01a207f6-3a9a-7797-9396-c30d6e9ea4${String(i).padStart(2, '0')}`,
  name: `苏州恒川精密制造有限公司${i}`,
  industry: '制造业',
  segment: 'mid',
  tier: 'high',
  flags: { coCreation: true, angel: false, benchmark: false },
  ownerId: '01a207f6-3a9b-7620-801f-074b185e4283',
  ownerName: '张浩然',
  address: '江苏省苏州市工业园区星湖街328号',
  location: { lat: 31.3, lng: 120.7 },
  contractValue: 380000,
  tags: ['续约中'],
  archived: false,
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-03T00:00:00.000Z',
  can: { update: true, archive: true, addContact: true },
}));

const app = new Koa();
app.use((ctx) => {
  ctx.body = { items, nextCursor: 'WyIyMDI2LTExLTAzVDAwOjAwOjAwLjAwMFoiLCIwMWEyMDdmNiJd' };
});
await listenAndAnnounce(app.callback());
