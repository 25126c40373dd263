/** The requirement being captured, as kept on the phone between keystrokes, and the request it becomes when sent. */
import type { Importance } from '@shared/domain/requirements';

export interface NamedRef {
  id: string;
  name: string;
}

/** Where the capture was opened from; carried on the mention so the PM sees the source. */
export interface CaptureSource {
  customerId: string | null;
  visitId: string | null;
  projectId: string | null;
}

export interface CaptureDraft {
  clientId: string;
  title: string;
  description: string;
  quote: string;
  category: string;
  importance: Importance | null;
  customer: NamedRef | null;
  /** Set when the rep picked an existing requirement: the capture becomes a mention of it. */
  target: { id: string; title: string } | null;
  photos: Blob[];
  /** Must ship for go-live (offered when the customer has a running implementation project). */
  goLive?: boolean;
}

export function blankCapture(customer: NamedRef | null = null): CaptureDraft {
  return {
    clientId: crypto.randomUUID(),
    title: '',
    description: '',
    quote: '',
    category: '',
    importance: null,
    customer,
    target: null,
    photos: [],
  };
}

/** Whether the rep entered anything worth keeping; the customer a screen fills in by itself is not. */
export function hasCaptureContent(draft: CaptureDraft): boolean {
  return (
    draft.target !== null ||
    draft.importance !== null ||
    draft.goLive === true ||
    draft.photos.length > 0 ||
    [draft.title, draft.description, draft.quote, draft.category].some((text) => text.trim() !== '')
  );
}

/** One draft per place the capture was opened from, so a visit's draft never leaks into another customer's. */
export function draftKeyOf(source: CaptureSource): string {
  return `requirement:${source.visitId ?? source.projectId ?? source.customerId ?? 'tab'}`;
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function sourceFields(draft: CaptureDraft, source: CaptureSource) {
  return {
    ...(source.visitId ? { visitId: source.visitId } : {}),
    ...(source.projectId ? { projectId: source.projectId } : {}),
    ...(draft.goLive ? { goLive: true } : {}),
  };
}

/** POST /requirements: only what the rep entered goes out; blank text is left off rather than sent as "". */
export function createBodyOf(draft: CaptureDraft, source: CaptureSource) {
  return {
    clientId: draft.clientId,
    title: draft.title.trim(),
    description: text(draft.description),
    category: text(draft.category),
    customerId: draft.customer?.id,
    quote: text(draft.quote),
    importance: draft.importance ?? undefined,
    ...sourceFields(draft, source),
  };
}

/** POST /requirements/{id}/mentions: this customer also wants the picked requirement. */
export function mentionBodyOf(draft: CaptureDraft, source: CaptureSource) {
  return {
    clientId: draft.clientId,
    customerId: draft.customer?.id,
    quote: text(draft.quote),
    importance: draft.importance ?? undefined,
    ...sourceFields(draft, source),
  };
}

/** The text the similar-requirement lookup searches with. */
export function similarQueryOf(draft: CaptureDraft): string {
  return `${draft.title} ${draft.description}`.trim();
}
