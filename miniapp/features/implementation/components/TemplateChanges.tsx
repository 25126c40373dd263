/** In words, before publishing: what the draft changes against the published version, and what each running project would get. */
import { PageState } from '@miniapp/components/PageState';
import type { TemplateDifference } from '@shared/domain/implementation/template-diff';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProjectUpgradeImpact } from '../types';
import styles from './template-editor.module.css';

const kindClass = { added: styles.added, changed: undefined, removed: styles.removed };

function listOf(t: TFunction, group: 'phaseField' | 'taskField', fields: readonly string[]): string {
  return fields
    .map((field) => t(`ui.templateEditor.diff.${group}.${field}`))
    .join(t('ui.templateEditor.listSeparator'));
}

export function VersionDifference({ difference }: { difference: TemplateDifference | null }) {
  const { t } = useTranslation();
  const entries = difference
    ? [
        ...difference.phases.map((change) => ({
          kind: change.kind,
          text: t(`ui.templateEditor.diff.phase${capitalized(change.kind)}`, {
            name: change.name,
            fields: listOf(t, 'phaseField', change.fields),
          }),
        })),
        ...difference.tasks.map((change) => ({
          kind: change.kind,
          text: t(`ui.templateEditor.diff.task${capitalized(change.kind)}`, {
            phase: change.phaseName,
            title: change.title,
            fields: listOf(t, 'taskField', change.fields),
          }),
        })),
      ]
    : [];
  return (
    <section className={styles.card} aria-labelledby="template-difference">
      <h2 id="template-difference" className={styles.cardTitle}>
        {t('ui.templateEditor.diff.title')}
      </h2>
      {difference === null ? <p className={styles.hint}>{t('ui.templateEditor.diff.noPublished')}</p> : null}
      {difference !== null && entries.length === 0 ? (
        <p className={styles.hint}>{t('ui.templateEditor.diff.none')}</p>
      ) : null}
      {entries.length > 0 ? (
        <ul className={styles.changes}>
          {withKeys(entries).map((entry) => (
            <li key={entry.key} className={kindClass[entry.kind]}>
              {entry.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Two new tasks may share a title and phase: the second of the same words gets its own key. */
function withKeys<Entry extends { text: string }>(entries: Entry[]): (Entry & { key: string })[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const count = (seen.get(entry.text) ?? 0) + 1;
    seen.set(entry.text, count);
    return { ...entry, key: `${entry.text}#${count}` };
  });
}

const capitalized = (kind: string): string => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

interface DraftImpactProps {
  impact: {
    data: ProjectUpgradeImpact[] | undefined;
    isPending: boolean;
    error: unknown;
    refetch: () => void;
  };
  /** False until the draft has been saved once: the server reckons the impact of the saved draft. */
  hasSavedDraft: boolean;
  isStale: boolean;
}

export function DraftImpact({ impact, hasSavedDraft, isStale }: DraftImpactProps) {
  const { t } = useTranslation();
  const items = impact.data ?? [];
  return (
    <section className={styles.card} aria-labelledby="draft-impact">
      <h2 id="draft-impact" className={styles.cardTitle}>
        {t('ui.templateEditor.impact.title')}
      </h2>
      {hasSavedDraft ? (
        <PageState
          isLoading={impact.isPending}
          error={impact.data ? null : impact.error}
          onRetry={impact.refetch}
          isEmpty={items.length === 0}
          empty={{ title: t('ui.templateEditor.impact.none') }}
          skeletonRows={1}
        >
          {isStale ? <p className={styles.hint}>{t('ui.templateEditor.impact.stale')}</p> : null}
          <p className={styles.hint}>{t('ui.templateEditor.impact.doneKept')}</p>
          <ul className={styles.impact}>
            {items.map((project) => (
              <ProjectImpact key={project.projectId} project={project} />
            ))}
          </ul>
        </PageState>
      ) : (
        <p className={styles.hint}>{t('ui.templateEditor.impact.saveFirst')}</p>
      )}
    </section>
  );
}

function ProjectImpact({ project }: { project: ProjectUpgradeImpact }) {
  const { t } = useTranslation();
  const lines = [
    ...project.added.map((change) => ({ kind: 'added' as const, change })),
    ...project.changed.map((change) => ({ kind: 'changed' as const, change })),
    ...project.removed.map((change) => ({ kind: 'removed' as const, change })),
  ];
  return (
    <li aria-label={project.customerName}>
      <span className={styles.projectName}>
        {t('ui.templateEditor.impact.project', {
          // Projects are named after their customer by default; say the customer only when the name does not.
          name: project.projectName.includes(project.customerName)
            ? project.projectName
            : `${project.customerName} · ${project.projectName}`,
          from: project.fromVersion,
          to: project.toVersion,
        })}
      </span>
      <ul className={styles.changes}>
        {lines.length === 0 ? <li>{t('ui.templateEditor.impact.unchanged')}</li> : null}
        {lines.map(({ kind, change }) => (
          <li key={`${kind}-${change.taskId}`} className={kindClass[kind]}>
            {t(`ui.templateEditor.impact.${kind}`, {
              phase: change.phaseName,
              title: change.title,
              fields: listOf(t, 'taskField', change.fields),
            })}
          </li>
        ))}
      </ul>
    </li>
  );
}
