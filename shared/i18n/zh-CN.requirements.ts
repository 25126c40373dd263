/** 简体中文 texts of the requirements screens. */
export const zhCNRequirementsUi = {};
