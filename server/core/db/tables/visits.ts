/** Row types of the visits feature's tables, as stored (see ../schema.ts for the conventions). */

export interface VisitsTable {
  id: string;
  tenant_id: string;
  /** Generated on the phone; a repeat of the same create finds the row by it instead of adding a second. */
  client_id: string;
  customer_id: string;
  owner_id: string;
  kind: string;
  visited_at: string;
  /** The local day (Asia/Shanghai) of visited_at, YYYY-MM-DD: same-day rules and the morning sweeps. */
  visited_on: string;
  purpose: string | null;
  notes: string | null;
  outcome: string | null;
  next_step: string | null;
  /** Local day, YYYY-MM-DD. */
  follow_up_at: string | null;
  check_in_lat: number | null;
  check_in_lng: number | null;
  check_in_accuracy: number | null;
  check_in_address: string | null;
  /** Server time of the check-in; null when there is none. */
  check_in_at: string | null;
  check_in_distance: number | null;
  check_in_flagged: number;
  check_in_fresh: number | null;
  check_in_mock: number | null;
  check_in_source: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface VisitParticipantsTable {
  tenant_id: string;
  visit_id: string;
  user_id: string;
}

export interface VisitAttendeesTable {
  tenant_id: string;
  visit_id: string;
  contact_id: string;
}

export interface VisitTables {
  visits: VisitsTable;
  visit_participants: VisitParticipantsTable;
  visit_attendees: VisitAttendeesTable;
}
