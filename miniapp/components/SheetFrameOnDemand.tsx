/**
 * A sheet most visits to a screen never open (a conflict, a rare choice): antd-mobile's Popup and the animation
 * library under it load the first time it opens, not with the screen.
 */
import { lazy, Suspense, useState } from 'react';
import type { SheetFrameProps } from './BottomSheet';

const SheetFrame = lazy(async () => ({ default: (await import('./BottomSheet')).SheetFrame }));

export function SheetFrameOnDemand(props: SheetFrameProps) {
  const [wasOpened, setOpened] = useState(false);
  if (props.isOpen && !wasOpened) setOpened(true);
  if (!wasOpened) return null;
  return (
    <Suspense fallback={null}>
      <SheetFrame {...props} />
    </Suspense>
  );
}
