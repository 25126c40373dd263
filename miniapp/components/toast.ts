/**
 * Short confirmations and failures, in the user's language, over antd-mobile's Toast. Toast and the animation
 * library under it load on the first message, not with the screen that might show one.
 */
import type { ToastShowProps } from 'antd-mobile';

function show(props: ToastShowProps): void {
  void import('antd-mobile/es/components/toast').then(({ default: Toast }) => Toast.show(props));
}

export function showFailure(message: string): void {
  show({ icon: 'fail', content: message });
}

export function showSuccess(message: string): void {
  show({ icon: 'success', content: message });
}
