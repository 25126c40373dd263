/** Single-key shortcuts for the workbench, ignored while typing in a field or while a dialog is open. */
import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, [role="checkbox"], label') !== null;
}

export function useShortcuts(handlers: Record<string, () => void>, options: { isPaused: boolean }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const paused = useRef(options.isPaused);
  paused.current = options.isPaused;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (paused.current || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const handler = latest.current[event.key];
      // Enter on a focused button or link is that control's own click, not "open the row".
      if (!handler || (event.key === 'Enter' && isControl(event.target))) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
