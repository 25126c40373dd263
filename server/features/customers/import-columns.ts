/** Which field each column of an imported sheet fills: found from its header, or as the person chose on the preview. */
import type { CustomerImportMapping, ImportColumn, ImportField } from '@shared/schemas/customers-import';
import { headerSynonyms, normalizedWord } from './import-dictionary';

const fieldByHeader = new Map<string, ImportField>(
  (Object.entries(headerSynonyms) as [ImportField, readonly string[]][]).flatMap(([field, words]) =>
    words.map((word) => [normalizedWord(word), field] as const),
  ),
);

/** The column's letter as a spreadsheet shows it: A … Z, AA, AB, … */
export function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${columnLetter(Math.floor(index / 26) - 1)}${letter}`;
}

export interface SheetColumn extends ImportColumn {
  index: number;
}

/**
 * One entry per non-empty header. A header the person mapped keeps their choice (null leaves it out); any other is
 * looked up in the dictionary, and a field already filled by an earlier column is not filled twice.
 */
export function detectColumns(headers: readonly string[], chosen: CustomerImportMapping = {}): SheetColumn[] {
  const taken = new Set<ImportField>(Object.values(chosen).filter((field) => field !== null));
  const columns: SheetColumn[] = [];
  headers.forEach((header, index) => {
    if (header === '') return;
    let field = Object.hasOwn(chosen, header) ? (chosen[header] ?? null) : null;
    if (!Object.hasOwn(chosen, header)) {
      const found = fieldByHeader.get(normalizedWord(header)) ?? null;
      if (found && !taken.has(found)) {
        field = found;
        taken.add(found);
      }
    }
    columns.push({ index, column: columnLetter(index), header, field });
  });
  return columns;
}

/** Fields that more than one column was mapped to, with the columns after the first. */
export function mappedTwice(columns: readonly SheetColumn[]): SheetColumn[] {
  const seen = new Set<ImportField>();
  return columns.filter((column) => {
    if (!column.field) return false;
    if (seen.has(column.field)) return true;
    seen.add(column.field);
    return false;
  });
}
