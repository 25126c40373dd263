/** On a demo server: each emulated platform's people, each a link that opens Fieldloop as if from that workbench. */

import { Avatar } from '@miniapp/components/Avatar';
import { type EmulatedPlatform, emulatedUserParam } from '@miniapp/lib/platform/emulator';
import { RightOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useEmulatedPlatforms } from '../api';
import styles from '../pages/login.module.css';

function pageUrlFor(platform: EmulatedPlatform, userId: string): string {
  const url = new URL(platform.pageUrl, window.location.origin);
  url.searchParams.set('platform', platform.platform);
  url.searchParams.set(emulatedUserParam, userId);
  return url.toString();
}

/** Renders nothing where no emulators run (production): it is an aid for trying the app, not a sign-in method. */
export function EmulatedPlatforms() {
  const { t } = useTranslation();
  const emulated = useEmulatedPlatforms();
  const platforms = emulated.data ?? [];
  if (platforms.length === 0) return null;
  return (
    <section className={`${styles.card} ${styles.secondCard}`} aria-labelledby="emulated-title">
      <h2 id="emulated-title" className={styles.cardTitle}>
        {t('ui.auth.emulatedTitle')}
      </h2>
      <p className={styles.hint}>{t('ui.auth.emulatedHint')}</p>
      {platforms.map((platform) => (
        <div key={platform.platform}>
          <h3 className={styles.stepLabel}>
            {t(`ui.platforms.${platform.platform}`)}
            <span className={styles.orgKey}>{platform.orgKey}</span>
          </h3>
          <ul className={`${styles.users} ${styles.emulatedUsers}`}>
            {platform.users.map((user) => (
              <li key={user.id}>
                {/* Named by what it shows (the name first), so a voice command of the visible name finds it. */}
                <a className={styles.user} href={pageUrlFor(platform, user.id)}>
                  <Avatar name={user.name} size={36} />
                  <span className={styles.userName}>
                    {user.name}
                    <span className={styles.visuallyHidden}>
                      {t('ui.auth.openIn', { platform: t(`ui.platforms.${platform.platform}`) })}
                    </span>
                  </span>
                  <RightOutline aria-hidden="true" />
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
