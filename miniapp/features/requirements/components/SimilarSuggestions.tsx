/** While the rep types, existing requirements that look like the same need, each one tap away from "also wants it". */
import Button from 'antd-mobile/es/components/button';
import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import { useSimilarRequirements } from '../api';
import { statusTone } from '../options';
import styles from './requirements.module.css';

interface SimilarSuggestionsProps {
  query: string;
  onPick: (picked: { id: string; title: string }) => void;
}

export function SimilarSuggestions({ query, onPick }: SimilarSuggestionsProps) {
  const { t } = useTranslation();
  const similar = useSimilarRequirements(query);
  const items = similar.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className={styles.similar} aria-labelledby="similar-title" aria-live="polite">
      <h2 id="similar-title" className={styles.similarTitle}>
        {t('ui.requirements.form.similarTitle')}
      </h2>
      <p className={styles.meta}>{t('ui.requirements.form.similarHint')}</p>
      <ul className={styles.similarList}>
        {items.map((item) => (
          <li key={item.id} className={styles.similarRow}>
            <span>
              <span>{item.title}</span>{' '}
              <Tag color={statusTone[item.status]} fill="outline">
                {t(`ui.requirements.status.${item.status}`)}
              </Tag>
            </span>
            <Button
              size="mini"
              color="primary"
              fill="outline"
              aria-label={`${t('ui.requirements.form.pickSimilar')}：${item.title}`}
              onClick={() => onPick({ id: item.id, title: item.title })}
            >
              {t('ui.requirements.form.pickSimilar')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
