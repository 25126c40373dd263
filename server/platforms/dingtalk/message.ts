/** An OutgoingMessage as a DingTalk work-notification `msg` (§2.5): an action card, within the 2048-byte limit. */

import { characters, escapeMarkdown, fitText, utf8Bytes } from '../text';
import { type OutgoingMessage, PlatformError } from '../types';

const maxMsgBytes = 2048;
const maxButtonTitle = 20;
/** Shown on the single button when the message has a link but no labelled actions. */
export const defaultLinkLabel = '查看详情';

export function renderDingTalkMessage(message: OutgoingMessage): Record<string, unknown> {
  // The body is cut as typed and escaped after, so a cut never splits an escape.
  const build = (body: string) => buildMsg(message, toMarkdown(escapeMarkdown(body)));
  const measure = (body: string) => utf8Bytes(JSON.stringify(build(body)));
  const msg = build(fitText(message.body.trim(), maxMsgBytes, measure));
  if (utf8Bytes(JSON.stringify(msg)) > maxMsgBytes) {
    throw new PlatformError(
      'dingtalk',
      'rejected',
      'message_too_large',
      'message exceeds 2048 bytes even without a body',
    );
  }
  return msg;
}

function buildMsg(message: OutgoingMessage, body: string): Record<string, unknown> {
  // The list shows `title` as plain text; only the markdown is rendered, so only it is escaped.
  const title = message.title;
  const heading = `#### ${escapeMarkdown(title)}`;
  const markdown = body === '' ? heading : `${heading}\n\n${body}`;
  const buttonTitle = (label: string) => fitText(label, maxButtonTitle, characters);
  // No card callbacks here: a callback button becomes a link to its confirm page.
  const callback = message.callback
    ? [{ label: message.callback.label, url: message.callback.fallbackUrl }]
    : [];
  const actions = [...callback, ...message.actions].slice(0, 2);
  if (actions.length > 0) {
    const buttons = actions.map((action) => ({ title: buttonTitle(action.label), action_url: action.url }));
    return {
      msgtype: 'action_card',
      action_card: { title, markdown, btn_orientation: '1', btn_json_list: buttons },
    };
  }
  if (message.url) {
    return {
      msgtype: 'action_card',
      action_card: { title, markdown, single_title: defaultLinkLabel, single_url: message.url },
    };
  }
  // An action card needs a link; without one a markdown message says the same.
  return { msgtype: 'markdown', markdown: { title, text: markdown } };
}

/** DingTalk markdown joins single newlines; two trailing spaces keep the sender's line breaks. */
function toMarkdown(body: string): string {
  return body.replace(/\r\n?/g, '\n').trim().split('\n').join('  \n');
}
