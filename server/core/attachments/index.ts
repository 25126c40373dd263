/** What the rest of the server may use of attachments: the service, its inputs and the URL signer. */
export {
  type AttachmentContent,
  type AttachmentLinkInput,
  type AttachmentSubject,
  Attachments,
  createAttachments,
  type SubjectReadCheck,
} from './attachments';
export { attachmentLink } from './present';
export { hasLinkedAttachment } from './repo';
export { UrlSigner } from './signing';
