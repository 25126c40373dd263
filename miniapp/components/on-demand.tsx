/**
 * A component most visits to a screen never show (a bottom sheet, a date wheel) whose code is heavy: it is not part
 * of the screen's first download (issue #14). Its code loads once the page has loaded and the main thread is idle,
 * so it opens at once and still opens after the network drops; tapped before that, it opens when its code arrives.
 * A load that failed while it was wanted (offline before the code arrived) is tried again when the network returns.
 */
import { whenIdleAfterLoad } from '@miniapp/lib/idle';
import { type ComponentType, useEffect, useReducer, useState } from 'react';

export interface CodeOnDemand<P> {
  load(): Promise<ComponentType<P>>;
  loaded(): ComponentType<P> | undefined;
}

export function codeOnDemand<P>(load: () => Promise<ComponentType<P>>): CodeOnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return {
    load: () => {
      loading ??= load().then(
        (component) => {
          loaded = component;
          return component;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => loaded,
  };
}

/** Renders nothing until first shown, then `code`'s component with `props` as soon as its code is here. */
export function OnDemand<P extends object>({
  code,
  isShown,
  props,
}: {
  code: CodeOnDemand<P>;
  isShown: boolean;
  props: P;
}) {
  const [wasShown, setShown] = useState(isShown);
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  if (isShown && !wasShown) setShown(true);
  const Component = wasShown ? code.loaded() : undefined;
  useEffect(() => whenIdleAfterLoad(() => void code.load().catch(() => undefined)), [code]);
  useEffect(() => {
    if (!wasShown || Component) return;
    let isMounted = true;
    const tryLoading = () => {
      code.load().then(
        () => isMounted && arrived(),
        () => isMounted && window.addEventListener('online', tryLoading, { once: true }),
      );
    };
    tryLoading();
    return () => {
      isMounted = false;
      window.removeEventListener('online', tryLoading);
    };
  }, [code, wasShown, Component]);
  return Component ? <Component {...props} /> : null;
}
