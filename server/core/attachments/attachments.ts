/**
 * Attachments, the infrastructure three features share: receive an upload once per content, link it to a feature's
 * object (the one record of what holds it), hand out signed URLs. Who may read one through which object is the
 * attachments feature's business (features/attachments).
 */
import { unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { type Config, developmentSecretsKey } from '@server/config';
import type { Actor } from '@server/core/auth/actor';
import type { RootDb, TenantDb } from '@server/core/db';
import { findAttachmentForContent } from '@server/core/db/unscoped';
import { AppError, forbidden, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import type { TFunction } from '@shared/i18n';
import type { AcceptedMimeType, AttachmentView } from '@shared/schemas/attachments';
import { presentAttachment } from './present';
import { type ReceivedFile, receiveUpload } from './receive';
import {
  deleteLinks,
  findAttachment,
  findAttachmentBySha,
  findAttachments,
  findLinkedAttachments,
  findLinksOf,
  insertAttachmentOnce,
  insertLinks,
} from './repo';
import { UrlSigner } from './signing';
import { officeTypeOf, sniffType } from './sniff';
import { type AttachmentStore, storeFromConfig } from './storage';

export interface AttachmentContent {
  stream: Readable;
  mime: string;
  size: number;
  sha256: string;
  /** Seconds the browser may cache the bytes: as long as the URL keeps working. */
  maxAgeSeconds: number;
}

/** A feature's object that holds attachments, e.g. `{ subjectType: 'visit', subjectId: visitId }`. */
export interface AttachmentSubject {
  subjectType: string;
  subjectId: string;
}

export interface AttachmentLinkInput extends AttachmentSubject {
  /** In the order the object shows them. */
  attachmentIds: string[];
}

/** Whether the reader may read the attachment through this object (it is linked to it). */
export type SubjectReadCheck = (subject: AttachmentSubject) => Promise<boolean>;

export class Attachments {
  constructor(
    private readonly store: AttachmentStore,
    private readonly signer: UrlSigner,
    private readonly maxBytes: number,
  ) {}

  /** Stores the multipart `file` unless this tenant already has the same bytes; `created` says which. */
  async upload(
    tdb: TenantDb,
    actor: Actor,
    req: IncomingMessage,
    t: TFunction,
  ): Promise<{ attachment: AttachmentView; created: boolean }> {
    const maximum = Math.round(this.maxBytes / 1024 / 1024);
    const file = await receiveUpload(req, {
      maxBytes: this.maxBytes,
      incomingDir: this.store.incomingDir,
      tooLarge: () => new AppError('PAYLOAD_TOO_LARGE', { file: t('validation.fileTooLarge', { maximum }) }),
      missing: () => new AppError('VALIDATION_FAILED', { file: 'validation.required' }),
    });
    try {
      const mime = await typeOf(file);
      if (!mime) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { file: 'validation.fileTypeRefused' });
      const existing = await findAttachmentBySha(tdb, file.sha256);
      if (existing) return { attachment: presentAttachment(existing, this.signer), created: false };
      const storageKey = `${tdb.tenantId}/${file.sha256.slice(0, 2)}/${file.sha256}`;
      await this.store.keep(storageKey, { path: file.path, size: file.size, mime });
      const id = newId();
      await insertAttachmentOnce(tdb, {
        id,
        sha256: file.sha256,
        mime,
        size: file.size,
        storage_key: storageKey,
        uploaded_by: actor.userId,
        created_at: nowIso(),
      });
      const row = await findAttachmentBySha(tdb, file.sha256);
      if (!row) throw new AppError('INTERNAL');
      return { attachment: presentAttachment(row, this.signer), created: row.id === id };
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  /** The uploader may always read it; anyone else only through a linked subject `mayReadSubject` says yes to. */
  async metadata(
    tdb: TenantDb,
    actor: Actor,
    id: string,
    mayReadSubject: SubjectReadCheck,
  ): Promise<AttachmentView> {
    const row = await findAttachment(tdb, id);
    if (!row) throw notFound();
    if (row.uploaded_by === actor.userId) return presentAttachment(row, this.signer);
    for (const link of await findLinksOf(tdb, id)) {
      const subject = { subjectType: link.subject_type, subjectId: link.subject_id };
      if (await mayReadSubject(subject)) return presentAttachment(row, this.signer);
    }
    throw notFound();
  }

  /** The bytes behind a signed URL; a bad or expired signature is refused before the database is asked. */
  async content(db: RootDb, id: string, query: { exp: string; sig: string }): Promise<AttachmentContent> {
    if (this.signer.check(id, query.exp, query.sig) !== 'valid') throw forbidden();
    const row = await findAttachmentForContent(db, id);
    if (!row) throw notFound();
    const stream = await this.store.read(row.storageKey);
    if (!stream) throw notFound();
    return {
      stream,
      mime: row.mime,
      size: Number(row.size),
      sha256: row.sha256,
      maxAgeSeconds: this.signer.secondsLeft(query.exp),
    };
  }

  /** Refuses ids this tenant has no attachment for, naming each as `field.i` (400 VALIDATION_FAILED). */
  async require(tdb: TenantDb, ids: string[], field: string): Promise<void> {
    const known = new Set((await findAttachments(tdb, [...new Set(ids)])).map((row) => row.id));
    const fields: Record<string, string> = {};
    ids.forEach((id, i) => {
      if (!known.has(id)) fields[`${field}.${i}`] = 'validation.unknownAttachment';
    });
    if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', fields);
  }

  /** Attaches to a feature's object inside its transaction, in the order given; linking twice is harmless. */
  async link(tx: TenantDb, input: AttachmentLinkInput): Promise<void> {
    await insertLinks(tx, input, input.attachmentIds, nowIso());
  }

  /** Detaches from a feature's object all attachments but `keep`, so their access follows the object. */
  async unlink(tx: TenantDb, subject: AttachmentSubject, keep: string[] = []): Promise<void> {
    await deleteLinks(tx, subject, keep);
  }

  /** Each object's linked attachments in their order, with fresh signed URLs; objects with none are absent. */
  async linkedViews(
    tdb: TenantDb,
    subjectType: string,
    subjectIds: readonly string[],
  ): Promise<Map<string, AttachmentView[]>> {
    const linked = new Map<string, AttachmentView[]>();
    for (const row of await findLinkedAttachments(tdb, subjectType, subjectIds)) {
      const views = linked.get(row.subject_id) ?? [];
      linked.set(row.subject_id, [...views, presentAttachment(row, this.signer)]);
    }
    return linked;
  }

  /** The attachments with these ids, in the order given, each with a fresh signed URL; unknown ids are skipped. */
  async views(tdb: TenantDb, ids: string[]): Promise<AttachmentView[]> {
    const rows = new Map((await findAttachments(tdb, [...new Set(ids)])).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [presentAttachment(row, this.signer)] : [];
    });
  }
}

async function typeOf(file: ReceivedFile): Promise<AcceptedMimeType | null> {
  const sniffed = sniffType(file.head, { filename: file.filename, mimeType: file.claimedType });
  return sniffed === 'zip' ? officeTypeOf(file.path, file.size) : sniffed;
}

export function createAttachments(
  config: Pick<Config, 'attachmentsDir' | 's3' | 'maxUploadMb' | 'secretsKey'>,
) {
  // The development key is published in the source, so URLs signed with it could be forged: use a random one.
  const signer =
    config.secretsKey === developmentSecretsKey
      ? UrlSigner.ephemeral()
      : new UrlSigner(Buffer.from(config.secretsKey, 'base64'));
  return new Attachments(storeFromConfig(config), signer, config.maxUploadMb * 1024 * 1024);
}
