/** Every spreadsheet the server reads comes in through here, and every one it writes goes out through here. */
export { workbookOrCsvRows } from './any-format';
export { csvRows } from './csv';
export { readSpreadsheetForm, type SpreadsheetForm } from './form';
export { spreadsheetLimits } from './limits';
export { type SpreadsheetRow, spreadsheetRows } from './reader';
export { readSpreadsheetUpload } from './upload';
export {
  type Cell,
  cellsOf,
  everyPage,
  type Sheet,
  type SpreadsheetFile,
  type SpreadsheetFormat,
  sendSpreadsheet,
  streamSpreadsheet,
} from './writer';
