/**
 * useDraft: a form's state mirrored into IndexedDB as the person types, so closing the WebView or losing the
 * network loses nothing. Writes are debounced and flushed when the page is hidden (the WebView may be killed).
 * Only a draft with content is kept: what a screen fills in by itself (a preset customer) is not a draft.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { offlineStore } from './store';

const saveDelayMs = 400;

export interface DraftOptions<T> {
  /** A new, empty draft: each call names a new submission (a fresh client id). */
  makeInitial: () => T;
  /** Whether the person entered anything worth keeping. */
  hasContent: (value: T) => boolean;
}

export interface Draft<T> {
  value: T;
  setValue: (next: T | ((previous: T) => T)) => void;
  /**
   * After a successful submit: the kept copy is removed, the form holds a new empty draft (a new client id), and
   * nothing this screen does afterwards (a preset applied again, a flush on leaving) saves the sent one again.
   */
  finish: () => Promise<void>;
  /** Throws the draft away and starts a new one on the same screen, kept as the person types. */
  restart: () => Promise<void>;
  /** True once the saved draft, if any, has been read: render the form from `value` after this. */
  isRestored: boolean;
  /** Whether content from an earlier visit to the screen came back (to say "draft restored"). */
  hasRestoredContent: boolean;
}

export function useDraft<T>(key: string, options: DraftOptions<T>): Draft<T> {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [value, setState] = useState<T>(options.makeInitial);
  const [isRestored, setRestored] = useState(false);
  const [hasRestoredContent, setHasRestoredContent] = useState(false);
  const latest = useRef<T>(value);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const touched = useRef(false);
  const isFinished = useRef(false);

  const persist = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    if (isFinished.current) return;
    const store = offlineStore();
    const write = optionsRef.current.hasContent(latest.current)
      ? store.putDraft({ key, value: latest.current, savedAt: Date.now() })
      : store.deleteDraft(key);
    void write.catch(() => undefined);
  }, [key]);

  useEffect(() => {
    let isCurrent = true;
    touched.current = false;
    void offlineStore()
      .getDraft(key)
      .catch(() => undefined)
      .then((saved) => {
        if (!isCurrent) return;
        // Typing that began before the read finished wins over the older saved copy.
        const restored = saved && !touched.current ? (saved.value as T) : null;
        if (restored !== null) {
          latest.current = restored;
          setState(restored);
        }
        setHasRestoredContent(restored !== null && optionsRef.current.hasContent(restored));
        setRestored(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [key]);

  useEffect(() => {
    const flushIfPending = () => {
      if (pending.current) persist();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushIfPending();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flushIfPending);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flushIfPending);
      flushIfPending();
    };
  }, [persist]);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      touched.current = true;
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      latest.current = resolved;
      setState(resolved);
      if (isFinished.current) return;
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(persist, saveDelayMs);
    },
    [persist],
  );

  const startOver = useCallback(
    async (options: { keepSaving: boolean }) => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      isFinished.current = !options.keepSaving;
      const fresh = optionsRef.current.makeInitial();
      latest.current = fresh;
      setState(fresh);
      setHasRestoredContent(false);
      await offlineStore()
        .deleteDraft(key)
        .catch(() => undefined);
    },
    [key],
  );

  const finish = useCallback(() => startOver({ keepSaving: false }), [startOver]);
  const restart = useCallback(() => startOver({ keepSaving: true }), [startOver]);

  return { value, setValue, finish, restart, isRestored, hasRestoredContent };
}
