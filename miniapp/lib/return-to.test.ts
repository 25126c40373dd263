import { describe, expect, it } from 'vitest';
import { safeAppPath, withParam } from './return-to';

describe('returning to the screen that asked', () => {
  it('follows only the app’s own paths', () => {
    expect(safeAppPath('/visits/new?customerId=1')).toBe('/visits/new?customerId=1');
    expect(safeAppPath('//evil.example/x')).toBeNull();
    expect(safeAppPath('https://evil.example')).toBeNull();
    expect(safeAppPath(null)).toBeNull();
    expect(safeAppPath('/sign-in?next=/x')).toBeNull();
  });

  it('adds the result to the path, keeping its query', () => {
    expect(withParam('/visits/new', 'newCustomerId', 'c1')).toBe('/visits/new?newCustomerId=c1');
    expect(withParam('/visits/new?customerId=a', 'newCustomerId', 'c1')).toBe(
      '/visits/new?customerId=a&newCustomerId=c1',
    );
  });
});
