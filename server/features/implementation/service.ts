/** What other features may use of implementation: seeing a project, and who may start projects and edit templates. */
export { canCreateProject, visibleProject } from './projects/service';
export { canEditTemplates, canInstallStandardTemplates } from './templates/service';
