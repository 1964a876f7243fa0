// Training-data exports written at build time (issue 8). Placeholder.
import type { AstroIntegration } from 'astro';

export function dataExports(): AstroIntegration {
  return { name: 'speech-archive:exports', hooks: {} };
}
