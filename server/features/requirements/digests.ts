/**
 * The line each change of a bulk decision or a merge sweep adds to a person's digest (features/platform/digests.ts):
 * five requirements decided at once reach a rep as one 「5 条需求有了决定」, not five cards.
 */
import type { DigestEntry } from '@server/features/platform/service';
import { characters, fitText } from '@server/platforms/text';
import { createI18n } from '@shared/i18n';
import type { DecisionNews } from './messages';

const t = createI18n('zh-CN').t;

/** A digest line keeps the title and note short (WeCom cards take 512 bytes); the list has all of them. */
const maxTitleCharacters = 24;
const maxNoteCharacters = 16;

const shortTitle = (title: string) => fitText(title, maxTitleCharacters, characters);

const myRequirementsUrl = (publicUrl: string) => `${publicUrl}/requirements/mine`;

export function decisionDigest(news: DecisionNews, batchKey: string, publicUrl: string): DigestEntry {
  const note = news.note
    ? t('ui.requirements.messages.digest.noteSuffix', {
        note: fitText(news.note, maxNoteCharacters, characters),
      })
    : '';
  const status = t(`ui.requirements.status.${news.status}`);
  return {
    batchKey,
    headingKey: 'ui.requirements.messages.digest.decidedTitle',
    line: t('ui.requirements.messages.digest.decidedLine', { title: shortTitle(news.title), status, note }),
    url: myRequirementsUrl(publicUrl),
  };
}

/** Merges into one requirement share a batch: a sweep of duplicates into it reaches each reporter once. */
export function mergeDigest(
  merge: { sourceTitle: string; targetId: string; targetTitle: string },
  publicUrl: string,
): DigestEntry {
  return {
    batchKey: `requirement.merges-into:${merge.targetId}`,
    headingKey: 'ui.requirements.messages.digest.mergedTitle',
    line: t('ui.requirements.messages.digest.mergedLine', {
      source: shortTitle(merge.sourceTitle),
      target: shortTitle(merge.targetTitle),
    }),
    url: myRequirementsUrl(publicUrl),
  };
}
