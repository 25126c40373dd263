/** A visit's photos are the attachments linked to it (in the order the rep chose them); this names that link. */
import type { AttachmentSubject } from '@server/core/attachments';

export const photoSubjectType = 'visit';

export const visitPhotos = (visitId: string): AttachmentSubject => ({
  subjectType: photoSubjectType,
  subjectId: visitId,
});
