/** The platform messages of the requirements loop, in Chinese (the reps' language; English follows the catalogue). */
import { createHash } from 'node:crypto';
import type { OutgoingMessage } from '@server/platforms/types';
import type { DecisionStatus } from '@shared/domain/requirements';
import { createI18n } from '@shared/i18n';

const t = createI18n('zh-CN').t;

export interface DecisionNews {
  requirementId: string;
  title: string;
  status: DecisionStatus;
  note: string | null;
  targetRelease: string | null;
  decisionId: string;
  /** Same for two identical decisions in a row, so a double submit never sends twice. */
  dedupeKey: string;
}

export function decisionMessage(
  news: DecisionNews,
  publicUrl: string,
  /** The recipient's first mention of it, when they reported it (the "told the customer" button needs one). */
  mentionId: string | null,
): OutgoingMessage {
  const url = `${publicUrl}/requirements/${news.requirementId}`;
  const vars = {
    title: news.title,
    status: t(`ui.requirements.status.${news.status}`),
    note: news.note ?? '',
    release: news.targetRelease
      ? t('ui.requirements.messages.releaseSuffix', { release: news.targetRelease })
      : '',
  };
  const lines = [t('ui.requirements.messages.decisionBody', vars)];
  if (news.note) lines.push(t('ui.requirements.messages.noteLine', vars));
  if (mentionId) {
    lines.push(
      '',
      t('ui.requirements.messages.suggestionLabel'),
      t(`ui.requirements.messages.suggestion.${news.status}`, vars),
    );
  }
  return {
    dedupeKey: news.dedupeKey,
    title: t('ui.requirements.messages.decisionTitle', vars),
    body: lines.join('\n'),
    url,
    actions: [{ label: t('ui.requirements.messages.openAction'), url }],
    ...(mentionId
      ? {
          callback: {
            label: t('ui.requirements.messages.toldAction'),
            value: {
              action: 'requirement.told',
              requirementId: news.requirementId,
              decisionId: news.decisionId,
            },
            fallbackUrl: `${url}/told?mention=${mentionId}`,
          },
        }
      : {}),
  };
}

/**
 * One message listing every change a bulk decision made to what this person reported or follows, instead of one
 * per requirement (platforms cap messages per person per day and drop the rest).
 */
export function decisionDigestMessage(items: DecisionNews[], publicUrl: string): OutgoingMessage {
  const lines = items.map((news) =>
    t('ui.requirements.messages.digestLine', {
      title: news.title,
      status: t(`ui.requirements.status.${news.status}`),
      release: news.targetRelease
        ? t('ui.requirements.messages.releaseSuffix', { release: news.targetRelease })
        : '',
    }),
  );
  const notes = [...new Set(items.map((news) => news.note).filter((note): note is string => !!note))];
  for (const note of notes) lines.push('', t('ui.requirements.messages.digestNote', { note }));
  const dedupeKey = createHash('sha256')
    .update(items.map((news) => news.dedupeKey).join('\n'))
    .digest('hex')
    .slice(0, 24);
  const url = `${publicUrl}/requirements/mine`;
  return {
    dedupeKey: `requirement.decision-digest:${dedupeKey}`,
    title: t('ui.requirements.messages.digestTitle', { count: items.length }),
    body: lines.join('\n'),
    url,
    actions: [{ label: t('ui.requirements.messages.digestAction'), url }],
  };
}

export function mergeMessage(
  merge: { id: string; sourceTitle: string; targetId: string; targetTitle: string },
  publicUrl: string,
): OutgoingMessage {
  const vars = { title: merge.targetTitle, source: merge.sourceTitle, target: merge.targetTitle };
  return {
    dedupeKey: `requirement.merge:${merge.id}`,
    title: t('ui.requirements.messages.mergedTitle', vars),
    body: t('ui.requirements.messages.mergedBody', vars),
    url: `${publicUrl}/requirements/${merge.targetId}`,
    actions: [
      { label: t('ui.requirements.messages.openAction'), url: `${publicUrl}/requirements/${merge.targetId}` },
      { label: t('ui.requirements.messages.contestAction'), url: `${publicUrl}/requirements/mine` },
    ],
  };
}

export function contestMessage(
  contest: {
    mergeId: string;
    name: string;
    note: string | null;
    sourceTitle: string;
    targetId: string;
    targetTitle: string;
  },
  publicUrl: string,
): OutgoingMessage {
  const vars = {
    title: contest.targetTitle,
    name: contest.name,
    source: contest.sourceTitle,
    target: contest.targetTitle,
    note: contest.note ?? '',
  };
  const url = `${publicUrl}/requirements/${contest.targetId}`;
  return {
    dedupeKey: `requirement.contest:${contest.mergeId}`,
    title: t('ui.requirements.messages.contestedTitle', vars),
    body: t('ui.requirements.messages.contestedBody', vars).trim(),
    url,
    actions: [{ label: t('ui.requirements.messages.openAction'), url }],
  };
}

export function overdueCommitmentMessage(
  c: {
    id: string;
    requirementId: string;
    title: string;
    promiser: string;
    customer: string;
    dueDate: string;
    status: string;
  },
  publicUrl: string,
): OutgoingMessage {
  const vars = { ...c, status: t(`ui.requirements.status.${c.status}`) };
  const url = `${publicUrl}/requirements/${c.requirementId}`;
  return {
    dedupeKey: `requirement.commitment-overdue:${c.id}`,
    title: t('ui.requirements.messages.commitmentOverdueTitle', vars),
    body: t('ui.requirements.messages.commitmentOverdueBody', vars),
    url,
    actions: [{ label: t('ui.requirements.messages.openAction'), url }],
  };
}

export const toastText = {
  told: () => t('ui.requirements.messages.toldToast'),
  nothing: () => t('ui.requirements.messages.toldNothing'),
};
