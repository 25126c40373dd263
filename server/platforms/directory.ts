/** What the three directories share: an answer the app's permissions refuse is shown as such, not thrown. */
import { type DirectoryListing, PlatformError } from './types';

/** How many people a name search answers at most (each DingTalk hit costs one more call for its name). */
export const peopleSearchLimit = 20;

/** Runs `list`; a refusal whose platform code is in `deniedCodes` becomes `{ items: [], denied: true }`. */
export async function listUnlessDenied<T>(
  deniedCodes: ReadonlySet<string>,
  list: () => Promise<T[]>,
): Promise<DirectoryListing<T>> {
  try {
    return { items: await list(), denied: false };
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'rejected' && deniedCodes.has(error.platformCode)) {
      return { items: [], denied: true };
    }
    throw error;
  }
}

/** Names containing `query`, ignoring case, for directories that list rather than search. */
export function nameMatches(name: string, query: string): boolean {
  return name.toLowerCase().includes(query.trim().toLowerCase());
}
