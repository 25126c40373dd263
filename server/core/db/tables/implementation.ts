/** Row types of the implementation feature's tables, as stored (see ../schema.ts for the conventions). */

export interface ImplTemplatesTable {
  id: string;
  tenant_id: string;
  name: string;
  segment: string;
  /** Which standard template this is (installed by the seed or the admin), so installing twice is a no-op. */
  standard_key: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ImplTemplateVersionsTable {
  id: string;
  tenant_id: string;
  template_id: string;
  version: number;
  /** draft (editable) or published (frozen). */
  status: string;
  name: string;
  segment: string;
  description: string | null;
  /** JSON: TemplatePhase[] with stable phase and task ids. */
  phases: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
}

export interface ImplCalendarDaysTable {
  tenant_id: string;
  date: string;
  kind: string;
  name: string;
}

export interface ImplProjectsTable {
  id: string;
  tenant_id: string;
  client_id: string | null;
  name: string;
  customer_id: string;
  template_id: string;
  template_version: number;
  status: string;
  start_date: string;
  go_live_target: string | null;
  owner_id: string;
  /** JSON: contact ids of the customer's partners. */
  partner_contact_ids: string;
  /** JSON: Goal[] without `met`. */
  goals: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ImplProjectMembersTable {
  tenant_id: string;
  project_id: string;
  user_id: string;
}

export interface ImplPhasesTable {
  id: string;
  tenant_id: string;
  project_id: string;
  template_phase_id: string | null;
  position: number;
  name: string;
  owner_role: string;
  partner_role: string | null;
  start_date: string;
  due_date: string;
}

export interface ImplTasksTable {
  id: string;
  tenant_id: string;
  project_id: string;
  phase_id: string;
  template_task_id: string | null;
  position: number;
  title: string;
  guidance: string;
  evidence: string;
  assignee_id: string | null;
  due_date: string;
  done_at: string | null;
  done_by: string | null;
  blocker: string | null;
  blocked_at: string | null;
  note: string | null;
  /** JSON: attachment ids of photos/files. */
  attachment_ids: string;
  signer_name: string | null;
  signature_attachment_id: string | null;
  signed_at: string | null;
  /** Why the customer signed although go-live requirements were not delivered. */
  signoff_exception_reason: string | null;
  /** JSON: the go-live requirements not delivered at signing ({ id, title, status }[]). */
  signoff_exception_items: string | null;
  /** The blocker holds until this date (YYYY-MM-DD); the work after it is projected from there. */
  blocked_until: string | null;
  /** Set when an upgrade removed this open task; kept so its evidence is never lost. */
  removed_at: string | null;
  /** Raised by every write; a change made against an older one answers 409. */
  version: number;
  updated_at: string;
}

export interface ImplTaskOpsTable {
  tenant_id: string;
  op_id: string;
  task_id: string;
  created_at: string;
}

/** A status-page link given to a customer; the token itself is never stored, only its SHA-256. */
export interface ImplStatusLinksTable {
  id: string;
  tenant_id: string;
  project_id: string;
  customer_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface ImplementationTables {
  impl_templates: ImplTemplatesTable;
  impl_template_versions: ImplTemplateVersionsTable;
  impl_calendar_days: ImplCalendarDaysTable;
  impl_projects: ImplProjectsTable;
  impl_project_members: ImplProjectMembersTable;
  impl_phases: ImplPhasesTable;
  impl_tasks: ImplTasksTable;
  impl_task_ops: ImplTaskOpsTable;
  impl_status_links: ImplStatusLinksTable;
}
