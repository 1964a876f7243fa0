// Progress of the per-file half of ingest on stderr: a bar redrawn in place on
// a terminal, a plain line every few seconds when stderr is a file or a pipe
// (a CI log, `2> log`), nothing when quiet. cli-progress draws both; the line
// is ours so that a log reads the same as the bar.
import { SingleBar } from 'cli-progress';

export interface Progress {
  tick(done: number): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

/** How often a plain line is written when stderr is not a terminal. */
const LOG_EVERY_MS = 2000;

function time(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** "120/1000 files (12%), 85 files/s, 10s left" */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const left = done >= total ? '0s' : rate > 0 ? time((total - done) / rate) : '?';
  return `${done}/${total} files (${percent}%), ${rate.toFixed(rate < 10 ? 1 : 0)} files/s, ${left} left`;
}

export function progress(total: number, options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || total === 0) return SILENT;
  const tty = stream.isTTY === true;
  const bar = new SingleBar({
    stream,
    noTTYOutput: true,
    notTTYSchedule: LOG_EVERY_MS,
    // Cursor and line wrapping left as they are: a run stopped with Ctrl-C must not leave the terminal changed.
    hideCursor: false,
    linewrap: true,
    barsize: 20,
    format: tty ? 'ingest [{bar}] {line}' : 'ingest: {line}',
  });
  const started = Date.now();
  const line = (done: number) => ({ line: progressLine(done, total, Date.now() - started) });
  bar.start(total, 0, line(0));
  return {
    tick: (done) => bar.update(done, line(done)),
    stop: () => bar.stop(),
  };
}
