/** An uploaded spreadsheet's bytes, refused by its declared length before a byte is read, and counted while read. */
import { type AppContext, readRawBytes } from '../http';
import { fileTooLarge, spreadsheetLimits } from './limits';

export async function readSpreadsheetUpload(ctx: AppContext): Promise<Buffer> {
  if ((ctx.request.length ?? 0) > spreadsheetLimits.fileBytes) throw fileTooLarge();
  return readRawBytes(ctx, spreadsheetLimits.fileBytes, fileTooLarge);
}
