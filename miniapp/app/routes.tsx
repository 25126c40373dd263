/** Every screen and its address; each page is its own lazily loaded chunk so the first screen stays small. */
import { type ComponentType, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoadingSkeleton } from '../components/PageState';
import { RequireSession } from './RequireSession';
import { TabShell } from './TabShell';

const load = {
  login: () => import('../features/auth/pages/LoginPage'),
  me: () => import('../features/auth/pages/MePage'),
  customerList: () => import('../features/customers/pages/CustomerListPage'),
  customerDetail: () => import('../features/customers/pages/CustomerDetailPage'),
  customerForm: () => import('../features/customers/pages/CustomerFormPage'),
  visits: () => import('../features/visits/pages/VisitsPage'),
  requirements: () => import('../features/requirements/pages/RequirementsPage'),
  implementation: () => import('../features/implementation/pages/ImplementationPage'),
};

function lazyPage<Module>(loader: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return lazy(async () => ({ default: pick(await loader()) }));
}

const LoginPage = lazyPage(load.login, (m) => m.LoginPage);
const MePage = lazyPage(load.me, (m) => m.MePage);
const CustomerListPage = lazyPage(load.customerList, (m) => m.CustomerListPage);
const CustomerDetailPage = lazyPage(load.customerDetail, (m) => m.CustomerDetailPage);
const CustomerCreatePage = lazyPage(load.customerForm, (m) => m.CustomerCreatePage);
const CustomerEditPage = lazyPage(load.customerForm, (m) => m.CustomerEditPage);
const VisitsPage = lazyPage(load.visits, (m) => m.VisitsPage);
const RequirementsPage = lazyPage(load.requirements, (m) => m.RequirementsPage);
const ImplementationPage = lazyPage(load.implementation, (m) => m.ImplementationPage);

const firstScreens: [RegExp, () => Promise<unknown>][] = [
  [/^\/login$/, load.login],
  [/^\/(customers)?$/, load.customerList],
  [/^\/customers\/(new|[^/]+\/edit)$/, load.customerForm],
  [/^\/customers\/[^/]+$/, load.customerDetail],
  [/^\/me$/, load.me],
];

/** Starts downloading the opening screen's code at once, in parallel with "who am I", not after it. */
export function preloadFirstScreen(options: { pathname: string; isSignedIn: boolean }): void {
  const pathname = options.isSignedIn ? options.pathname : '/login';
  const match = firstScreens.find(([pattern]) => pattern.test(pathname));
  if (match) void match[1]();
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<LoadingSkeleton />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route element={<RequireSession />}>
        <Route element={<TabShell />}>
          <Route path="/customers" element={<CustomerListPage />} />
          <Route path="/visits" element={<VisitsPage />} />
          <Route path="/requirements" element={<RequirementsPage />} />
          <Route path="/implementation" element={<ImplementationPage />} />
          <Route path="/me" element={<MePage />} />
        </Route>
        <Route path="/customers/new" element={<CustomerCreatePage />} />
        <Route path="/customers/:id" element={<CustomerDetailPage />} />
        <Route path="/customers/:id/edit" element={<CustomerEditPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/customers" replace />} />
    </Routes>
  );
}
