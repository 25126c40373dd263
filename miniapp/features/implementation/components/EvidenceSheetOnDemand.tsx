/** The evidence sheet (bottom sheet, camera, signature pad) loads the first time a task asks for proof. */
import { lazy, Suspense, useState } from 'react';
import type { EvidenceSheetProps } from './EvidenceSheet';

const EvidenceSheet = lazy(async () => ({ default: (await import('./EvidenceSheet')).EvidenceSheet }));

export function EvidenceSheetOnDemand(props: EvidenceSheetProps) {
  const [wasOpened, setOpened] = useState(false);
  if (props.task !== null && !wasOpened) setOpened(true);
  if (!wasOpened) return null;
  return (
    <Suspense fallback={null}>
      <EvidenceSheet {...props} />
    </Suspense>
  );
}
