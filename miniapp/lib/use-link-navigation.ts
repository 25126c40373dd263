/** One click handler for long lists of links: plain <a href> rows, routed in-app, without a router Link per row. */
import { type MouseEvent, useCallback } from 'react';
import { useNavigate } from 'react-router';

function isPlainLeftClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Returns an onClick for <a href="…"> that navigates inside the app, leaving new-tab clicks to the browser. */
export function useLinkNavigation(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (!isPlainLeftClick(event)) return;
      event.preventDefault();
      void navigate(event.currentTarget.getAttribute('href') ?? '/');
    },
    [navigate],
  );
}
