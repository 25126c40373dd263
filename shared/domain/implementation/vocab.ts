/** Implementation vocabulary both sides share: evidence kinds, health levels and their reasons, statuses. */
export const evidenceKinds = ['none', 'photo', 'file', 'note', 'signoff'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const healthLevels = ['on-track', 'at-risk', 'overdue'] as const;
export type Health = (typeof healthLevels)[number];

/** Why something has its health; the phone shows `implementation.health.<reason>`. */
export const healthReasons = [
  'done',
  'on-schedule',
  'not-started',
  'blocked',
  'due-soon',
  'overdue',
  'tasks-blocked',
  'tasks-due-soon',
  'tasks-overdue',
  'go-live-late',
] as const;
export type HealthReason = (typeof healthReasons)[number];

export const templateVersionStatuses = ['draft', 'published'] as const;
export type TemplateVersionStatus = (typeof templateVersionStatuses)[number];

export const projectStatuses = ['active', 'accepted', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

/** "Today" buckets, in the order the phone lists them. */
export const todayBuckets = ['overdue', 'today', 'soon', 'blocked'] as const;
export type TodayBucket = (typeof todayBuckets)[number];

/** A task due within this many calendar days with work left is at risk. */
export const atRiskWithinDays = 2;
