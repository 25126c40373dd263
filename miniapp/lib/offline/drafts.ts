/**
 * useDraft: a form's state mirrored into IndexedDB as the person types, so closing the WebView or losing the
 * network loses nothing. Writes are debounced and flushed when the page is hidden (the WebView may be killed).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { offlineStore } from './store';

const saveDelayMs = 400;

export interface Draft<T> {
  value: T;
  setValue: (next: T | ((previous: T) => T)) => void;
  /** Forgets the saved draft (after a successful submit) and goes back to `initial`. */
  clear: () => Promise<void>;
  /** True once the saved draft, if any, has been read: render the form from `value` after this. */
  isRestored: boolean;
  /** Whether a draft from an earlier visit to the page was found (to say "draft restored"). */
  hasSavedDraft: boolean;
}

export function useDraft<T>(key: string, initial: T): Draft<T> {
  const [value, setState] = useState<T>(initial);
  const [isRestored, setRestored] = useState(false);
  const [hasSavedDraft, setHasSavedDraft] = useState(false);
  const initialRef = useRef(initial);
  const latest = useRef<T>(initial);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const touched = useRef(false);

  const persist = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    void offlineStore()
      .putDraft({ key, value: latest.current, savedAt: Date.now() })
      .catch(() => undefined);
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
        if (saved && !touched.current) {
          latest.current = saved.value as T;
          setState(saved.value as T);
        }
        setHasSavedDraft(saved !== undefined);
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
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(persist, saveDelayMs);
    },
    [persist],
  );

  const clear = useCallback(async () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    latest.current = initialRef.current;
    setState(initialRef.current);
    setHasSavedDraft(false);
    await offlineStore()
      .deleteDraft(key)
      .catch(() => undefined);
  }, [key]);

  return { value, setValue, clear, isRestored, hasSavedDraft };
}
