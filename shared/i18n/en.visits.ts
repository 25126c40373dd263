/** English texts of the visits screens. */
import type { zhCNVisitsUi } from './zh-CN.visits';

export const enVisitsUi: typeof zhCNVisitsUi = {};
