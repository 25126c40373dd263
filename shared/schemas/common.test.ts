import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorSchema, encodeCursor, instant, localDate } from './common';

describe('cursors', () => {
  it('round-trip sort keys, Chinese text included', () => {
    const cursor = encodeCursor(['杭州鲜丰汇零售', 42, '01a207f6-3a9a-7797-9396-c30d6e9ea490']);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(cursorSchema.parse(cursor)).toEqual([
      '杭州鲜丰汇零售',
      42,
      '01a207f6-3a9a-7797-9396-c30d6e9ea490',
    ]);
  });

  it('reject anything that is not one of ours', () => {
    expect(cursorSchema.safeParse('not-a-cursor').success).toBe(false);
    expect(cursorSchema.safeParse(encodeCursor([]).replace(/^/, 'x')).success).toBe(false);
    expect(cursorSchema.safeParse(btoa('{"a":1}')).success).toBe(false);
  });
});

describe('dates', () => {
  it('accept only days on the calendar', () => {
    for (const day of ['2026-01-31', '2024-02-29', '2000-02-29'])
      expect(localDate.safeParse(day).success).toBe(true);
    for (const day of ['2026-02-30', '2026-13-45', '2026-02-29', '2026-04-31', '1900-02-29', '2026-1-5']) {
      expect(localDate.safeParse(day).success).toBe(false);
    }
    expect(instant.safeParse('2026-01-31T10:00:00+08:00').success).toBe(true);
    expect(instant.safeParse('2026-02-30T10:00:00+08:00').success).toBe(false);
    expect(instant.safeParse('2026-01-31T24:30:00Z').success).toBe(false);
  });

  it('every date field of every schema refuses a day the calendar does not have', async () => {
    const folder = dirname(fileURLToPath(import.meta.url));
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    const dateFields: string[] = [];
    const lenient: string[] = [];
    for (const file of files) {
      const exports = (await import(join(folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (!(value instanceof z.ZodType)) continue;
        for (const [path, field] of dateLikeFields(value, `${file}:${name}`)) {
          // Response fields are free text; a field that refuses a non-date validates dates and must do it fully.
          if (field.safeParse('not a date').success) continue;
          dateFields.push(path);
          if (
            ['2026-02-30', '2026-13-45', '2026-02-30T10:00:00+08:00'].some((v) => field.safeParse(v).success)
          ) {
            lenient.push(path);
          }
        }
      }
    }
    expect(dateFields).toContain('requirements.ts:requirementListQuery.from');
    expect(dateFields).toContain('visits.ts:visitCreate.visitedAt');
    expect(lenient).toEqual([]);
  });
});

/** Object fields named like dates (from, to, date, …Date, …At, …On), through optional, arrays, unions and pipes. */
function dateLikeFields(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): [string, z.ZodType][] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [
      ...(/^(from|to|date)$|(Date|At|On)$/.test(key)
        ? [[`${path}.${key}`, field] as [string, z.ZodType]]
        : []),
      ...dateLikeFields(field, `${path}.${key}`, seen),
    ]);
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return dateLikeFields(schema.unwrap() as z.ZodType, path, seen);
  }
  if (schema instanceof z.ZodArray) return dateLikeFields(schema.element as z.ZodType, `${path}[]`, seen);
  if (schema instanceof z.ZodUnion) {
    return (schema.options as z.ZodType[]).flatMap((option) => dateLikeFields(option, path, seen));
  }
  if (schema instanceof z.ZodPipe) return dateLikeFields(schema.in as z.ZodType, path, seen);
  return [];
}
