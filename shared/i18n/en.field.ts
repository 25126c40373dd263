/** English texts of the field screens. */
import type { zhCNFieldUi } from './zh-CN.field';

export const enFieldUi: typeof zhCNFieldUi = {};
