/**
 * The owner shares a read-only status link with the customer: made on demand, then sent as a card through the
 * host's share sheet (DingTalk, Feishu, WeCom) or, on a desktop or in a browser, shown as a QR code to scan, and
 * copied or opened.
 */
import { SheetFrame } from '@miniapp/components/BottomSheet';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { copyText } from '@miniapp/lib/copy-text';
import { shareHost, shareThroughHost } from '@miniapp/lib/platform/share';
import type { Host } from '@shared/domain/platforms';
import Button from 'antd-mobile/es/components/button';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShareLink } from '../api';
import { formatDay } from '../dates';
import type { ShareLink } from '../types';
import styles from './evidence.module.css';
import { LinkQrCode } from './LinkQrCode';

interface ShareStatusProps {
  projectId: string;
  customerName: string;
  isOpen: boolean;
  onClose: () => void;
}

function useShareHost(): Host | null {
  const [host, setHost] = useState<Host | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void shareHost().then((found) => {
      if (isCurrent) setHost(found);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return host;
}

export function ShareStatus({ projectId, customerName, isOpen, onClose }: ShareStatusProps) {
  const { t } = useTranslation();
  const share = useShareLink(projectId);
  const link = share.data;

  return (
    <SheetFrame isOpen={isOpen} onClose={onClose}>
      <div className={styles.form} role="dialog" aria-labelledby="share-title">
        <h2 id="share-title" className={styles.title}>
          {t('ui.implementation.share.title')}
        </h2>
        <p className={styles.hint}>{t('ui.implementation.share.explain')}</p>
        {link ? (
          <SharedLink link={link} customerName={customerName} />
        ) : (
          <>
            {share.isError ? (
              <p className={styles.error} role="alert">
                {isApiError(share.error) ? share.error.message : t('errors.INTERNAL')}
              </p>
            ) : null}
            <Button
              block
              color="primary"
              shape="rounded"
              loading={share.isPending}
              onClick={() => share.mutate()}
            >
              {t('ui.implementation.share.create')}
            </Button>
          </>
        )}
      </div>
    </SheetFrame>
  );
}

function SharedLink({ link, customerName }: { link: ShareLink; customerName: string }) {
  const { t } = useTranslation();
  const host = useShareHost();
  const expires = formatDay(link.expiresAt.slice(0, 10));

  async function copy(): Promise<void> {
    if (await copyText(link.url)) showSuccess(t('ui.implementation.share.copied'));
    else showFailure(t('ui.implementation.share.copyFailed'));
  }

  async function send(platform: string): Promise<void> {
    try {
      await shareThroughHost({
        title: t('ui.implementation.messages.share.title', { customer: customerName }),
        text: t('ui.implementation.messages.share.body', { date: expires }),
        url: link.url,
      });
      showSuccess(t('ui.implementation.share.sent', { platform }));
    } catch {
      showFailure(t('ui.implementation.share.sendFailed', { platform }));
    }
  }

  const platform = host && host !== 'browser' ? t(`ui.platforms.${host}`) : null;
  return (
    <>
      {platform ? (
        <Button block color="primary" shape="rounded" onClick={() => void send(platform)}>
          {t('ui.implementation.share.send', { platform })}
        </Button>
      ) : (
        <>
          <p className={styles.hint}>{t('ui.implementation.share.desktopHint')}</p>
          {host === 'browser' ? (
            <div className={styles.qr}>
              <LinkQrCode
                url={link.url}
                label={t('ui.implementation.share.qrLabel', { customer: customerName })}
              />
            </div>
          ) : null}
        </>
      )}
      <p className={styles.link}>{link.url}</p>
      <p className={styles.hint}>{t('ui.implementation.share.expires', { date: expires })}</p>
      <div className={styles.actions}>
        <Button shape="rounded" onClick={() => void copy()}>
          {t('ui.implementation.share.copy')}
        </Button>
        <a className={styles.openLink} href={link.url} target="_blank" rel="noreferrer">
          {t('ui.implementation.share.open')}
        </a>
      </div>
    </>
  );
}
