/** The PM workbench frame: antd (only here), its locale, a top bar, and the workbench's three screens. */
import { App, ConfigProvider, Layout, Menu } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { DeskDetailPage } from './DeskDetailPage';
import { DeskListPage } from './DeskListPage';
import { DeskSettingsPage } from './DeskSettingsPage';
import styles from './desk.module.css';
import { deskTheme } from './desk-theme';

export function DeskRequirementRoutes() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const selected = pathname.endsWith('/settings') ? 'settings' : 'list';
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={deskTheme}
      button={{ autoInsertSpace: false }}
    >
      <App>
        <Layout className={styles.layout}>
          <Layout.Header className={styles.header}>
            <span className={styles.brand}>{t('ui.requirements.desk.title')}</span>
            <Menu
              mode="horizontal"
              theme="dark"
              selectedKeys={[selected]}
              className={styles.menu}
              items={[
                {
                  key: 'list',
                  label: <Link to="/desk/requirements">{t('ui.requirements.desk.listLink')}</Link>,
                },
                {
                  key: 'settings',
                  label: (
                    <Link to="/desk/requirements/settings">{t('ui.requirements.desk.settingsLink')}</Link>
                  ),
                },
                {
                  key: 'insight',
                  label: <Link to="/insight?tab=requirements">{t('ui.insight.entry')}</Link>,
                },
                { key: 'phone', label: <Link to="/requirements">{t('ui.requirements.desk.back')}</Link> },
              ]}
            />
          </Layout.Header>
          <Layout.Content className={styles.content}>
            <Routes>
              <Route index element={<DeskListPage />} />
              <Route path="settings" element={<DeskSettingsPage />} />
              <Route path=":id" element={<DeskDetailPage />} />
            </Routes>
          </Layout.Content>
        </Layout>
      </App>
    </ConfigProvider>
  );
}
