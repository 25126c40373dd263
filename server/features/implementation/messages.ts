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

/** Dedupe-key prefix of each reminder; the key names task and day, so a sweep rerun never sends twice. */
const reminderKeys = { dueTomorrow: 'impl-due', overdue: 'impl-overdue' } as const;
export type TaskReminder = keyof typeof reminderKeys;

export function taskReminderMessage(
  reminder: TaskReminder,
  input: { taskId: string; project: string; task: string; date: string; url: string },
): OutgoingMessage {
  return message(
    `${reminderKeys[reminder]}:${input.taskId}:${input.date}`,
    t(key(`${reminder}Title`)),
    t(key(`${reminder}Body`), input),
    input.url,
  );
}
