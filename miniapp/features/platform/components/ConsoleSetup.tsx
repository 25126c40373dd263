/** What an admin sets on the platform's own console for this connection, step by step, in their words. */

import type { Platform } from '@shared/domain/platforms';
import type { Connection } from '@shared/schemas/platform';
import Collapse from 'antd-mobile/es/components/collapse';
import { useTranslation } from 'react-i18next';
import styles from './connections.module.css';

const steps: Record<Platform, string[]> = {
  dingtalk: ['home', 'security', 'events', 'permissions', 'release'],
  feishu: ['home', 'security', 'bot', 'events', 'callbacks', 'release'],
  wecom: ['home', 'domain', 'ip', 'callback', 'visible'],
};

/**
 * The IP to allow-list: the one the platform said it saw in the last test (the truth, even when EGRESS_IP says
 * otherwise), else the configured one.
 */
export function egressIpOf(connection: Connection): string | null {
  return connection.lastTest?.problem?.seenIp ?? connection.setup.egressIp ?? null;
}

/** DingTalk's event step depends on how the connection takes its events. */
function stepsOf(connection: Connection): string[] {
  const modeStep = connection.events === 'stream' ? 'eventsStream' : 'events';
  return steps[connection.platform].map((step) =>
    step === 'events' && connection.platform === 'dingtalk' ? modeStep : step,
  );
}

export function ConsoleSetup({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const vars = {
    domain: connection.setup.trustedDomain,
    ip: egressIpOf(connection) ?? t('ui.connections.setup.ipUnknown'),
  };
  return (
    <Collapse className={styles.setup}>
      <Collapse.Panel
        key="setup"
        title={t('ui.connections.setup.title', { platform: t(`ui.platforms.${connection.platform}`) })}
      >
        <ol className={styles.setupSteps}>
          {stepsOf(connection).map((step) => (
            <li key={step}>{t(`ui.connections.setup.steps.${connection.platform}.${step}`, vars)}</li>
          ))}
        </ol>
      </Collapse.Panel>
    </Collapse>
  );
}
