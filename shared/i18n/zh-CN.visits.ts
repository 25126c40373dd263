/** 简体中文 texts of the visits screens. */
export const zhCNVisitsUi = {};
