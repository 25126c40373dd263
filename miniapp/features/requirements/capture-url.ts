/** Where 记录需求 leads from a visit or a project: the capture, with the source and its customer in the query. */
export interface CaptureOrigin {
  customerId: string;
  visitId?: string;
  projectId?: string;
}

export function captureUrlOf({ customerId, visitId, projectId }: CaptureOrigin): string {
  const params = new URLSearchParams({
    ...(visitId ? { visitId } : {}),
    ...(projectId ? { projectId } : {}),
    customerId,
  });
  return `/requirements/new?${params.toString()}`;
}
