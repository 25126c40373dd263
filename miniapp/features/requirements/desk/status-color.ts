/** antd tag colours for requirement statuses (always shown with their label). */
import type { RequirementStatus } from '@shared/domain/requirements';

export const statusColor: Record<RequirementStatus, string> = {
  new: 'blue',
  under_review: 'gold',
  planned: 'geekblue',
  in_progress: 'purple',
  released: 'green',
  declined: 'red',
  merged: 'default',
};
