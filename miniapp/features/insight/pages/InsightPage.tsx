/**
 * /insight: the dashboards this person may read (sales visits, demand, the loop, implementation), one tab each, under
 * filters kept in the address so a dashboard can be shared and "back" returns to it. antd and ECharts load only here.
 */
import { StateMessage } from '@miniapp/components/StateMessage';
import { deskTheme } from '@miniapp/features/requirements/desk/desk-theme';
import { useCurrentUser } from '@miniapp/lib/current-user';
import type { Me } from '@shared/schemas/auth';
import { ConfigProvider, Tabs } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { FileOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DashboardFilterBar } from '../components/DashboardFilterBar';
import { ImplementationDashboard } from '../components/ImplementationDashboard';
import styles from '../components/insight.module.css';
import { LoopDashboard } from '../components/LoopDashboard';
import { RequirementDashboard } from '../components/RequirementDashboard';
import { VisitDashboard } from '../components/VisitDashboard';
import {
  type Dashboard,
  type DashboardFilters,
  insightParamsOf,
  isDashboard,
  readDashboardFilters,
  writeDashboardFilters,
} from '../filters';

/** The dashboards a person may open, in the order the tabs show them. */
export function visibleDashboards(can: Me['can']): Dashboard[] {
  const shown: [Dashboard, boolean | undefined][] = [
    ['visits', can.insightVisits],
    ['requirements', can.insightRequirements],
    ['loop', can.insightLoop],
    ['implementation', can.insightImplementation],
  ];
  return shown.filter(([, isAllowed]) => isAllowed === true).map(([dashboard]) => dashboard);
}

export function InsightPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const filters = readDashboardFilters(search);
  const allowed = visibleDashboards(me.can);
  const asked = search.get('tab');
  const tab = isDashboard(asked) && allowed.includes(asked) ? asked : allowed[0];
  const params = insightParamsOf(filters, new Date());

  function update(change: Partial<DashboardFilters>, nextTab = tab): void {
    setSearch(writeDashboardFilters({ ...filters, ...change }, { tab: nextTab }));
  }

  const panes: Record<Dashboard, ReactNode> = {
    visits: <VisitDashboard filters={filters} params={params} />,
    requirements: <RequirementDashboard filters={filters} params={params} />,
    loop: <LoopDashboard filters={filters} params={params} />,
    implementation: <ImplementationDashboard params={params} />,
  };

  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={deskTheme}
      button={{ autoInsertSpace: false }}
    >
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t('ui.insight.title')}</h1>
          <Link to="/me">{t('ui.tabs.me')}</Link>
        </header>
        {tab ? (
          <>
            <DashboardFilterBar filters={filters} onChange={(change) => update(change)} />
            <Tabs
              activeKey={tab}
              onChange={(key) => update({}, isDashboard(key) ? key : tab)}
              items={allowed.map((dashboard) => ({
                key: dashboard,
                label: t(`ui.insight.tabs.${dashboard}`),
                children: panes[dashboard],
              }))}
            />
          </>
        ) : (
          <StateMessage icon={<FileOutline />} title={t('ui.insight.nothingToSee')} />
        )}
      </main>
    </ConfigProvider>
  );
}
