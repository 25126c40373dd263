/** Impact, confidence and effort as a PM reads them: the number with its word on the scale (影响 3（极高）). */
import { formatScore } from '@miniapp/lib/format';
import { confidenceLevel, effortLevel, impactLevel } from '@shared/domain/requirements';
import type { TFunction } from 'i18next';

export const scaleWord = {
  impact: (t: TFunction, value: number) => t(`ui.requirements.scale.impact.${impactLevel(value)}`),
  confidence: (t: TFunction, value: number) =>
    t(`ui.requirements.scale.confidence.${confidenceLevel(value)}`),
  effort: (t: TFunction, value: number) => t(`ui.requirements.scale.effort.${effortLevel(value)}`),
};

export function withWord(t: TFunction, field: keyof typeof scaleWord, value: number): string {
  return t('ui.requirements.scale.withWord', { value: formatScore(value), word: scaleWord[field](t, value) });
}
