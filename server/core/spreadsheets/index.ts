/** Every spreadsheet the server reads comes in through here: one set of limits, one streaming reader. */
export { workbookOrCsvRows } from './any-format';
export { csvRows } from './csv';
export { readSpreadsheetForm, type SpreadsheetForm } from './form';
export { spreadsheetLimits } from './limits';
export { type SpreadsheetRow, spreadsheetRows } from './reader';
export { readSpreadsheetUpload } from './upload';
