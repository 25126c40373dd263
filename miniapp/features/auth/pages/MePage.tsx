/** 我的: who I am in which company, the language I read, members, platform connections and API tokens (admins), signing out. */

import { Avatar } from '@miniapp/components/Avatar';
import { PageHeader } from '@miniapp/components/PageHeader';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { changeLocale, currentLocale } from '@miniapp/lib/i18n';
import type { Locale } from '@shared/domain/locale';
import { locales } from '@shared/domain/locale';
import type { Me } from '@shared/schemas/auth';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import Tag from 'antd-mobile/es/components/tag';
import {
  HistogramOutline,
  KeyOutline,
  LinkOutline,
  RightOutline,
  SendOutline,
  TeamOutline,
} from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../api';
import styles from './me.module.css';

export function MePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <main>
      <PageHeader title={t('ui.tabs.me')} />
      <section className={styles.profile} aria-label={t('ui.me.profile')}>
        <Avatar name={me.name} url={me.avatarUrl} size={56} />
        <div className={styles.identity}>
          <p className={styles.name}>{me.name}</p>
          <Tag color="primary" fill="outline" round>
            {t(`enums.role.${me.role}`)}
          </Tag>
        </div>
      </section>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>{t('ui.me.tenant')}</dt>
          <dd>{me.tenant.name}</dd>
        </div>
        <div className={styles.fact}>
          <dt>{t('ui.me.department')}</dt>
          <dd>{me.department ?? t('ui.me.noDepartment')}</dd>
        </div>
      </dl>
      {hasAnyDashboard(me.can) ? <InsightLink /> : null}
      {me.role === 'admin' ? <AdminLinks /> : null}
      <LanguageChoice />
      <SignOutButton />
    </main>
  );
}

function hasAnyDashboard(can: Me['can']): boolean {
  return Boolean(
    can.insightVisits || can.insightRequirements || can.insightLoop || can.insightImplementation,
  );
}

/** Managers, PMs and implementation leads read their figures from here. */
function InsightLink() {
  const { t } = useTranslation();
  return (
    <nav className={styles.links} aria-label={t('ui.insight.title')}>
      <Link to="/insight" className={styles.link}>
        <HistogramOutline className={styles.linkIcon} aria-hidden="true" />
        <span className={styles.linkText}>
          <span>{t('ui.insight.entry')}</span>
          <span className={styles.linkHint}>{t('ui.insight.entryHint')}</span>
        </span>
        <RightOutline aria-hidden="true" />
      </Link>
    </nav>
  );
}

/** What only an admin configures; the server refuses the same screens to anyone else. */
function AdminLinks() {
  const { t } = useTranslation();
  return (
    <nav className={styles.links} aria-label={t('ui.me.admin')}>
      <Link to="/me/members" className={styles.link}>
        <TeamOutline className={styles.linkIcon} aria-hidden="true" />
        <span className={styles.linkText}>
          <span>{t('ui.members.title')}</span>
          <span className={styles.linkHint}>{t('ui.members.entryHint')}</span>
        </span>
        <RightOutline aria-hidden="true" />
      </Link>
      <Link to="/me/connections" className={styles.link}>
        <LinkOutline className={styles.linkIcon} aria-hidden="true" />
        <span className={styles.linkText}>
          <span>{t('ui.connections.title')}</span>
          <span className={styles.linkHint}>{t('ui.connections.entryHint')}</span>
        </span>
        <RightOutline aria-hidden="true" />
      </Link>
      <Link to="/me/api-tokens" className={styles.link}>
        <KeyOutline className={styles.linkIcon} aria-hidden="true" />
        <span className={styles.linkText}>
          <span>{t('ui.apiTokens.title')}</span>
          <span className={styles.linkHint}>{t('ui.apiTokens.entryHint')}</span>
        </span>
        <RightOutline aria-hidden="true" />
      </Link>
      <Link to="/me/webhooks" className={styles.link}>
        <SendOutline className={styles.linkIcon} aria-hidden="true" />
        <span className={styles.linkText}>
          <span>{t('ui.webhooks.title')}</span>
          <span className={styles.linkHint}>{t('ui.webhooks.entryHint')}</span>
        </span>
        <RightOutline aria-hidden="true" />
      </Link>
    </nav>
  );
}

function LanguageChoice() {
  const { t } = useTranslation();
  const selected = currentLocale();
  return (
    <fieldset className={styles.languages}>
      <legend className={styles.legend}>{t('ui.me.language')}</legend>
      {locales.map((locale: Locale) => (
        <label key={locale} className={styles.language} lang={locale}>
          <span>{t(`ui.languages.${locale}`)}</span>
          <input
            type="radio"
            name="language"
            value={locale}
            checked={locale === selected}
            onChange={() => void changeLocale(locale)}
          />
        </label>
      ))}
    </fieldset>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();

  async function confirmSignOut(): Promise<void> {
    const isConfirmed = await Dialog.confirm({
      content: t('ui.me.signOutConfirm'),
      confirmText: t('ui.me.signOut'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  }

  return (
    <div className={styles.signOut}>
      <Button
        block
        shape="rounded"
        color="danger"
        fill="outline"
        loading={logout.isPending}
        onClick={confirmSignOut}
      >
        {t('ui.me.signOut')}
      </Button>
    </div>
  );
}
