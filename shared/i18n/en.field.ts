/** English texts of the field screens: photos, the offline queue, location. */
import type { zhCNFieldUi } from './zh-CN.field';

export const enFieldUi: typeof zhCNFieldUi = {
  field: {
    photos: {
      groupLabel: 'Photos',
      takePhoto: 'Camera',
      takePhotoLabel: 'Take a photo ({{count}} more allowed)',
      fromAlbum: 'Album',
      fromAlbumLabel: 'Choose from the album ({{count}} more allowed)',
      count: '{{count}}/{{max}} photos',
      photoAlt: 'Photo {{index}}',
      preview: 'View photo {{index}}',
      remove: 'Remove photo {{index}}',
      processing: 'Preparing photos…',
      failed: 'The photo could not be prepared; try again',
    },
    pending: {
      title: '{{count}} waiting to send',
      hint: 'Saved on this phone; sent automatically when the network is back',
      waiting: 'Waiting for network',
      sending: 'Sending',
      failed: 'Not sent',
      retry: 'Retry',
      retryLabel: 'Send “{{label}}” again',
      discard: 'Discard',
      discardLabel: 'Discard “{{label}}”',
      discardConfirm: '“{{label}}” will not be sent and its copy on this phone will be deleted. Discard it?',
      discarded: 'Discarded',
      differs: 'The server already has a different record',
      differsHint:
        'The server already holds other content under this submission’s id. Yours is still on this phone, not on the server: keep it as a new record, or discard it.',
      field: 'Field',
      mine: 'Yours',
      theirs: 'Already recorded',
      empty: '(empty)',
      anotherCustomer: 'Another customer',
      keepAsNew: 'Keep mine as new',
      keepAsNewLabel: 'Keep “{{label}}” as a new record',
      openTheirs: 'Discard mine, open theirs',
      keptAsNew: 'Kept as a new record',
      inUse: 'The same submission is still waiting to be sent; try again in a moment',
    },
    location: {
      locating: 'Finding your location…',
      denied: 'No location permission: allow this app to use your location in the phone settings, then retry',
      unavailable: 'Your location is not available right now; try again where the signal is better',
      timeout: 'Finding your location took too long; try again',
      mock: 'A mocked location was detected',
      stale: 'This is a cached location, not a fresh fix',
    },
  },
};
