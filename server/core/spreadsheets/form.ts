/**
 * A spreadsheet sent as the multipart field `file`, with the form's small text fields beside it: held in memory
 * (it is at most `spreadsheetLimits.fileBytes`), refused by its declared length before a byte is read.
 */
import busboy from 'busboy';
import { AppError } from '../errors';
import type { AppContext } from '../http';
import { fileTooLarge, spreadsheetLimits } from './limits';

export interface SpreadsheetForm {
  bytes: Buffer;
  filename: string;
  /** The other parts, by name, as text. */
  fields: Record<string, string>;
}

/** Multipart framing, the part headers and the text fields add a little to the file; this is generous. */
const framingAllowance = 64 * 1024;
const fieldBytes = 16 * 1024;

const missingFile = () => new AppError('VALIDATION_FAILED', { file: 'validation.required' });

export async function readSpreadsheetForm(ctx: AppContext): Promise<SpreadsheetForm> {
  if ((ctx.request.length ?? 0) > spreadsheetLimits.fileBytes + framingAllowance) throw fileTooLarge();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: ctx.req.headers,
      limits: {
        files: 1,
        fileSize: spreadsheetLimits.fileBytes,
        fields: 10,
        fieldSize: fieldBytes,
        parts: 12,
      },
    });
  } catch (error) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', undefined, { cause: error });
  }
  return new Promise<SpreadsheetForm>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let file: Promise<{ bytes: Buffer; filename: string }> | null = null;
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      file = collect(stream, info.filename ?? '');
      // Settled below once the parser is done; this only keeps an early failure from going unhandled.
      file.catch(() => undefined);
    });
    parser.on('close', () => {
      if (!file) reject(missingFile());
      else file.then(({ bytes, filename }) => resolve({ bytes, filename, fields }), reject);
    });
    parser.on('error', (error) =>
      reject(new AppError('VALIDATION_FAILED', { file: 'validation.invalid' }, { cause: error })),
    );
    ctx.req.on('error', reject);
    ctx.req.pipe(parser);
  });
}

async function collect(
  stream: NodeJS.ReadableStream & { truncated?: boolean },
  filename: string,
): Promise<{ bytes: Buffer; filename: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  if (stream.truncated) throw fileTooLarge();
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw missingFile();
  return { bytes, filename };
}
