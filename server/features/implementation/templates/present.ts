/** Template version rows → the template JSON, with what the actor may do with it. */
import type { Actor } from '@server/core/auth/actor';
import type { Segment } from '@shared/domain/customers';
import type { TemplateVersionStatus } from '@shared/domain/implementation/vocab';
import type { Template } from '@shared/schemas/implementation';
import { canEditTemplates } from './policy';
import { phasesOf, type TemplateVersionRow } from './repo';

export function presentTemplate(row: TemplateVersionRow, actor: Actor): Template {
  const editable = canEditTemplates(actor);
  return {
    id: row.template_id,
    name: row.name,
    segment: row.segment as Segment,
    description: row.description,
    version: row.version,
    status: row.status as TemplateVersionStatus,
    publishedAt: row.published_at,
    phases: phasesOf(row),
    can: { edit: editable, publish: editable && row.status === 'draft' },
  };
}
