/** Every screen and its address; each page is its own lazily loaded chunk so the first screen stays small. */

import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoadingSkeleton } from '../components/PageState';
import { load, platformParams } from './first-screen';
import { HomeRedirect } from './HomeRedirect';
import { RequireSession } from './RequireSession';
import { TabShell } from './TabShell';

function lazyPage<Module>(loader: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return lazy(async () => ({ default: pick(await loader()) }));
}

const LoginPage = lazyPage(load.login, (m) => m.LoginPage);
const PlatformSignInPage = lazyPage(load.platformSignIn, (m) => m.PlatformSignInPage);
const LinkSignInPage = lazyPage(load.linkSignIn, (m) => m.LinkSignInPage);
const MePage = lazyPage(load.me, (m) => m.MePage);
const ConnectionsPage = lazyPage(load.connections, (m) => m.ConnectionsPage);
const ConnectionFormPage = lazyPage(load.connectionForm, (m) => m.ConnectionFormPage);
const RoleMappingsPage = lazyPage(load.roleMappings, (m) => m.RoleMappingsPage);
const MembersPage = lazyPage(load.members, (m) => m.MembersPage);
const ApiTokensPage = lazyPage(load.apiTokens, (m) => m.ApiTokensPage);
const WebhooksPage = lazyPage(load.webhooks, (m) => m.WebhooksPage);
const WebhookDeliveriesPage = lazyPage(load.webhookDeliveries, (m) => m.WebhookDeliveriesPage);
const CustomerListPage = lazyPage(load.customerList, (m) => m.CustomerListPage);
const CustomerDetailPage = lazyPage(load.customerDetail, (m) => m.CustomerDetailPage);
const CustomerCreatePage = lazyPage(load.customerForm, (m) => m.CustomerCreatePage);
const CustomerEditPage = lazyPage(load.customerForm, (m) => m.CustomerEditPage);
const CustomerImportPage = lazyPage(load.customerImport, (m) => m.CustomerImportPage);
const VisitsPage = lazyPage(load.visits, (m) => m.VisitsPage);
const VisitNewPage = lazyPage(load.visitNew, (m) => m.VisitNewPage);
const VisitDetailPage = lazyPage(load.visitDetail, (m) => m.VisitDetailPage);
const VisitEditPage = lazyPage(load.visitEdit, (m) => m.VisitEditPage);
const RequirementsPage = lazyPage(load.requirements, (m) => m.RequirementsPage);
const RequirementCapturePage = lazyPage(load.requirementCapture, (m) => m.RequirementCapturePage);
const RequirementToldPage = lazyPage(load.requirementTold, (m) => m.RequirementToldPage);
/** The PM workbench and its antd, in chunks no phone route ever asks for. */
const DeskRequirementRoutes = lazyPage(load.deskRequirements, (m) => m.DeskRequirementRoutes);
const ImplementationPage = lazyPage(load.implementation, (m) => m.ImplementationPage);
const ProjectPage = lazyPage(load.project, (m) => m.ProjectPage);
const ProjectCreatePage = lazyPage(load.projectCreate, (m) => m.ProjectCreatePage);
const TemplatesPage = lazyPage(load.templates, (m) => m.TemplatesPage);
const TemplateEditorPage = lazyPage(load.templateEditor, (m) => m.TemplateEditorPage);
const StatusPage = lazyPage(load.statusPage, (m) => m.StatusPage);
/** The dashboards, with antd and ECharts, in chunks no other route asks for. */
const InsightPage = lazyPage(load.insight, (m) => m.InsightPage);
const CustomerLoopPage = lazyPage(load.customerLoop, (m) => m.CustomerLoopPage);

/**
 * `/` as a platform opens it (`/?corpid=…` when an admin pasted the bare address): on to /sign-in with the query,
 * which the session gate would otherwise drop on its way to /login.
 */
function PlatformEntryRedirect() {
  const { search } = useLocation();
  return <Navigate to={platformParams.test(search) ? `/sign-in${search}` : '/home'} replace />;
}

function Public({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingSkeleton />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<PlatformEntryRedirect />} />
      <Route
        path="/login"
        element={
          <Public>
            <LoginPage />
          </Public>
        }
      />
      <Route
        path="/sign-in"
        element={
          <Public>
            <PlatformSignInPage />
          </Public>
        }
      />
      <Route
        path="/sign-in/link"
        element={
          <Public>
            <LinkSignInPage />
          </Public>
        }
      />
      <Route
        path="/status/:token"
        element={
          <Public>
            <StatusPage />
          </Public>
        }
      />
      <Route element={<RequireSession />}>
        <Route path="/home" element={<HomeRedirect />} />
        <Route element={<TabShell />}>
          <Route path="/customers" element={<CustomerListPage />} />
          <Route path="/visits" element={<VisitsPage />} />
          <Route path="/requirements" element={<RequirementsPage />} />
          <Route path="/implementation" element={<ImplementationPage />} />
          <Route path="/me" element={<MePage />} />
        </Route>
        <Route path="/customers/new" element={<CustomerCreatePage />} />
        <Route path="/customers/import" element={<CustomerImportPage />} />
        <Route path="/customers/:id" element={<CustomerDetailPage />} />
        <Route path="/customers/:id/edit" element={<CustomerEditPage />} />
        <Route path="/customers/:id/loop" element={<CustomerLoopPage />} />
        <Route path="/visits/new" element={<VisitNewPage />} />
        <Route path="/visits/:id" element={<VisitDetailPage />} />
        <Route path="/visits/:id/edit" element={<VisitEditPage />} />
        <Route path="/implementation/projects/new" element={<ProjectCreatePage />} />
        <Route path="/implementation/projects/:id" element={<ProjectPage />} />
        <Route path="/implementation/templates" element={<TemplatesPage />} />
        <Route path="/implementation/templates/:id/edit" element={<TemplateEditorPage />} />
        <Route path="/requirements/new" element={<RequirementCapturePage />} />
        <Route path="/requirements/mine" element={<Navigate to="/requirements" replace />} />
        <Route path="/requirements/:id" element={<RequirementToldPage />} />
        <Route path="/requirements/:id/told" element={<RequirementToldPage />} />
        <Route path="/desk/requirements/*" element={<DeskRequirementRoutes />} />
        <Route path="/insight" element={<InsightPage />} />
        <Route path="/me/connections" element={<ConnectionsPage />} />
        <Route path="/me/connections/new" element={<ConnectionFormPage />} />
        <Route path="/me/connections/:id/roles" element={<RoleMappingsPage />} />
        <Route path="/me/members" element={<MembersPage />} />
        <Route path="/me/api-tokens" element={<ApiTokensPage />} />
        <Route path="/me/webhooks" element={<WebhooksPage />} />
        <Route path="/me/webhooks/:id" element={<WebhookDeliveriesPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/home" replace />} />
    </Routes>
  );
}
