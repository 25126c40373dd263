/** Full-screen photos: antd-mobile's viewer (and the gesture library under it) loads on the first tap on a photo. */
export function showPhotos(images: string[], defaultIndex: number): void {
  void import('antd-mobile/es/components/image-viewer').then(({ default: ImageViewer }) =>
    ImageViewer.Multi.show({ images, defaultIndex }),
  );
}
