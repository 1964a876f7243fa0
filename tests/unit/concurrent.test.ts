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
  it('runs build:done hooks at once: the second starts while the first waits', async () => {
    const lines: string[] = [];
    let bStarted = false;
    const combined = concurrentBuildDone('both', [
      { name: 'a', hooks: { 'astro:build:done': async ({ logger: l }) => { await Promise.resolve(); l.info(bStarted ? 'b had started' : 'b had not started'); } } },
      { name: 'b', hooks: { 'astro:build:done': async ({ logger: l }) => { bStarted = true; l.info('started'); } } },
    ]);
    await run(combined, 'astro:build:done', logger('root', lines));
    expect(lines).toEqual(['root: pages done; running a, b at once', 'b: started', 'a: b had started']);
  });

  it('runs the other hooks one after another, in the given order', async () => {
    const order: string[] = [];
    // The first yields before it finishes: run at once, the second would finish first.
    const hooks = (name: string, yields: boolean): AstroIntegration => ({
      name,
      hooks: { 'astro:config:done': async () => { if (yields) await Promise.resolve(); order.push(name); } },
    });
    await run(concurrentBuildDone('both', [hooks('a', true), hooks('b', false)]), 'astro:config:done', logger());
    expect(order).toEqual(['a', 'b']);
  });

  it('lets every build:done hook finish, then fails with the first error', async () => {
    const lines: string[] = [];
    // setImmediate runs after every pending promise callback: the failure is known by then.
    const afterPromises = () => new Promise((resolve) => setImmediate(resolve));
    const combined = concurrentBuildDone('both', [
      { name: 'a', hooks: { 'astro:build:done': async () => { throw new Error('index failed'); } } },
      { name: 'b', hooks: { 'astro:build:done': async ({ logger: l }) => { await afterPromises(); l.info('finished'); } } },
    ]);
    await expect(run(combined, 'astro:build:done', logger('root', lines))).rejects.toThrow('index failed');
    expect(lines).toEqual(['root: pages done; running a, b at once', 'b: finished']);
  });
});
