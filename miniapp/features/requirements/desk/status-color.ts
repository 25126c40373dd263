/** Solid tag colours for requirement statuses: white label text on each meets 4.5:1 (antd's light presets do not). */
import type { RequirementStatus } from '@shared/domain/requirements';

export const statusColor: Record<RequirementStatus, string> = {
  new: '#1560d4',
  under_review: '#8a4b00',
  planned: '#3b3fb6',
  in_progress: '#6a2bb8',
  released: '#007a50',
  declined: '#c0262d',
  merged: '#5c6068',
};
