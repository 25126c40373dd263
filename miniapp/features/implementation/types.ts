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
  ShareLink,
  StatusLink,
  StatusLinkList,
  StatusPage,
  Template,
  TemplateVersionSummary,
  TodayItem,
} from '@shared/schemas/implementation';
