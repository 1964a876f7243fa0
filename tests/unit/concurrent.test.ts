// src/integrations/concurrent.ts: the indexing integrations' build:done hooks
// run at the same time, their other hooks in order, each with its own logger.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { concurrentBuildDone } from '../../src/integrations/concurrent.ts';

type Hook = (options: { logger: AstroIntegrationLogger }) => Promise<void>;

function logger(label = 'root', lines: string[] = []): AstroIntegrationLogger {
  return { label, info: (m: string) => lines.push(`${label}: ${m}`), fork: (name: string) => logger(name, lines) } as unknown as AstroIntegrationLogger;
}

const run = (integration: AstroIntegration, hook: string, log: AstroIntegrationLogger) => (integration.hooks as Record<string, Hook>)[hook]!({ logger: log });

describe('concurrentBuildDone', () => {
  it('runs build:done hooks at once: the first can wait for the second', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const lines: string[] = [];
    const combined = concurrentBuildDone('both', [
      { name: 'a', hooks: { 'astro:build:done': async ({ logger: l }) => { await released; l.info('done'); } } },
      { name: 'b', hooks: { 'astro:build:done': async ({ logger: l }) => { l.info('releasing'); release(); } } },
    ]);
    const outcome = await Promise.race([run(combined, 'astro:build:done', logger('root', lines)).then(() => 'finished'), new Promise((r) => setTimeout(() => r('stuck'), 2000))]);
    expect(outcome).toBe('finished');
    expect(lines).toEqual(['root: pages done; running a, b at once', 'b: releasing', 'a: done']);
  });

  it('runs the other hooks one after another, in the given order', async () => {
    const order: string[] = [];
    const slow = (name: string, ms: number): AstroIntegration => ({
      name,
      hooks: { 'astro:config:done': async () => { await new Promise((r) => setTimeout(r, ms)); order.push(name); } },
    });
    await run(concurrentBuildDone('both', [slow('a', 50), slow('b', 0)]), 'astro:config:done', logger());
    expect(order).toEqual(['a', 'b']);
  });

  it('lets every build:done hook finish, then fails with the first error', async () => {
    const lines: string[] = [];
    const combined = concurrentBuildDone('both', [
      { name: 'a', hooks: { 'astro:build:done': async () => { throw new Error('index failed'); } } },
      { name: 'b', hooks: { 'astro:build:done': async ({ logger: l }) => { await new Promise((r) => setTimeout(r, 20)); l.info('finished'); } } },
    ]);
    await expect(run(combined, 'astro:build:done', logger('root', lines))).rejects.toThrow('index failed');
    expect(lines).toEqual(['root: pages done; running a, b at once', 'b: finished']);
  });
});
