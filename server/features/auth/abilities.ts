/** The `can` of /me: what a person may start, answered by the features' own policies. */
import type { Actor } from '@server/core/auth/actor';
import {
  canSeeImplementationInsight,
  canSeeLoopInsight,
  canSeeRequirementInsight,
  canSeeVisitInsight,
} from '@shared/domain/insight';
import type { MeAbilities } from '@shared/schemas/auth';
import { canCreateCustomer, canImportCustomers } from '../customers/service';
import { canCreateProject, canEditTemplates, canInstallStandardTemplates } from '../implementation/service';

export function abilitiesOf(actor: Actor): MeAbilities {
  return {
    createCustomer: canCreateCustomer(actor),
    importCustomers: canImportCustomers(actor),
    startProject: canCreateProject(actor),
    editTemplates: canEditTemplates(actor),
    installStandardTemplates: canInstallStandardTemplates(actor),
    insightVisits: canSeeVisitInsight(actor.role),
    insightRequirements: canSeeRequirementInsight(actor.role),
    insightLoop: canSeeLoopInsight(actor.role),
    insightImplementation: canSeeImplementationInsight(actor.role),
  };
}
