/** Short confirmations and failures, in the user's language, over antd-mobile's Toast. */
import { Toast } from 'antd-mobile';

export function showFailure(message: string): void {
  Toast.show({ icon: 'fail', content: message });
}

export function showSuccess(message: string): void {
  Toast.show({ icon: 'success', content: message });
}
