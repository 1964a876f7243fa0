// Runs one stage as a child process under GNU time, for its wall time and peak
// resident memory, and timestamps every line it prints so that phases inside
// one process (Astro's page generation, each astro:build:done integration)
// can be timed from their log lines.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export interface Measured {
  seconds: number;
  /** User plus system CPU time: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Peak resident set size of the process, in bytes. */
  peakRss: number;
  /** Each output line with the seconds since the start at which it arrived. */
  lines: { at: number; text: string }[];
}

export const TIME_BIN = '/usr/bin/time';

export async function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; log: string; cwd?: string }): Promise<Measured> {
  if (!existsSync(TIME_BIN)) throw new Error(`bench: ${TIME_BIN} (GNU time) is needed to measure peak memory; install the Debian package "time"`);
  const timeFile = `${options.log}.time`;
  rmSync(timeFile, { force: true });
  appendFileSync(options.log, `\n$ ${command} ${args.join(' ')}\n`);
  // The disk flushed first, so that the writes still pending from the step before
  // (generating the corpus, removing the last output) are not timed as this stage's.
  spawnSync('sync');
  const started = performance.now();
  const child = spawn(TIME_BIN, ['-f', '%M %e %U %S', '-o', timeFile, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Measured['lines'] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = (performance.now() - started) / 1000;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      // Astro colours its log when it thinks it is in CI: match on the text alone.
      for (const text of parts) lines.push({ at, text: stripVTControlCharacters(text) });
      appendFileSync(options.log, chunk);
    });
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`bench: ${command} ${args.join(' ')} exited with ${code}; see ${options.log}`);
  const [rssKb, seconds, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, cpuSeconds: user! + system!, peakRss: rssKb! * 1024, lines };
}

/** Seconds since the start at which the first line matching `pattern` arrived. */
export function lineAt(measured: Measured, pattern: RegExp): number | undefined {
  return measured.lines.find((l) => pattern.test(l.text))?.at;
}
