/** Visit rules both sides use: kinds, great-circle distance, when a check-in is flagged, and the evidence score. */
export const visitKinds = ['onsite', 'phone', 'video', 'meeting'] as const;
export type VisitKind = (typeof visitKinds)[number];

export const visitStatuses = ['planned', 'done'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** A visit whose time is still ahead is planned; once its time has come it counts as done. */
export function visitStatusOf(visitedAt: string, now: Date | string): VisitStatus {
  return Date.parse(visitedAt) > new Date(now).getTime() ? 'planned' : 'done';
}

const earthRadiusMeters = 6_371_008.8;

export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in metres (haversine); plenty accurate at city scale. */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusMeters * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How far from the customer's saved location a check-in may be before the manager sees it flagged. */
export const checkInRadiusMeters = 500;
/** A phone claiming worse accuracy than this does not get the benefit of the doubt beyond it. */
const maxAccuracyAllowance = 1_000;

export interface CheckInFacts {
  /** null when the customer has no saved location: nothing to compare against. */
  distanceMeters: number | null;
  accuracy: number;
  isMock: boolean;
}

/** Flagged when the platform reported a mock location, or when the fix is farther than the radius plus its accuracy. */
export function isCheckInFlagged(facts: CheckInFacts): boolean {
  if (facts.isMock) return true;
  if (facts.distanceMeters === null) return false;
  const allowance = checkInRadiusMeters + Math.min(Math.max(facts.accuracy, 0), maxAccuracyAllowance);
  return facts.distanceMeters > allowance;
}

/** Points per evidence part; a part that does not apply to the visit's kind is left out of the total. */
export const evidencePoints = { inRadius: 20, freshFix: 20, photo: 20, notes: 20, requirement: 20 } as const;
export type EvidencePart = keyof typeof evidencePoints;

/** Notes shorter than this say little; at the full length they earn all their points. */
export const notesLengthForHalf = 15;
export const notesLengthForFull = 50;

export interface EvidenceFacts {
  kind: VisitKind;
  checkIn: { flagged: boolean; isFresh: boolean; isMock: boolean } | null;
  photoCount: number;
  notes: string | null;
  requirementCount: number;
}

export interface EvidenceScore {
  /** 0–100: points earned over the points of the parts that apply. */
  total: number;
  /** Points earned per part; null when the part does not apply (no location for a phone call). */
  parts: Record<EvidencePart, number | null>;
}

function notesPoints(notes: string | null): number {
  const length = [...(notes ?? '').trim()].length;
  if (length >= notesLengthForFull) return evidencePoints.notes;
  if (length >= notesLengthForHalf) return evidencePoints.notes / 2;
  return 0;
}

/** The per-visit evidence score a manager sees instead of a location trail. */
export function evidenceScoreOf(facts: EvidenceFacts): EvidenceScore {
  const onsite = facts.kind === 'onsite';
  const fix = facts.checkIn;
  const parts: EvidenceScore['parts'] = {
    inRadius: onsite ? (fix && !fix.flagged ? evidencePoints.inRadius : 0) : null,
    freshFix: onsite ? (fix?.isFresh && !fix.isMock ? evidencePoints.freshFix : 0) : null,
    photo: facts.photoCount > 0 ? evidencePoints.photo : 0,
    notes: notesPoints(facts.notes),
    requirement: facts.requirementCount > 0 ? evidencePoints.requirement : 0,
  };
  let earned = 0;
  let possible = 0;
  for (const part of Object.keys(parts) as EvidencePart[]) {
    const points = parts[part];
    if (points === null) continue;
    earned += points;
    possible += evidencePoints[part];
  }
  return { total: possible === 0 ? 0 : Math.round((100 * earned) / possible), parts };
}

/** The calendar day `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
