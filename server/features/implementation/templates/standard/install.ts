/** The standard templates every tenant can start from, installed (published, version 1) once per tenant. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import { templateDraftInput } from '@shared/schemas/implementation';
import { canInstallStandardTemplates } from '../policy';
import { findTemplateByStandardKey } from '../repo';
import { createTemplate } from '../service';
import { standardTemplate } from './mid-large';
import { smbTemplate } from './smb';

/** Two instead of three near-copies: one standard plan with segment/flag conditions, and the SMB self-serve one. */
export const standardTemplates = [
  { key: 'standard-mid-large', template: standardTemplate },
  { key: 'smb-zero-delivery', template: smbTemplate },
] as const;

/** Installs the standard templates the tenant does not have yet; answers the names installed now. */
export async function installStandardTemplates(tdb: TenantDb, actor: Actor | null): Promise<string[]> {
  if (actor) authorize(canInstallStandardTemplates(actor));
  const installed: string[] = [];
  for (const { key, template } of standardTemplates) {
    if (await findTemplateByStandardKey(tdb, key)) continue;
    const input = templateDraftInput.parse(template);
    const id = await createTemplate(tdb, null, input, { standardKey: key, publish: true });
    if (actor)
      await recordAudit(tdb, actor, { action: 'template.install', objectType: 'template', objectId: id });
    installed.push(input.name);
  }
  return installed;
}
