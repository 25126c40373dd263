/** Every screen and its address; each page is its own lazily loaded chunk so the first screen stays small. */
import { type ComponentType, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoadingSkeleton } from '../components/PageState';
import { RequireSession } from './RequireSession';
import { TabShell } from './TabShell';

function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const LoginPage = lazyPage(
  () => import('../features/auth/pages/LoginPage'),
  (m) => m.LoginPage,
);
const CustomerListPage = lazyPage(
  () => import('../features/customers/pages/CustomerListPage'),
  (m) => m.CustomerListPage,
);
const CustomerDetailPage = lazyPage(
  () => import('../features/customers/pages/CustomerDetailPage'),
  (m) => m.CustomerDetailPage,
);
const CustomerCreatePage = lazyPage(
  () => import('../features/customers/pages/CustomerFormPage'),
  (m) => m.CustomerCreatePage,
);
const CustomerEditPage = lazyPage(
  () => import('../features/customers/pages/CustomerFormPage'),
  (m) => m.CustomerEditPage,
);
const VisitsPage = lazyPage(
  () => import('../features/visits/pages/VisitsPage'),
  (m) => m.VisitsPage,
);
const RequirementsPage = lazyPage(
  () => import('../features/requirements/pages/RequirementsPage'),
  (m) => m.RequirementsPage,
);
const ImplementationPage = lazyPage(
  () => import('../features/implementation/pages/ImplementationPage'),
  (m) => m.ImplementationPage,
);
const MePage = lazyPage(
  () => import('../features/auth/pages/MePage'),
  (m) => m.MePage,
);

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
