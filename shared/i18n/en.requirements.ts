/** English texts of the requirements screens. */
import type { zhCNRequirementsUi } from './zh-CN.requirements';

export const enRequirementsUi: typeof zhCNRequirementsUi = {};
