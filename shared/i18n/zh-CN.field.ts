/** 简体中文 texts of the field screens. */
export const zhCNFieldUi = {};
