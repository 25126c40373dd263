/**
 * Test page for the shared field pieces, built by test/e2e/field-device.test.ts: the real device, queue and
 * upload modules and the two components, with a `window.fieldHarness` handle for the test to drive them.
 */
import '@miniapp/app/global.css';
import '@miniapp/app/antd-react19';
import { Providers } from '@miniapp/app/Providers';
import { PendingSubmissions } from '@miniapp/components/PendingSubmissions';
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { apiGet } from '@miniapp/lib/api-client';
import { useDraft } from '@miniapp/lib/offline/drafts';
import { registerSender, submit } from '@miniapp/lib/offline/queue';
import { getLocation, LocationError } from '@miniapp/lib/platform/device';
import { shareThroughHost } from '@miniapp/lib/platform/share';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Sent {
  body: unknown;
  ids: string[];
}

const state = { photos: [] as Blob[], sent: [] as Sent[] };

const harness = {
  sent: state.sent,
  async location() {
    try {
      return await getLocation();
    } catch (error) {
      return error instanceof LocationError ? { failure: error.reason } : { failure: String(error) };
    }
  },
  async share(url: string) {
    try {
      await shareThroughHost({ title: '星河精密制造 实施进度', text: '点击查看贵司项目的阶段与进度', url });
      return { shared: true };
    } catch (error) {
      return { failure: String(error) };
    }
  },
  async photoFacts() {
    return Promise.all(
      state.photos.map(async (photo) => {
        const bitmap = await createImageBitmap(photo);
        return { type: photo.type, size: photo.size, width: bitmap.width, height: bitmap.height };
      }),
    );
  },
  submitProbe(clientId: string) {
    return submit('probe', {
      clientId,
      label: `探针 ${clientId.slice(-4)}`,
      body: { clientId },
      photos: state.photos,
    });
  },
  /** What the queue keeps in IndexedDB, read straight from it. */
  stored(): Promise<{ id: string; status: string; photos: number }[]> {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('fieldloop-offline');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const read = open.result.transaction('submissions').objectStore('submissions').getAll();
        read.onsuccess = () =>
          resolve(
            read.result.map((item) => ({ id: item.id, status: item.status, photos: item.photos.length })),
          );
      };
    });
  },
};
Object.assign(window, { fieldHarness: harness });

// A sender that proves the photos reached the server before it ran: it reads each attachment back.
registerSender('probe', async (body, ids) => {
  for (const id of ids) await apiGet(`/attachments/${id}`);
  state.sent.push({ body, ids });
  return { outcome: 'stored' };
});

function DraftNote() {
  const draft = useDraft('harness-note', {
    makeInitial: () => ({ note: '' }),
    hasContent: (value) => value.note.trim() !== '',
  });
  if (!draft.isRestored) return null;
  return (
    <p>
      <input
        aria-label="拜访纪要"
        value={draft.value.note}
        onChange={(event) => draft.setValue({ note: event.target.value })}
      />
      {draft.hasRestoredContent ? <span>已恢复草稿</span> : null}
      <button type="button" onClick={() => void draft.restart()}>
        清除草稿
      </button>
    </p>
  );
}

function Harness() {
  const [photos, setPhotos] = useState<Blob[]>([]);
  state.photos = photos;
  return (
    <main>
      <h1>现场组件</h1>
      <DraftNote />
      <PhotoPicker photos={photos} onChange={setPhotos} max={3} />
      <PendingSubmissions kind="probe" />
    </main>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <Providers>
      <Harness />
    </Providers>,
  );
}
