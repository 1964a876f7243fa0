declare module 'virtual:speech-archive/build-context' {
  /** The project root, an absolute path. */
  export const root: string;
  /** Astro's cacheDir, an absolute path: kept between builds. */
  export const cacheDir: string;
}
