/**
 * A component most visits to a screen never show (a bottom sheet, a date wheel) whose code is heavy: it is not part
 * of the screen's first download (issue #14). Its code loads once the page has loaded and the main thread is idle,
 * so it opens at once and still opens after the network drops; tapped before that, it opens when its code arrives.
 * A failed load (offline before it arrived) is tried again on the next tap.
 */
import { whenIdleAfterLoad } from '@miniapp/lib/idle';
import { type ComponentType, useEffect, useState } from 'react';

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

/** Renders `code`'s component with `props` once it has been shown; nothing before. */
export function OnDemand<P extends object>({
  code,
  isShown,
  props,
}: {
  code: CodeOnDemand<P>;
  isShown: boolean;
  props: P;
}) {
  const [Component, setComponent] = useState(() => code.loaded());
  useEffect(() => whenIdleAfterLoad(() => void code.load().catch(() => undefined)), [code]);
  useEffect(() => {
    if (!isShown || Component) return;
    let isMounted = true;
    code.load().then(
      (component) => isMounted && setComponent(() => component),
      () => undefined,
    );
    return () => {
      isMounted = false;
    };
  }, [code, isShown, Component]);
  return Component ? <Component {...props} /> : null;
}
