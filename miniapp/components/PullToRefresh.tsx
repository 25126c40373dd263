/**
 * Pull down on a list to load it again, with the words in the person's language. A few touch listeners and a CSS
 * transform: antd-mobile's version brings a spring and a gesture library (≈28 KB gzipped) to every list screen.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './pull-to-refresh.module.css';

interface PullToRefreshProps {
  onRefresh: () => Promise<unknown>;
  children: ReactNode;
}

type Stage = 'idle' | 'pulling' | 'release' | 'refreshing' | 'complete';

/** How far the list must be pulled (after resistance) to refresh, and the height the message keeps meanwhile. */
const threshold = 60;
const resistance = 0.5;
const maxPull = 120;
const completeMs = 500;

/** Whether the page (or the list's own scroller) is at its top, where a downward drag means "refresh". */
function isAtTop(element: HTMLElement): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
      return node.scrollTop <= 0;
  }
  return (document.scrollingElement?.scrollTop ?? window.scrollY) <= 0;
}

export function PullToRefresh({ onRefresh, children }: PullToRefreshProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const [pull, setPull] = useState(0);
  const [stage, setStage] = useState<Stage>('idle');
  const refresh = useRef(onRefresh);
  refresh.current = onRefresh;
  const stageRef = useRef(stage);
  stageRef.current = stage;

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let startY: number | null = null;
    let distance = 0;
    const onStart = (event: TouchEvent) => {
      startY = stageRef.current === 'idle' && isAtTop(element) ? (event.touches[0]?.clientY ?? null) : null;
    };
    const onMove = (event: TouchEvent) => {
      const y = event.touches[0]?.clientY;
      if (startY === null || y === undefined) return;
      distance = Math.min(maxPull, Math.max(0, (y - startY) * resistance));
      if (distance === 0) return;
      // Our own pull, not the page's scroll or the WebView's bounce.
      if (event.cancelable) event.preventDefault();
      setPull(distance);
      setStage(distance >= threshold ? 'release' : 'pulling');
    };
    const onEnd = () => {
      if (startY === null) return;
      startY = null;
      if (distance < threshold) {
        setPull(0);
        setStage('idle');
        return;
      }
      distance = 0;
      setPull(threshold);
      setStage('refreshing');
      void refresh.current().finally(() => {
        setStage('complete');
        setTimeout(() => {
          setPull(0);
          setStage('idle');
        }, completeMs);
      });
    };
    element.addEventListener('touchstart', onStart, { passive: true });
    element.addEventListener('touchmove', onMove, { passive: false });
    element.addEventListener('touchend', onEnd);
    element.addEventListener('touchcancel', onEnd);
    return () => {
      element.removeEventListener('touchstart', onStart);
      element.removeEventListener('touchmove', onMove);
      element.removeEventListener('touchend', onEnd);
      element.removeEventListener('touchcancel', onEnd);
    };
  }, []);

  const words: Record<Exclude<Stage, 'idle'>, string> = {
    pulling: t('ui.common.pullToRefresh.pulling'),
    release: t('ui.common.pullToRefresh.release'),
    refreshing: t('ui.common.pullToRefresh.refreshing'),
    complete: t('ui.common.pullToRefresh.complete'),
  };
  const moving = stage === 'pulling' || stage === 'release';
  return (
    <div ref={root} className={styles.root}>
      <div
        className={styles.track}
        // No transform at rest: a transform would make the track the box of any fixed element inside the list.
        style={
          pull > 0 || moving
            ? { transform: `translateY(${pull}px)`, transition: moving ? 'none' : undefined }
            : undefined
        }
      >
        <div className={styles.head} aria-live="polite">
          {stage === 'idle' ? null : words[stage]}
        </div>
        {children}
      </div>
    </div>
  );
}
