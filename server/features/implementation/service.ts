/** What other features may use of implementation: seeing a project, and who may start projects and edit templates. */
export { customerProjectsLoop } from './customer-loop';
/** The implementation lead's dashboard (SQL in ./insight.ts), for the insight feature. */
export {
  goalsAccepted,
  lateTasks,
  type ProjectFigureScope,
  phaseDurations,
  projectHealthFigures,
  templateNames,
} from './insight';
export { goalMet } from './projects/present';
export { canCreateProject, visibleProject } from './projects/service';
export { canEditTemplates, canInstallStandardTemplates } from './templates/service';
