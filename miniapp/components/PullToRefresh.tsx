/** Pull down on a list to load it again, with the words in the person's language (antd-mobile's own are English). */
import { PullToRefresh as MobilePullToRefresh } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PullToRefreshProps {
  onRefresh: () => Promise<unknown>;
  children: ReactNode;
}

export function PullToRefresh({ onRefresh, children }: PullToRefreshProps) {
  const { t } = useTranslation();
  return (
    <MobilePullToRefresh
      onRefresh={async () => {
        await onRefresh();
      }}
      pullingText={t('ui.common.pullToRefresh.pulling')}
      canReleaseText={t('ui.common.pullToRefresh.release')}
      refreshingText={t('ui.common.pullToRefresh.refreshing')}
      completeText={t('ui.common.pullToRefresh.complete')}
    >
      {children}
    </MobilePullToRefresh>
  );
}
