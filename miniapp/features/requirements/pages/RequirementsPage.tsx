/** 需求: what I reported and what became of it (我的需求), and the tenant's pool to search before capturing. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { PendingSubmissions } from '@miniapp/components/PendingSubmissions';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { deskPath, isDeskRole } from '@miniapp/lib/home';
import Button from 'antd-mobile/es/components/button';
import Tabs from 'antd-mobile/es/components/tabs';
import { AddOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { MyRequirementList } from '../components/MyRequirementList';
import { RequirementPool } from '../components/RequirementPool';
import '../senders';

type Tab = 'mine' | 'pool';

export function RequirementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const me = useCurrentUser();
  const isDeskUser = isDeskRole(me.role);
  // A PM reports little themselves: the pool is what they came for.
  const tab: Tab = (params.get('tab') ?? (isDeskUser ? 'pool' : 'mine')) === 'pool' ? 'pool' : 'mine';
  return (
    <main>
      <PageHeader
        title={t('ui.tabs.requirements')}
        actions={
          <>
            {isDeskUser ? (
              <Button
                size="small"
                fill="outline"
                color="primary"
                shape="rounded"
                aria-label={t('ui.requirements.desk.openLabel')}
                onClick={() => void navigate(deskPath)}
              >
                {t('ui.requirements.desk.open')}
              </Button>
            ) : null}
            <Button
              size="small"
              color="primary"
              shape="rounded"
              onClick={() => void navigate('/requirements/new')}
            >
              <AddOutline aria-hidden="true" /> {t('ui.requirements.captureShort')}
            </Button>
          </>
        }
      />
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })}>
        <Tabs.Tab key="mine" title={t('ui.requirements.tabs.mine')}>
          <PendingSubmissions kind="requirement" />
          <PendingSubmissions kind="mention" />
          <MyRequirementList />
        </Tabs.Tab>
        <Tabs.Tab key="pool" title={t('ui.requirements.tabs.pool')}>
          <RequirementPool />
        </Tabs.Tab>
      </Tabs>
    </main>
  );
}
