/** 编辑模板: phases and tasks edited in place, saved as a draft, compared with the published version, published after a confirmation. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { diffTemplate } from '@shared/domain/implementation/template-diff';
import { type FieldErrors, parseLocalized } from '@shared/i18n/validation';
import { templateDraftInput } from '@shared/schemas/implementation';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import { AddOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  useDiscardTemplateDraft,
  useDraftImpact,
  usePublishTemplate,
  useSaveTemplateDraft,
  useTemplate,
  useTemplateDraft,
} from '../api';
import { PhaseEditor } from '../components/PhaseEditor';
import { TemplateBasics } from '../components/TemplateBasics';
import { DraftImpact, VersionDifference } from '../components/TemplateChanges';
import styles from '../components/template-editor.module.css';
import {
  blankPhase,
  diffablePhases,
  draftBodyOf,
  type EditableTemplate,
  editableOf,
  isShownAtInput,
  moved,
  removedAt,
  replacedAt,
} from '../template-editor';
import type { Template } from '../types';

export function TemplateEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const template = useTemplate(id);
  const draft = useTemplateDraft(id);
  const failed = template.data ? draft.error : template.error;
  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.templateEditor.title')} backFallback="/implementation/templates" />
      <PageState
        isLoading={template.isPending || draft.isPending}
        error={failed}
        onRetry={() => {
          void template.refetch();
          void draft.refetch();
        }}
      >
        {template.data && draft.data !== undefined ? (
          <TemplateEditor current={template.data} draft={draft.data} />
        ) : null}
      </PageState>
    </main>
  );
}

interface TemplateEditorProps {
  /** The newest published version, or the draft of a template never published. */
  current: Template;
  draft: Template | null;
}

function TemplateEditor({ current, draft }: TemplateEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const published = current.status === 'published' ? current : null;
  const saved = draft ?? current;
  const [edited, setEdited] = useState<EditableTemplate>(() => editableOf(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveTemplateDraft(current.id);
  const discard = useDiscardTemplateDraft(current.id);
  const publish = usePublishTemplate(current.id);
  const impact = useDraftImpact(current.id, draft?.version);
  const isDirty = JSON.stringify(draftBodyOf(edited)) !== JSON.stringify(draftBodyOf(editableOf(saved)));
  const difference = published ? diffTemplate(published.phases, diffablePhases(edited)) : null;

  function check(next: EditableTemplate) {
    return parseLocalized(templateDraftInput, draftBodyOf(next), t);
  }

  function change(next: EditableTemplate): void {
    setEdited(next);
    // Problems already on screen follow the edits (and the reordering) instead of pointing at the wrong input.
    if (Object.keys(errors).length > 0) {
      const parsed = check(next);
      setErrors(parsed.ok ? {} : parsed.fields);
    }
  }

  function showProblems(fields: FieldErrors, fallback: string): void {
    setErrors(fields);
    const elsewhere = Object.entries(fields).filter(([path]) => !isShownAtInput(path));
    const message = elsewhere.map(([, text]) => text).join('；');
    showFailure(message || fallback);
  }

  function saveDraft(): void {
    const parsed = check(edited);
    if (!parsed.ok) {
      showProblems(parsed.fields, t('validation.invalid'));
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: (result) => {
        setErrors({});
        setEdited(editableOf(result));
        showSuccess(t('ui.templateEditor.saved'));
      },
      onError: (error) => {
        if (isApiError(error)) showProblems(error.fields, error.message);
        else showFailure(t('errors.INTERNAL'));
      },
    });
  }

  async function confirmDiscard(): Promise<void> {
    const isConfirmed = await Dialog.confirm({
      content: t('ui.templateEditor.discardConfirm'),
      confirmText: t('ui.templateEditor.discard'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    discard.mutate(undefined, {
      onSuccess: () => {
        setErrors({});
        setEdited(editableOf(current));
        showSuccess(t('ui.templateEditor.discarded'));
      },
      onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
    });
  }

  async function confirmPublish(version: number, offered: number): Promise<void> {
    const isConfirmed = await Dialog.confirm({
      title: t('ui.templateEditor.publish.title', { version }),
      content:
        offered > 0
          ? t('ui.templateEditor.publish.body', { count: offered })
          : t('ui.templateEditor.publish.bodyNone'),
      confirmText: t('ui.templateEditor.publish.confirm'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    publish.mutate(undefined, {
      onSuccess: () => {
        showSuccess(t('ui.templateEditor.publish.done', { version }));
        void navigate('/implementation/templates', { replace: true });
      },
      onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
    });
  }

  const status = draft
    ? t('ui.templateEditor.draftOf', { version: draft.version })
    : t('ui.templateEditor.basedOn', { version: current.version, next: current.version + 1 });
  const setPhases = (phases: EditableTemplate['phases']) => change({ ...edited, phases });
  const canPublish = Boolean(draft?.can.publish) && !isDirty && impact.data !== undefined;
  return (
    <div className={styles.layout}>
      <div className={styles.body}>
        <TemplateBasics template={edited} errors={errors} status={status} onChange={change} />
        <h2 className={styles.cardTitle}>{t('ui.templateEditor.phases')}</h2>
        {errors.phases ? (
          <p className={styles.error} role="alert">
            {errors.phases}
          </p>
        ) : null}
        {edited.phases.map((phase, index) => (
          <PhaseEditor
            key={phase.key}
            phase={phase}
            index={index}
            count={edited.phases.length}
            errors={errors}
            onChange={(next) => setPhases(replacedAt(edited.phases, index, next))}
            onMove={(delta) => setPhases(moved(edited.phases, index, delta))}
            onRemove={() => setPhases(removedAt(edited.phases, index))}
          />
        ))}
        <Button
          fill="outline"
          color="primary"
          onClick={() => setPhases([...edited.phases, blankPhase(edited.phases.at(-1)?.ownerRole ?? '')])}
        >
          <AddOutline aria-hidden="true" /> {t('ui.templateEditor.addPhase')}
        </Button>
      </div>
      <aside className={styles.aside}>
        <VersionDifference difference={difference} />
        <DraftImpact
          impact={{ ...impact, refetch: () => void impact.refetch() }}
          hasSavedDraft={draft !== null}
          isStale={isDirty}
        />
      </aside>
      <footer className={styles.footer}>
        {isDirty ? (
          <p className={styles.hint}>
            {draft ? t('ui.templateEditor.publish.saveFirst') : t('ui.templateEditor.unsaved')}
          </p>
        ) : null}
        <Button color="primary" fill="outline" shape="rounded" loading={save.isPending} onClick={saveDraft}>
          {t('ui.templateEditor.save')}
        </Button>
        {draft && published ? (
          <Button shape="rounded" loading={discard.isPending} onClick={() => void confirmDiscard()}>
            {t('ui.templateEditor.discard')}
          </Button>
        ) : null}
        {draft ? (
          <Button
            color="primary"
            shape="rounded"
            disabled={!canPublish}
            loading={publish.isPending}
            onClick={() => void confirmPublish(draft.version, impact.data?.length ?? 0)}
          >
            {t('ui.templateEditor.publish.button', { version: draft.version })}
          </Button>
        ) : null}
      </footer>
    </div>
  );
}
