// Exact phrase search layer built from the finished site (issue 7). Placeholder.
import type { AstroIntegration } from 'astro';

export function phraseIndex(): AstroIntegration {
  return { name: 'speech-archive:phrase-index', hooks: {} };
}
