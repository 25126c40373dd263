import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from './coordinates';

describe('wgs84ToGcj02', () => {
  it('shifts a GPS fix in Beijing onto Chinese maps (a few hundred metres)', () => {
    // Tiananmen: WGS-84 39.90872, 116.39748 is shown by AMap at about 39.91012, 116.40372.
    const shifted = wgs84ToGcj02(39.90872, 116.39748);
    expect(shifted.lat).toBeCloseTo(39.91012, 3);
    expect(shifted.lng).toBeCloseTo(116.40372, 3);
  });

  it('leaves a fix outside mainland China as it is', () => {
    expect(wgs84ToGcj02(48.8584, 2.2945)).toEqual({ lat: 48.8584, lng: 2.2945 });
  });
});
