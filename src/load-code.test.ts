import { describe, expect, it, vi } from 'vitest';
import { loadCode } from './load-code';

describe('loadCode', () => {
  it('fetches a screen again when the first fetch fails, so the user never sees the failure', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('screen');
    await expect(loadCode(load, { pauseMs: 0 })).resolves.toBe('screen');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after the retries with the last error, for "Prøv igen" to take over', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(new TypeError('offline'));
    await expect(loadCode(load, { retries: 2, pauseMs: 0 })).rejects.toThrow('offline');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('loads once when the code comes at once', async () => {
    const load = vi.fn<() => Promise<string>>().mockResolvedValue('screen');
    await expect(loadCode(load)).resolves.toBe('screen');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
