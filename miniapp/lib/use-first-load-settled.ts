import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/**
 * For a page of sections that each load their own data: false until none of the app's requests is on its way any
 * more (or `capMs` has passed), then true for good. Kept hidden until then, the sections cannot push each other down
 * under the reader's eyes as their answers arrive one by one (issue #14: a customer's page jumped by 220 px).
 */
export function useFirstLoadSettled(capMs = 2000): boolean {
  const client = useQueryClient();
  const fetching = useIsFetching();
  const [isSettled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), capMs);
    return () => clearTimeout(timer);
  }, [capMs]);
  // The count from this render predates the sections' own requests, started in their effects just before this one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run again each time the count changes
  useEffect(() => {
    if (client.isFetching() === 0) setSettled(true);
  }, [client, fetching]);
  return isSettled;
}
