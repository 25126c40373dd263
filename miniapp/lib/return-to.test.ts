import { describe, expect, it } from 'vitest';
import { safeReturnPath, withParam } from './return-to';

describe('returning to the screen that asked', () => {
  it('follows only the app’s own paths', () => {
    expect(safeReturnPath('/visits/new?customerId=1')).toBe('/visits/new?customerId=1');
    expect(safeReturnPath('//evil.example/x')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });

  it('adds the result to the path, keeping its query', () => {
    expect(withParam('/visits/new', 'newCustomerId', 'c1')).toBe('/visits/new?newCustomerId=c1');
    expect(withParam('/visits/new?customerId=a', 'newCustomerId', 'c1')).toBe(
      '/visits/new?customerId=a&newCustomerId=c1',
    );
  });
});
