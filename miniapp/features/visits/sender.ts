/** Teaches the offline queue how a visit is sent; imported by every screen from which visits are queued or listed. */
import { registerSender } from '@miniapp/lib/offline/queue';
import type { VisitCreate } from '@shared/schemas/visits';
import { sendVisit } from './api';

export const visitSubmissionKind = 'visit';

registerSender(visitSubmissionKind, (body, attachmentIds) => sendVisit(body as VisitCreate, attachmentIds));
