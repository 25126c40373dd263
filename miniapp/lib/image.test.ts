import { describe, expect, it } from 'vitest';
import { fitWithin } from './image';

describe('fitWithin', () => {
  it('brings a 12-megapixel phone photo down to 1600 px on the long side', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('leaves a small picture as it is, never enlarging it', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('keeps a very long panorama at least one pixel high', () => {
    expect(fitWithin(20000, 5, 1600)).toEqual({ width: 1600, height: 1 });
  });
});
