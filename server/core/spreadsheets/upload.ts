/** An uploaded spreadsheet's bytes, refused by its declared length before a byte is read, and counted while read. */
import type { AppContext } from '../http';
import { fileTooLarge, spreadsheetLimits } from './limits';

export async function readSpreadsheetUpload(ctx: AppContext): Promise<Buffer> {
  if ((ctx.request.length ?? 0) > spreadsheetLimits.fileBytes) throw fileTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > spreadsheetLimits.fileBytes) throw fileTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
