/** The visit form's check against the server's own schema: zod loads with it, after the form has painted. */
import { parseLocalized } from '@shared/i18n/validation';
import { visitCreate } from '@shared/schemas/visits';
import type { TFunction } from 'i18next';

export const checkVisitCreate = (body: unknown, t: TFunction) => parseLocalized(visitCreate, body, t);
