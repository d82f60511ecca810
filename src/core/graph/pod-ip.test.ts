import { describe, expect, it } from 'vitest';
import { podIp } from './pod-ip';

describe('podIp', () => {
  it('is stable for a name', () => {
    expect(podIp('web-7d4b9')).toBe(podIp('web-7d4b9'));
  });

  it('is in 10.244.0.0/16, never a .0 or .255 host part, for many names', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `pod-${i}`);
    for (const name of names) {
      const m = /^10\.244\.(\d{1,3})\.(\d{1,3})$/.exec(podIp(name));
      expect(m, name).not.toBeNull();
      expect(Number(m?.[1])).toBeLessThanOrEqual(255);
      expect(Number(m?.[2])).toBeGreaterThanOrEqual(1);
      expect(Number(m?.[2])).toBeLessThanOrEqual(254);
    }
    expect(new Set(names.map(podIp)).size).toBeGreaterThan(1900); // well spread
  });
});
