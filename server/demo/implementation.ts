/** Demo implementation data: the standard templates and three projects in different states (on track, blocked, late). */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import { addWorkingDays, emptyCalendar } from '@shared/domain/implementation/calendar';
import { allCustomerSummaries, type CustomerSummary } from '../features/customers/service';
import { planFromTemplate, profileOf } from '../features/implementation/projects/plan';
import { insertPhases, insertProject, replaceMembers } from '../features/implementation/projects/repo';
import { insertTasks } from '../features/implementation/projects/tasks-repo';
import { findTemplateByStandardKey, findVersion, phasesOf } from '../features/implementation/templates/repo';
import {
  installStandardTemplates,
  type standardTemplates,
} from '../features/implementation/templates/standard/install';

interface DemoProject {
  segment: 'smb' | 'mid' | 'large';
  templateKey: (typeof standardTemplates)[number]['key'];
  /** Working days before today the project started. */
  startedDaysAgo: number;
  /** How many of the project's first tasks are done. */
  doneCount: number;
  blocker?: string;
  goals: { metric: string; baseline: number; target: number; unit: string }[];
}

const demoProjects: DemoProject[] = [
  {
    segment: 'large',
    templateKey: 'standard-mid-large',
    startedDaysAgo: 12,
    doneCount: 2,
    blocker: '客户 IT 负责人出差，系统边界交接会改到下周',
    goals: [
      { metric: '销售拜访当天录入率', baseline: 35, target: 90, unit: '%' },
      { metric: '客户需求平均响应时长', baseline: 14, target: 5, unit: '天' },
    ],
  },
  {
    segment: 'mid',
    templateKey: 'standard-mid-large',
    startedDaysAgo: 3,
    doneCount: 1,
    goals: [{ metric: '周活跃销售占比', baseline: 20, target: 80, unit: '%' }],
  },
  {
    segment: 'smb',
    templateKey: 'smb-zero-delivery',
    startedDaysAgo: 4,
    doneCount: 3,
    goals: [{ metric: '每周拜访记录数', baseline: 0, target: 30, unit: '条' }],
  },
];

/** The segment's largest account (by contract value; one without a value comes last). */
async function findDemoCustomer(tdb: TenantDb, segment: string) {
  const value = (customer: CustomerSummary) => customer.contract_value ?? Number.NEGATIVE_INFINITY;
  const inSegment = (await allCustomerSummaries(tdb)).filter((customer) => customer.segment === segment);
  return inSegment.sort((a, b) => value(b) - value(a))[0];
}

/** The latest calendar date from which `days` working days lead up to today. */
function startDateDaysAgo(today: string, days: number): string {
  let start = today;
  for (let back = 1; back < 60; back++) {
    const candidate = new Date(Date.parse(`${today}T00:00:00Z`) - back * 86_400_000)
      .toISOString()
      .slice(0, 10);
    if (addWorkingDays(candidate, days, emptyCalendar) <= today) {
      start = candidate;
      break;
    }
  }
  return start;
}

async function seedProject(
  tdb: TenantDb,
  people: ReadonlyMap<string, string | undefined>,
  demo: DemoProject,
  now: Date,
) {
  const customer = await findDemoCustomer(tdb, demo.segment);
  const template = await findTemplateByStandardKey(tdb, demo.templateKey);
  const version = template && (await findVersion(tdb, template.id, 1));
  const owner = people.get('impl1');
  const member = people.get('impl2');
  if (!customer || !template || !version || !owner || !member) return;
  const projectId = newId();
  const startDate = startDateDaysAgo(localDateOf(now), demo.startedDaysAgo);
  const plan = planFromTemplate(projectId, phasesOf(version), profileOf(customer), startDate, emptyCalendar);
  const at = now.toISOString();
  plan.tasks.forEach((task, index) => {
    task.assignee_id = index % 2 === 0 ? owner : member;
    if (index < demo.doneCount && (task.evidence === 'none' || task.evidence === 'note')) {
      Object.assign(task, {
        done_at: at,
        done_by: task.assignee_id,
        note: task.evidence === 'note' ? '已完成，纪要见项目群' : null,
      });
    }
  });
  const blocked = demo.blocker
    ? plan.tasks.find((task) => task.done_at === null && task.evidence === 'note')
    : undefined;
  if (blocked && demo.blocker) Object.assign(blocked, { blocker: demo.blocker, blocked_at: at });
  await insertProject(tdb, {
    id: projectId,
    client_id: null,
    name: `${customer.name} · ${version.name}`,
    customer_id: customer.id,
    template_id: template.id,
    template_version: 1,
    status: 'active',
    start_date: plan.phases[0]?.start_date ?? startDate,
    go_live_target: plan.phases.at(-1)?.due_date ?? null,
    owner_id: owner,
    partner_contact_ids: '[]',
    goals: JSON.stringify(demo.goals.map((goal) => ({ id: newId(), actual: null, ...goal }))),
    created_by: owner,
    created_at: at,
    updated_at: at,
  });
  await replaceMembers(tdb, projectId, [member]);
  await insertPhases(tdb, plan.phases);
  await insertTasks(tdb, plan.tasks);
}

export async function seedImplementationDemo(
  tdb: TenantDb,
  people: ReadonlyMap<string, string | undefined>,
  now: Date,
): Promise<void> {
  await installStandardTemplates(tdb, null);
  for (const demo of demoProjects) await seedProject(tdb, people, demo, now);
}
