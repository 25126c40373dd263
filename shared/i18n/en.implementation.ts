/** English texts of the implementation screens. */
import type { zhCNImplementationUi } from './zh-CN.implementation';

export const enImplementationUi: typeof zhCNImplementationUi = {};
