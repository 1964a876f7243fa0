// Runs the astro:build:done hooks of several integrations at the same time
// instead of one after another (their other hooks run in order, as Astro
// would run them). Pagefind indexes in a process of its own and the phrase
// index in a worker thread, both from the start of the build, while the
// exports run on the build's thread once the pages are written, so on a
// machine with two CPUs or more they overlap (docs/performance.md). Each
// integration logs under its own name.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

type Hooks = AstroIntegration['hooks'];
type AnyHook = (options: { logger: AstroIntegrationLogger }) => unknown;

const hookOf = (integration: AstroIntegration, name: string) => (integration.hooks as Record<string, AnyHook | undefined>)[name];

export function concurrentBuildDone(name: string, integrations: AstroIntegration[]): AstroIntegration {
  const names = [...new Set(integrations.flatMap((i) => Object.keys(i.hooks)))];
  const hooks: Record<string, AnyHook> = {};
  for (const hook of names) {
    const own = (options: { logger: AstroIntegrationLogger }, integration: AstroIntegration) =>
      hookOf(integration, hook)?.({ ...options, logger: options.logger.fork(integration.name) });
    hooks[hook] =
      hook === 'astro:build:done'
        ? async (options) => {
            // The line that says the pages are done and the indexes start (the benchmark times phases by it).
            options.logger.info(`pages done; running ${integrations.map((i) => i.name).join(', ')} at once`);
            const results = await Promise.allSettled(integrations.map((integration) => own(options, integration)));
            const failed = results.find((r) => r.status === 'rejected');
            if (failed) throw failed.reason;
          }
        : async (options) => {
            for (const integration of integrations) await own(options, integration);
          };
  }
  return { name, hooks: hooks as Hooks };
}
