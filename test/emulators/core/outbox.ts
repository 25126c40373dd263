/** Every message an app sent through an emulator, one entry per recipient, delivered or silently dropped. */
export interface SentMessage {
  /** The platform's id for the send: DingTalk task_id, Feishu message_id, WeCom msgid. */
  id: string;
  /** DingTalk clientId, Feishu appId, WeCom `${corpId}/${agentId}`. */
  appKey: string;
  recipient: string;
  msgType: string;
  /** The request body exactly as parsed from the wire. */
  raw: unknown;
  /** The message itself: DingTalk `msg`, Feishu `JSON.parse(content)`, WeCom `body[msgtype]`. */
  content: unknown;
  /** False when the platform answered success but the person never got it (quotas, duplicates, unknown ids). */
  delivered: boolean;
  dropReason: string | null;
  sentAt: number;
  /** Later replacements of the content (Feishu card PATCH, WeCom update_template_card), oldest first. */
  updates: unknown[];
}

export interface MessageFilter {
  appKey?: string;
  recipient?: string;
  msgType?: string;
  delivered?: boolean;
}

export class Outbox {
  private readonly messages: SentMessage[] = [];

  record(message: Omit<SentMessage, 'updates'>): SentMessage {
    const stored = { ...message, updates: [] };
    this.messages.push(stored);
    return stored;
  }

  find(filter: MessageFilter = {}): SentMessage[] {
    return this.messages.filter(
      (message) =>
        (filter.appKey === undefined || message.appKey === filter.appKey) &&
        (filter.recipient === undefined || message.recipient === filter.recipient) &&
        (filter.msgType === undefined || message.msgType === filter.msgType) &&
        (filter.delivered === undefined || message.delivered === filter.delivered),
    );
  }

  byId(id: string): SentMessage[] {
    return this.messages.filter((message) => message.id === id);
  }

  clear(): void {
    this.messages.length = 0;
  }
}
