/**
 * "Are you sure?" over antd-mobile's Dialog, which (with the animation library under it) loads on the first ask,
 * not with the screen that might ask.
 */
import type { DialogConfirmProps } from 'antd-mobile';

export async function confirmDialog(props: DialogConfirmProps): Promise<boolean> {
  const { default: Dialog } = await import('antd-mobile/es/components/dialog');
  return Dialog.confirm(props);
}
