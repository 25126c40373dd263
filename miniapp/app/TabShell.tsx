/** The five-tab frame around the main screens: content above, a bottom tab bar of real links below. */
import CheckShieldOutline from 'antd-mobile-icons/es/CheckShieldOutline';
import EnvironmentOutline from 'antd-mobile-icons/es/EnvironmentOutline';
import MessageOutline from 'antd-mobile-icons/es/MessageOutline';
import TeamOutline from 'antd-mobile-icons/es/TeamOutline';
import UserOutline from 'antd-mobile-icons/es/UserOutline';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LoadingSkeleton } from '../components/PageState';
import styles from './tab-shell.module.css';

const tabs: { path: string; labelKey: string; icon: ReactNode }[] = [
  { path: '/customers', labelKey: 'ui.tabs.customers', icon: <TeamOutline /> },
  { path: '/visits', labelKey: 'ui.tabs.visits', icon: <EnvironmentOutline /> },
  { path: '/requirements', labelKey: 'ui.tabs.requirements', icon: <MessageOutline /> },
  { path: '/implementation', labelKey: 'ui.tabs.implementation', icon: <CheckShieldOutline /> },
  { path: '/me', labelKey: 'ui.tabs.me', icon: <UserOutline /> },
];

export function TabShell() {
  const { t } = useTranslation();
  return (
    <div className={styles.shell}>
      <div className={styles.content}>
        <Suspense fallback={<LoadingSkeleton />}>
          <Outlet />
        </Suspense>
      </div>
      <nav className={styles.tabBar} aria-label={t('ui.tabs.label')}>
        {tabs.map((tab) => (
          <NavLink key={tab.path} to={tab.path} className={styles.tab}>
            <span className={styles.tabIcon} aria-hidden="true">
              {tab.icon}
            </span>
            <span>{t(tab.labelKey)}</span>
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
