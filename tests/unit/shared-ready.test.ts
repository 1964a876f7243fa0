// The document pages wait for the shared passages' index where they read it
// (src/lib/shared/ready.ts), not the build at astro:build:start.
import { describe, expect, it } from 'vitest';
import { sharedPending, sharedReady } from '../../src/lib/shared/ready.ts';

describe('the shared passages awaited by the pages', () => {
  it('waits for the search the build started, and fails with it', async () => {
    let finish!: () => void;
    const steps: string[] = [];
    sharedPending(new Promise<void>((resolve) => (finish = resolve)).then(() => steps.push('index written')));
    const read = sharedReady().then(() => steps.push('page reads the index'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(steps).toEqual([]);
    finish();
    await read;
    expect(steps).toEqual(['index written', 'page reads the index']);
    const failed = Promise.reject(new Error('shared passages: its process stopped'));
    failed.catch(() => {});
    sharedPending(failed);
    await expect(sharedReady()).rejects.toThrow(/its process stopped/);
  });

  it('goes on at once when the search has ended', async () => {
    sharedPending(Promise.resolve());
    await expect(sharedReady()).resolves.toBeUndefined();
  });
});
