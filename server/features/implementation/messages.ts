/** The platform messages implementation sends: blockers to the project owner, due and overdue reminders. */
import type { OutgoingMessage } from '@server/platforms/types';
import { createI18n } from '@shared/i18n';

const t = createI18n('zh-CN').t;
const key = (name: string) => `ui.implementation.messages.reminder.${name}`;

export const projectUrl = (publicUrl: string, projectId: string) =>
  `${publicUrl}/implementation/projects/${projectId}`;

function message(dedupeKey: string, title: string, body: string, url: string): OutgoingMessage {
  return { dedupeKey, title, body, url, actions: [{ label: t(key('open')), url }] };
}

export function blockerMessage(input: {
  taskId: string;
  blockedAt: string;
  project: string;
  task: string;
  person: string;
  reason: string;
  url: string;
}): OutgoingMessage {
  return message(
    `impl-blocker:${input.taskId}:${input.blockedAt}`,
    t(key('blockerTitle')),
    t(key('blockerBody'), {
      project: input.project,
      task: input.task,
      person: input.person,
      reason: input.reason,
    }),
    input.url,
  );
}

export function dueTomorrowMessage(input: {
  taskId: string;
  project: string;
  task: string;
  date: string;
  url: string;
}): OutgoingMessage {
  return message(
    `impl-due:${input.taskId}:${input.date}`,
    t(key('dueTomorrowTitle')),
    t(key('dueTomorrowBody'), input),
    input.url,
  );
}

export function overdueMessage(input: {
  taskId: string;
  project: string;
  task: string;
  date: string;
  url: string;
}): OutgoingMessage {
  return message(
    `impl-overdue:${input.taskId}:${input.date}`,
    t(key('overdueTitle')),
    t(key('overdueBody'), input),
    input.url,
  );
}
