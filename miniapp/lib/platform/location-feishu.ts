/** Feishu/Lark: h5sdk.config with the signed parameters (once per page), then tt.getLocation in GCJ-02. */
import { describeFailure } from './bridge-error';
import type { DeviceLocation } from './device';
import { configureFeishu } from './feishu-config';
import { LocationError, locationFailureFrom } from './location-error';
import { deviceLocationFrom } from './location-fix';

interface FeishuFix {
  latitude: number | string;
  longitude: number | string;
  accuracy?: number | string;
  timestamp?: number;
}

interface FeishuDeviceWindow {
  tt?: {
    getLocation?(options: Record<string, unknown>): void;
  };
}

const feishuWindow = () => window as unknown as FeishuDeviceWindow;

export async function feishuLocation(): Promise<DeviceLocation> {
  await configureFeishu();
  const getLocation = feishuWindow().tt?.getLocation;
  if (!getLocation) throw new LocationError('unavailable', 'tt.getLocation is missing');
  const fix = await new Promise<FeishuFix>((resolve, reject) => {
    getLocation({
      type: 'gcj02',
      timeout: 10,
      cacheTimeout: 0,
      accuracy: 'best',
      success: resolve,
      fail: (failure: unknown) => reject(locationFailureFrom(describeFailure(failure))),
    });
  });
  return deviceLocationFrom(fix, {
    address: null,
    // cacheTimeout 0 asks for a new fix; a timestamp, when given, must agree.
    isFresh: typeof fix.timestamp !== 'number' || Date.now() - fix.timestamp <= 120_000,
    isMock: false,
    source: 'feishu',
  });
}
