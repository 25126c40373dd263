/** 简体中文 texts of the implementation screens. */
export const zhCNImplementationUi = {};
