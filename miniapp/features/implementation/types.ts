/** The implementation API's shapes as the phone reads them: the shared contract, under the names the screens use. */
export type { EvidenceKind, Health, HealthReason } from '@shared/domain/implementation/vocab';
export type {
  Goal,
  Project,
  ProjectCreate,
  ProjectPhase as Phase,
  ProjectSummary,
  ProjectTask as Task,
  ProjectUpgradeImpact,
  PublishResult,
  Template,
  TemplateVersionSummary,
  TodayItem,
} from '@shared/schemas/implementation';
export type {
  ShareLink,
  StatusLink,
  StatusLinkList,
  StatusPage,
} from '@shared/schemas/implementation-sharing';
