/** What the phone keeps of half-written forms, read straight from the app's IndexedDB. */
import type { Page } from 'playwright-core';

function readDrafts(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('fieldloop-offline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('drafts').objectStore('drafts').getAll();
      read.onsuccess = () => resolve(read.result.map((draft) => draft.value));
    };
  });
}

/**
 * The value of every draft kept on the phone. Poll it before a reload: a reload in the same instant as a
 * keystroke's save or a tap's delete aborts the write, which no person is quick enough to do.
 */
export function draftsOnPhone(page: Page): Promise<unknown[]> {
  return page.evaluate(readDrafts);
}

/** All kept drafts as one text, to wait until what was typed has been saved. */
export async function draftTextOnPhone(page: Page): Promise<string> {
  return JSON.stringify(await draftsOnPhone(page));
}
