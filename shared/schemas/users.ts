/** The people directory: colleagues of the tenant, found by name for pickers (visit participants and the like). */
import { z } from 'zod';
import { roles } from '../domain/roles';
import { idSchema } from './common';

export const peopleQuery = z.object({
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const directoryPerson = z.object({
  id: idSchema,
  name: z.string(),
  role: z.enum(roles),
  department: z.string().nullable(),
});
export type DirectoryPerson = z.infer<typeof directoryPerson>;

export const peopleList = z.object({ items: z.array(directoryPerson) });
export type PeopleList = z.infer<typeof peopleList>;
