/**
 * Every link between features, in one file: what one feature contributes to another's screens, messages and
 * checks. createApp() connects them before the first request or job; nothing registers itself at import.
 */
import { connectAttachmentAccess } from './features/attachments/access';
import { connectProjectSources } from './features/implementation/acceptance';
import { taskSubjectType } from './features/implementation/evidence';
import { canReadTaskAttachment } from './features/implementation/routes';
import { projectBriefLines, projectTimeline } from './features/implementation/visit-links';
import { connectCardActions } from './features/platform/card-actions';
import { canReadMentionAttachment } from './features/requirements/attachment-access';
import { toldFromCard } from './features/requirements/card-actions';
import { goLiveAcceptanceItems, statusPageRequirements } from './features/requirements/project-links';
import { mentionSubjectType } from './features/requirements/service';
import {
  countMentionsByVisit,
  requirementBriefLines,
  requirementTimeline,
} from './features/requirements/visit-links';
import { connectVisitSources } from './features/visits/extensions';
import { canReadVisit } from './features/visits/service';

export function linkFeatures(): void {
  // Who may read a linked photo or file: whoever may read the object it is linked to.
  connectAttachmentAccess({
    visit: canReadVisit,
    [mentionSubjectType]: canReadMentionAttachment,
    [taskSubjectType]: canReadTaskAttachment,
  });
  // A visit's evidence score, the customer timeline and the pre-visit brief show requirements and projects.
  connectVisitSources({
    requirementCounters: [countMentionsByVisit],
    timelineSources: [requirementTimeline, projectTimeline],
    briefSources: [requirementBriefLines, projectBriefLines],
  });
  // A project's acceptance items and the customer's status page list the customer's requirements.
  connectProjectSources({
    acceptance: [goLiveAcceptanceItems],
    customerRequirements: [statusPageRequirements],
  });
  // Buttons on platform cards.
  connectCardActions({ 'requirement.told': toldFromCard });
}
