/** Cursor-paged lists (`{ items, nextCursor }`) as TanStack infinite queries, the way every list screen loads more. */
import { apiGet, type QueryParams } from '@miniapp/lib/api-client';
import type { Page } from '@shared/schemas/common';
import { type InfiniteData, keepPreviousData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

interface CursorPagesOptions {
  queryKey: QueryKey;
  path: string;
  /** The list's filters; the cursor and page size are added here. */
  params?: QueryParams;
  pageSize: number;
  /** While a new filter's first page loads, keep the previous results on screen instead of flashing a skeleton. */
  isPreviousKept?: boolean;
}

export function useCursorPages<T>({ queryKey, path, params, pageSize, isPreviousKept }: CursorPagesOptions) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      apiGet<Page<T>>(path, { ...params, cursor: pageParam ?? undefined, limit: pageSize }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    ...(isPreviousKept ? { placeholderData: keepPreviousData } : {}),
  });
}

export function allItems<T>(data: InfiniteData<Page<T>> | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
