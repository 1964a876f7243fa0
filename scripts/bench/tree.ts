// Peak resident memory of every process a stage starts, read from /proc.
// GNU time alone does not see them all: it reports the largest process it
// reaped, and the Pagefind binary that Pagefind's Node API spawns is not always
// reaped by the build (it is unref'd and left to the system when the build
// exits). So the bench polls the stage's process tree: each process's own
// high-water mark (VmHWM) only grows, so the last reading before it exits is
// its peak, short of what it gained in the last poll interval. No library
// reads another process tree's memory on Linux without native code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ProcessPeak {
  pid: number;
  /** The program's file name and, for a script runner, the script's (node astro.mjs). */
  command: string;
  /** Peak resident set size (VmHWM), in bytes. */
  peakRss: number;
}

/** pid, parent pid and command name of one /proc/PID/stat line; the name is in parentheses and may hold spaces and parentheses. */
export function parseStat(stat: string): { pid: number; ppid: number; comm: string; state: string } | undefined {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = stat.slice(close + 2).split(' ');
  const pid = Number(stat.slice(0, open).trim());
  const ppid = Number(rest[1]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  return { pid, ppid, comm: stat.slice(open + 1, close), state: rest[0]! };
}

/** A /proc/PID/status field in kB (VmHWM, VmRSS), in bytes. */
export function statusBytes(status: string, field: 'VmHWM' | 'VmRSS'): number | undefined {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** Every process below `root` (not `root` itself), from a pid → parent pid map. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** A readable name from a NUL-separated /proc/PID/cmdline: the program, and the script a runtime runs. */
export function commandName(cmdline: string, comm: string): string {
  const argv = cmdline.split('\0').filter(Boolean);
  if (!argv.length) return comm;
  const program = path.basename(argv[0]!);
  const script = argv.slice(1).find((a) => !a.startsWith('-') && /\.(m?js|ts|cjs)$/.test(a));
  return script ? `${program} ${path.basename(script)}` : program;
}

const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process exited between listing and reading.
    return undefined;
  }
};

/** Polls the tree below `root` until stopped; `peaks()` lists each process seen with its peak. */
export class TreeSampler {
  #peaks = new Map<number, ProcessPeak>();
  #treePeak = 0;
  #timer: NodeJS.Timeout;
  /** Running processes of the tree, with the kernel's OOM kill count when each was last seen running. */
  #alive = new Map<number, number>();
  /** Processes of the tree that vanished in a poll interval in which the kernel killed a process for memory. */
  readonly killedForMemory: { command: string; peakRss: number; at: number }[] = [];

  readonly root: number;

  constructor(root: number, intervalMs = 200) {
    this.root = root;
    this.#timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    const parents = new Map<number, number>();
    const comms = new Map<number, string>();
    const zombies = new Set<number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = read(`/proc/${name}/stat`);
      const parsed = stat && parseStat(stat);
      if (!parsed) continue;
      parents.set(parsed.pid, parsed.ppid);
      comms.set(parsed.pid, parsed.comm);
      if (parsed.state === 'Z') zombies.add(parsed.pid);
    }
    let tree = 0;
    const tracked = [this.root, ...descendants(this.root, parents)];
    const kills = oomKills();
    // A process that stopped running (gone, or a zombie not yet reaped) while the kernel killed for memory.
    for (const [pid, killsThen] of this.#alive) {
      if (parents.has(pid) && !zombies.has(pid)) continue;
      this.#alive.delete(pid);
      const gone = this.#peaks.get(pid);
      if (gone && kills > killsThen) this.killedForMemory.push({ command: gone.command, peakRss: gone.peakRss, at: performance.now() });
    }
    for (const pid of tracked) if (!zombies.has(pid)) this.#alive.set(pid, kills);
    for (const pid of tracked) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      const hwm = statusBytes(status, 'VmHWM') ?? 0;
      tree += statusBytes(status, 'VmRSS') ?? 0;
      const known = this.#peaks.get(pid);
      if (known) known.peakRss = Math.max(known.peakRss, hwm);
      else this.#peaks.set(pid, { pid, command: commandName(read(`/proc/${pid}/cmdline`) ?? '', comms.get(pid) ?? '?'), peakRss: hwm });
    }
    this.#treePeak = Math.max(this.#treePeak, tree);
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** Processes seen, largest peak first; GNU time itself (the root) left out. */
  peaks(): ProcessPeak[] {
    return [...this.#peaks.values()].filter((p) => p.pid !== this.root).sort((a, b) => b.peakRss - a.peakRss);
  }

  /** The largest sum of resident memory of the whole tree at one poll. */
  get treePeakRss(): number {
    return this.#treePeak;
  }
}

/** The kernel's count of processes it killed for memory (all of the machine). */
export function oomKills(): number {
  const m = /^oom_kill (\d+)$/m.exec(read('/proc/vmstat') ?? '');
  return m ? Number(m[1]) : 0;
}
