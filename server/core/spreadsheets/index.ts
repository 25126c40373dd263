/** Every spreadsheet the server reads comes in through here, and every one it writes goes out through here. */
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
