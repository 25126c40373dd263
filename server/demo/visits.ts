/**
 * Demo visits: three weeks of history for every rep of a demo tenant (on-site with check-ins, a few flagged,
 * calls and video meetings), follow-ups due today and tomorrow, and a planned visit tomorrow.
 */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { localDateOf, startOfLocalDay } from '@shared/domain/clock';
import { addDays, type VisitKind } from '@shared/domain/visits';
import { allCustomerSummaries, contactsOfCustomers } from '../features/customers/service';
import { peopleWithRole } from '../features/users/service';
import { columnsForCreate } from '../features/visits/columns';
import { insertVisitOnce, replaceAttendees } from '../features/visits/repo';

const stories = [
  {
    purpose: '季度业务回顾',
    notes:
      '客户对上季度上线的排产模块整体满意，计划员反馈排程速度提升明显；提出希望在二厂推广，并关注与现有 MES 的接口。',
    outcome: '同意启动二厂推广评估',
    nextStep: '整理二厂推广方案并报价',
  },
  {
    purpose: '续约沟通',
    notes: '采购部关注续约价格，希望三年合同给到更大折扣；运营总监更在意门店盘点功能的稳定性。',
    outcome: '价格待内部审批',
    nextStep: '提交三年续约报价审批',
  },
  {
    purpose: '新需求调研',
    notes:
      '仓储主管演示了现场的出入库流程，手工登记较多，希望支持 PDA 扫码和批次追溯；IT 负责人要求私有化部署。',
    outcome: '收集到 3 条新需求',
    nextStep: '约产品经理一起做现场调研',
  },
  {
    purpose: '问题回访',
    notes: '上周反馈的报表导出超时问题已修复，客户确认可用；另提出月结报表希望按事业部拆分。',
    outcome: '问题关闭，客户认可',
    nextStep: '确认事业部拆分的口径',
  },
  {
    purpose: '方案演示',
    notes: '向总经理和信息部演示了多组织架构方案，对审批流和权限隔离的讨论较多，整体反馈积极。',
    outcome: '进入商务谈判',
    nextStep: '发送正式合同草案',
  },
  {
    purpose: '上线前协调',
    notes: '与 IT 对齐了数据迁移时间窗口，周末两天停机可接受；关键用户培训安排在下周三。',
    outcome: '确定上线时间',
    nextStep: '发培训通知并确认参训名单',
  },
] as const;

const kindsByDay: VisitKind[] = ['onsite', 'phone', 'onsite', 'video', 'onsite', 'meeting', 'onsite'];

interface DemoCustomerRef {
  id: string;
  lat: number | null;
  lng: number | null;
  address: string | null;
  contactIds: string[];
}

/** A fix near the customer; every seventh on-site visit is far off (flagged), one in eleven reported as mocked. */
function fixNear(customer: DemoCustomerRef, n: number) {
  if (customer.lat === null || customer.lng === null) return undefined;
  const far = n % 7 === 3;
  const offset = far ? 0.03 : 0.0006 * ((n % 3) + 1);
  return {
    lat: customer.lat + offset,
    lng: customer.lng - offset / 2,
    accuracy: 15 + (n % 4) * 10,
    address: customer.address,
    isFresh: n % 5 !== 0,
    isMock: n % 11 === 5,
    source: 'dingtalk',
  };
}

/** The reps' customers with their contacts, grouped by owner. */
async function customersByRep(tx: TenantDb): Promise<Map<string, DemoCustomerRef[]>> {
  const reps = await peopleWithRole(tx, 'sales');
  const customers = await allCustomerSummaries(tx);
  const contacts = await contactsOfCustomers(
    tx,
    customers.map((customer) => customer.id),
  );
  const owners = new Map<string, DemoCustomerRef[]>(reps.map((rep) => [rep.id, []]));
  for (const customer of customers) {
    owners.get(customer.owner_id)?.push({
      id: customer.id,
      lat: customer.lat,
      lng: customer.lng,
      address: customer.address,
      contactIds: contacts.filter((c) => c.customer_id === customer.id).map((c) => c.id),
    });
  }
  return owners;
}

export async function seedDemoVisits(tx: TenantDb, now: Date): Promise<void> {
  const owners = await customersByRep(tx);
  const today = localDateOf(now);
  let n = 0;
  for (const [ownerId, customers] of owners) {
    if (customers.length === 0) continue;
    for (let daysAgo = 21; daysAgo >= -1; daysAgo--) {
      const day = addDays(today, -daysAgo);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if ((weekday === 0 || weekday === 6) && daysAgo > 6) continue;
      const perDay = daysAgo === -1 ? 1 : 1 + (n % 2);
      for (let slot = 0; slot < perDay; slot++, n++) {
        const customer = customers[n % customers.length] as DemoCustomerRef;
        const story = stories[n % stories.length] as (typeof stories)[number];
        const kind = kindsByDay[n % kindsByDay.length] as VisitKind;
        const visitedAt = new Date(
          Date.parse(startOfLocalDay(day)) + (9.5 + slot * 4) * 3_600_000,
        ).toISOString();
        const planned = daysAgo === -1;
        const followUpAt =
          daysAgo === 6
            ? today
            : daysAgo === 5
              ? addDays(today, 1)
              : daysAgo > 7 && n % 4 === 0
                ? addDays(day, 7)
                : null;
        const columns = columnsForCreate(
          {
            clientId: newId(),
            customerId: customer.id,
            kind,
            visitedAt,
            purpose: story.purpose,
            notes: planned ? null : story.notes,
            outcome: planned ? null : story.outcome,
            nextStep: planned ? null : story.nextStep,
            followUpAt,
            checkIn: kind === 'onsite' && !planned ? fixNear(customer, n) : undefined,
          },
          { ownerId, customer, now: visitedAt },
        );
        const visitId = newId();
        await insertVisitOnce(tx, visitId, columns);
        await replaceAttendees(tx, visitId, customer.contactIds.slice(0, 1 + (n % 2)));
      }
    }
  }
}
