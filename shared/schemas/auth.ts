/** Sign-in and "who am I" shapes. Platform logins (DingTalk/Feishu/WeCom) answer the same session shape. */
import { z } from 'zod';
import { roles } from '../domain/roles';
import { idSchema } from './common';

export const userSummary = z.object({ id: idSchema, name: z.string(), role: z.enum(roles) });
export type UserSummary = z.infer<typeof userSummary>;

export const demoDirectory = z.object({
  tenants: z.array(z.object({ id: idSchema, name: z.string(), users: z.array(userSummary) })),
});
export type DemoDirectory = z.infer<typeof demoDirectory>;

export const demoLoginBody = z.object({ tenantId: idSchema, userId: idSchema });
export type DemoLoginBody = z.infer<typeof demoLoginBody>;

/** What the person may start, from the server's policies, so the phone never restates a rule to hide a button. */
export const meAbilities = z.object({
  createCustomer: z.boolean(),
  importCustomers: z.boolean(),
  startProject: z.boolean(),
  editTemplates: z.boolean(),
  installStandardTemplates: z.boolean(),
  /** Which /insight dashboards this person may open. */
  insightVisits: z.boolean(),
  insightRequirements: z.boolean(),
  insightLoop: z.boolean(),
  insightImplementation: z.boolean(),
});
export type MeAbilities = z.infer<typeof meAbilities>;

export const me = z.object({
  id: idSchema,
  name: z.string(),
  role: z.enum(roles),
  avatarUrl: z.string().nullable(),
  department: z.string().nullable(),
  tenant: z.object({ id: idSchema, name: z.string() }),
  can: meAbilities,
});
export type Me = z.infer<typeof me>;

export const session = z.object({ token: z.string(), user: me });
export type Session = z.infer<typeof session>;

export const linkLoginBody = z.object({ token: z.string().min(20).max(200) });
