// Runs one stage as a child process under GNU time, for its wall time and
// CPU time, polls its process tree for the peak resident memory of every
// process in it (tree.ts), and timestamps every line it prints so that phases
// inside one process (Astro's page generation, each astro:build:done
// integration) can be timed from their log lines. A stage that fails or runs
// out of memory is returned as such (exit.ts), so that the bench reports it
// and goes on with what does not depend on it.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { classifyEnd, type StageEnd } from './exit.ts';
import { TreeSampler, type ProcessPeak } from './tree.ts';

export interface Measured {
  seconds: number;
  /** User plus system CPU time: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Peak resident set size of the largest process of the stage's tree, in bytes. */
  peakRss: number;
  /** Every process of the stage's tree with its own peak, largest first. */
  processes: ProcessPeak[];
  /** The largest resident memory of the whole tree at once. */
  treePeakRss: number;
  end: StageEnd;
  /** Each output line with the seconds since the start at which it arrived. */
  lines: { at: number; text: string }[];
}

export const TIME_BIN = '/usr/bin/time';

/** How long a stage may go on after the kernel killed one of its processes for memory (a build can wait forever on a lost Pagefind). */
const AFTER_OOM_MS = 120_000;

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
    // A process group of its own, so that a stage left hanging can be ended as a whole.
    detached: true,
  });
  const sampler = new TreeSampler(child.pid!);
  const watchdog = setInterval(() => {
    const killed = sampler.killedForMemory[0];
    if (killed && performance.now() - killed.at > AFTER_OOM_MS) {
      appendFileSync(options.log, `\nbench: ending the stage ${AFTER_OOM_MS / 1000} s after ${killed.command} was killed for memory\n`);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }, 5000);
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
  await new Promise<void>((resolve) => child.on('close', () => resolve()));
  sampler.sample();
  sampler.stop();
  clearInterval(watchdog);
  const wall = (performance.now() - started) / 1000;
  const timeOutput = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const [rssKb, seconds, user, system] = (/^(\d+) ([\d.]+) ([\d.]+) ([\d.]+)$/m.exec(timeOutput)?.slice(1) ?? []).map(Number);
  const end = classifyEnd(
    timeOutput,
    lines.map((l) => l.text),
    sampler.killedForMemory.map((k) => k.command),
  );
  if (end.status !== 'ok') appendFileSync(options.log, `\nbench: ${command} ended: ${end.status} (${end.exit})${end.reason ? `: ${end.reason}` : ''}\n`);
  const processes = sampler.peaks();
  // GNU time's figure is the largest process it reaped, which the poll can miss by a last interval's growth.
  const peakRss = Math.max((rssKb ?? 0) * 1024, ...processes.map((p) => p.peakRss));
  return { seconds: seconds ?? wall, cpuSeconds: (user ?? 0) + (system ?? 0), peakRss, processes, treePeakRss: sampler.treePeakRss, end, lines };
}

/** Seconds since the start at which the first line matching `pattern` arrived. */
export function lineAt(measured: Measured, pattern: RegExp): number | undefined {
  return measured.lines.find((l) => pattern.test(l.text))?.at;
}
