// How a measured stage ended. A stage that runs out of memory is a result
// of the benchmark (where the wall is), not a failure of it, so it is told
// apart from other failures: V8's heap limit aborts Node with a fatal error
// line, and the kernel's OOM killer sends SIGKILL to the largest process —
// the stage's own or one it started (Pagefind's binary), after which the
// stage fails in whatever way the loss of that process makes it fail.

export type StageStatus = 'ok' | 'out of memory' | 'failed';

export interface StageEnd {
  status: StageStatus;
  /** How the stage's own process ended: "exit 0", "exit 1", "signal 9". */
  exit: string;
  /** Why it counts as out of memory, or the last error-looking line of a failure. */
  reason?: string;
}

const HEAP = /JavaScript heap out of memory|Reached heap limit|FATAL ERROR: .*(?:Allocation failed|out of memory)/i;
const ERROR = /\b(?:error|exception|fatal|failed|killed)\b/i;

/**
 * @param timeOutput the file GNU time wrote: "Command exited with non-zero status N" or
 *   "Command terminated by signal N" before the format line, when the command did not exit 0
 * @param lines the stage's output lines
 * @param killedForMemory processes of the stage's tree that the kernel killed for memory
 */
export function classifyEnd(timeOutput: string, lines: readonly string[], killedForMemory: readonly string[] = []): StageEnd {
  const signal = /Command terminated by signal (\d+)/.exec(timeOutput)?.[1];
  const code = /Command exited with non-zero status (\d+)/.exec(timeOutput)?.[1];
  const exit = signal ? `signal ${signal}` : `exit ${code ?? 0}`;
  const heap = lines.find((l) => HEAP.test(l));
  if (heap) return { status: 'out of memory', exit, reason: heap.trim() };
  if (killedForMemory.length) return { status: 'out of memory', exit, reason: `the kernel killed ${killedForMemory.join(', ')} for memory` };
  // SIGKILL with no one else to blame is the OOM killer's signature: nothing in the bench sends it.
  if (signal === '9') return { status: 'out of memory', exit, reason: 'killed by SIGKILL (the kernel OOM killer)' };
  if (exit === 'exit 0') return { status: 'ok', exit };
  const last = lines.findLast((l) => ERROR.test(l));
  return { status: 'failed', exit, ...(last ? { reason: last.trim() } : {}) };
}
