/** One customer: everything we know, its contacts, and what this person may do with it (edit, archive). */

import rows from '@miniapp/components/link-list.module.css';
import { HeaderAction, PageHeader } from '@miniapp/components/PageHeader';
import { LoadingSkeleton, PageState } from '@miniapp/components/PageState';
import { CustomerProjects } from '@miniapp/features/implementation/components/CustomerProjects';
import { CustomerRequirementsSection } from '@miniapp/features/requirements/components/CustomerRequirementsSection';
import { useFirstLoadSettled } from '@miniapp/lib/use-first-load-settled';
import { EditSOutline, RightOutline } from 'antd-mobile-icons';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CustomerTimeline } from '../../visits/components/CustomerTimeline';
import { useCustomer } from '../api';
import { ArchiveControls } from '../components/ArchiveControls';
import { ContactsSection } from '../components/ContactsSection';
import { CustomerFacts } from '../components/CustomerFacts';
import detailStyles from './customer-detail.module.css';

export function CustomerDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  const canUpdate = customer.data?.can.update ?? false;
  // Shown together once their answers are in, in an interruptible render that yields to the phone (issue #14).
  const isBriefingShown = useDeferredValue(useFirstLoadSettled());

  return (
    <main className={detailStyles.page}>
      <PageHeader
        title={customer.data?.name ?? t('ui.customers.detail.title')}
        backFallback="/customers"
        actions={
          canUpdate ? (
            <HeaderAction
              label={t('ui.customers.detail.edit')}
              onClick={() => void navigate(`/customers/${id}/edit`)}
            >
              <EditSOutline aria-hidden="true" />
            </HeaderAction>
          ) : null
        }
      />
      <PageState
        isLoading={customer.isPending}
        error={customer.data ? null : customer.error}
        onRetry={() => void customer.refetch()}
        skeletonRows={3}
      >
        {customer.data ? (
          <div hidden={!isBriefingShown}>
            {/* The briefing a rep reads before walking in first (next step, follow-ups, projects, needs); facts after. */}
            <CustomerTimeline customerId={customer.data.id} />
            <ValueLoopLink customerId={customer.data.id} />
            <CustomerProjects customerId={customer.data.id} />
            <CustomerRequirementsSection customerId={customer.data.id} />
            <ContactsSection customerId={customer.data.id} canAdd={customer.data.can.addContact} />
            <CustomerFacts customer={customer.data} />
            <ArchiveControls customer={customer.data} />
          </div>
        ) : null}
        {customer.data && !isBriefingShown ? <LoadingSkeleton rows={3} /> : null}
      </PageState>
    </main>
  );
}

/** The value loop opens on its own screen, so this page's first paint does not wait for it. */
function ValueLoopLink({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  return (
    <nav className={detailStyles.loopLink} aria-label={t('ui.customers.detail.loopLink')}>
      <Link to={`/customers/${customerId}/loop`} className={rows.row}>
        <span className={rows.rowMain}>
          <span className={rows.rowName}>{t('ui.customers.detail.loopLink')}</span>
          <span className={detailStyles.loopHint}>{t('ui.customers.detail.loopHint')}</span>
        </span>
        <RightOutline className={rows.rowArrow} aria-hidden="true" />
      </Link>
    </nav>
  );
}
