// Tells page code where the project and the cache folder are, as the virtual
// module `virtual:speech-archive/build-context`: pages read the generated MDX
// files by their collection entry's filePath (relative to the root) and keep
// per-document results between builds in the cache folder (src/lib/document-source.ts).
// Astro gives integrations the resolved config, but not page modules.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const ID = 'virtual:speech-archive/build-context';
const RESOLVED = `\0${ID}`;

export function buildContext(): AstroIntegration {
  return {
    name: 'speech-archive:build-context',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const context = { root: fileURLToPath(config.root), cacheDir: fileURLToPath(config.cacheDir) };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'speech-archive:build-context',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export const root = ${JSON.stringify(context.root)};\nexport const cacheDir = ${JSON.stringify(context.cacheDir)};\n` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
