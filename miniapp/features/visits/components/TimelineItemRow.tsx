/** A timeline entry another feature added: a requirement with its status, or a project with health and progress. */
import { currentLocale } from '@miniapp/lib/i18n';
import type { TimelineEntry } from '@shared/schemas/visits';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayAndTime } from '../dates';
import styles from './timeline.module.css';

type ItemEntry = Extract<TimelineEntry, { type: 'item' }>;

const sources: Record<string, { label: string; status: string; href: (id: string) => string }> = {
  requirement: {
    label: 'ui.links.timeline.requirement',
    status: 'ui.requirements.status',
    href: (id) => `/requirements/${id}`,
  },
  project: {
    label: 'ui.links.timeline.project',
    status: 'ui.implementation.healthLevel',
    href: (id) => `/implementation/projects/${id}`,
  },
};

export function TimelineItemRow({ entry }: { entry: ItemEntry }) {
  const { t } = useTranslation();
  const source = sources[entry.source];
  const status = entry.status
    ? source
      ? t(`${source.status}.${entry.status}`, { defaultValue: entry.status })
      : entry.status
    : null;
  const details = [
    status,
    entry.progress === undefined ? null : t('ui.links.timeline.progress', { progress: entry.progress }),
  ].filter((part): part is string => part !== null);
  const body = (
    <>
      <span className={styles.when}>{dayAndTime(entry.at, { t, locale: currentLocale() })}</span>
      <span className={styles.what}>{source ? `${t(source.label)} · ${entry.title}` : entry.title}</span>
      {details.length > 0 ? <span className={styles.detail}>{details.join(' · ')}</span> : null}
    </>
  );
  return (
    <li className={styles.entry}>
      {source ? (
        <Link to={source.href(entry.id)} className={styles.entryLink}>
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}
