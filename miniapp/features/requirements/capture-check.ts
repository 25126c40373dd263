/** The capture form's checks against the server's own schemas: zod loads with them, after the form has painted. */
import { parseLocalized } from '@shared/i18n/validation';
import { mentionCreate, requirementCreate } from '@shared/schemas/requirements';
import type { TFunction } from 'i18next';

export const checkRequirementCreate = (body: unknown, t: TFunction) =>
  parseLocalized(requirementCreate, body, t);

export const checkMentionCreate = (body: unknown, t: TFunction) => parseLocalized(mentionCreate, body, t);
