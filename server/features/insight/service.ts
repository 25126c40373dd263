/** The dashboards (/insight): each composes the figures other features compute in SQL, authorizes and presents. */
export { customerLoop } from './customer-loop';
export { implementationInsight } from './implementation';
export { loopInsight, requirementInsight } from './requirements';
export { visitInsight } from './visits';
