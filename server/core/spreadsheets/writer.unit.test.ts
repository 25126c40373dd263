/** The writer every export uses: paging through a list to its end, and a failure that cuts the file off. */
import { describe, expect, it } from 'vitest';
import { type Cell, everyPage, streamSpreadsheet } from '.';

describe('everyPage', () => {
  it('asks for each next page with the cursor of the last until there is none', async () => {
    const asked: unknown[] = [];
    const pages = [
      { rows: [1, 2], nextCursor: ['b', '2'] },
      { rows: [3, 4], nextCursor: ['d', '4'] },
      { rows: [5], nextCursor: null },
    ];
    const batches: number[][] = [];
    for await (const rows of everyPage(async (position) => {
      asked.push(position.cursor);
      return pages[asked.length - 1] ?? { rows: [], nextCursor: null };
    }, 2))
      batches.push(rows);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    expect(asked).toEqual([undefined, ['b', '2'], ['d', '4']]);
  });
});

describe('streamSpreadsheet', () => {
  it('destroys the stream when a batch fails midway, so the download is cut off rather than short', async () => {
    const file = streamSpreadsheet('csv', 'visits', [
      {
        name: '拜访',
        header: ['客户'],
        rows: async function* (): AsyncGenerator<Cell[][]> {
          yield [['苏州恒川精密']];
          throw new Error('database went away');
        },
      },
    ]);
    const received: string[] = [];
    const ending = new Promise<string>((resolve) => {
      file.stream.on('data', (chunk: Buffer) => received.push(chunk.toString()));
      file.stream.on('end', () => resolve('complete'));
      file.stream.on('error', (error) => resolve(error.message));
    });
    expect(await ending).toBe('database went away');
    expect(received.join('')).toContain('苏州恒川精密');
  });
});
