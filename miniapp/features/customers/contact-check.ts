/** The contact form's check against the server's own schema: zod loads with it, not with the customer page. */
import { parseLocalized } from '@shared/i18n/validation';
import { contactCreate } from '@shared/schemas/customers';
import type { TFunction } from 'i18next';

export const checkContactCreate = (body: unknown, t: TFunction) => parseLocalized(contactCreate, body, t);
