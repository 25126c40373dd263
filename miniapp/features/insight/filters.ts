/**
 * The dashboards' filters in the address bar, so a dashboard can be shared and "back" returns to it: the period as a
 * preset (7/30/90 days) or a custom from–to, team, owner, segment, tier, industry and co-creation flags.
 */
import type { QueryParams } from '@miniapp/lib/api-client';
import { localDateOf } from '@shared/domain/clock';
import {
  type CustomerFlag,
  customerFlags,
  type Segment,
  segments,
  type Tier,
  tiers,
} from '@shared/domain/customers';

export const periodPresets = [7, 30, 90] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** The server's own default, so the default needs no parameter. */
export const defaultPreset: PeriodPreset = 30;

export const dashboards = ['visits', 'requirements', 'loop', 'implementation'] as const;
export type Dashboard = (typeof dashboards)[number];

export interface DashboardFilters {
  /** A preset, or null when from/to are a custom range. */
  days: PeriodPreset | null;
  from: string | undefined;
  to: string | undefined;
  department: string;
  ownerId: string | undefined;
  /** The owner's name, kept beside the id so a shared link shows who is filtered without asking. */
  ownerName: string;
  segment: Segment[];
  tier: Tier[];
  industry: string;
  flags: CustomerFlag[];
}

export const blankDashboardFilters: DashboardFilters = {
  days: defaultPreset,
  from: undefined,
  to: undefined,
  department: '',
  ownerId: undefined,
  ownerName: '',
  segment: [],
  tier: [],
  industry: '',
  flags: [],
};

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const idPattern = /^[0-9a-zA-Z-]{1,64}$/;

function listOf<Value extends string>(allowed: readonly Value[], raw: string | null): Value[] {
  const parts = (raw ?? '').split(',');
  return allowed.filter((value) => parts.includes(value));
}

function dateOf(raw: string | null): string | undefined {
  return raw && datePattern.test(raw) ? raw : undefined;
}

function presetOf(raw: string | null): PeriodPreset | undefined {
  return periodPresets.find((preset) => String(preset) === raw);
}

/** Anything odd in the address is dropped rather than sent: a hand-edited link still opens a dashboard. */
export function readDashboardFilters(params: URLSearchParams): DashboardFilters {
  const from = dateOf(params.get('from'));
  const to = dateOf(params.get('to'));
  const isCustom = from !== undefined && to !== undefined && from <= to;
  const ownerId = params.get('ownerId') ?? '';
  return {
    days: isCustom ? null : (presetOf(params.get('days')) ?? defaultPreset),
    from: isCustom ? from : undefined,
    to: isCustom ? to : undefined,
    department: (params.get('department') ?? '').trim(),
    ownerId: idPattern.test(ownerId) ? ownerId : undefined,
    ownerName: idPattern.test(ownerId) ? (params.get('ownerName') ?? '') : '',
    segment: listOf(segments, params.get('segment')),
    tier: listOf(tiers, params.get('tier')),
    industry: (params.get('industry') ?? '').trim(),
    flags: listOf(customerFlags, params.get('flags')),
  };
}

export function writeDashboardFilters(
  filters: DashboardFilters,
  options: { tab?: Dashboard | undefined } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (options.tab) params.set('tab', options.tab);
  if (filters.days === null && filters.from && filters.to) {
    params.set('from', filters.from);
    params.set('to', filters.to);
  } else if (filters.days !== null && filters.days !== defaultPreset) {
    params.set('days', String(filters.days));
  }
  if (filters.department) params.set('department', filters.department);
  if (filters.ownerId) {
    params.set('ownerId', filters.ownerId);
    if (filters.ownerName) params.set('ownerName', filters.ownerName);
  }
  if (filters.segment.length > 0) params.set('segment', filters.segment.join(','));
  if (filters.tier.length > 0) params.set('tier', filters.tier.join(','));
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.flags.length > 0) params.set('flags', filters.flags.join(','));
  return params;
}

/** The first day of a preset ending today (inclusive), as local days. */
export function presetRange(days: PeriodPreset, today: Date): { from: string; to: string } {
  const start = new Date(today.getTime() - (days - 1) * 24 * 60 * 60 * 1000);
  return { from: localDateOf(start), to: localDateOf(today) };
}

/** What the insight endpoints are asked (`insightFilters`); the default period is left to the server. */
export function insightParamsOf(filters: DashboardFilters, today: Date): QueryParams {
  const range =
    filters.days === null
      ? { from: filters.from, to: filters.to }
      : filters.days === defaultPreset
        ? { from: undefined, to: undefined }
        : presetRange(filters.days, today);
  const list = (values: string[]) => (values.length > 0 ? values.join(',') : undefined);
  return {
    from: range.from,
    to: range.to,
    department: filters.department || undefined,
    ownerId: filters.ownerId,
    segment: list(filters.segment),
    tier: list(filters.tier),
    industry: filters.industry || undefined,
    flags: list(filters.flags),
  };
}

export function isDashboard(value: string | null): value is Dashboard {
  return (dashboards as readonly (string | null)[]).includes(value);
}
