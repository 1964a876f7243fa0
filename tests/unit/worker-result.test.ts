import { describe, expect, it } from 'vitest';
import { processResult } from '../../src/integrations/worker-result.ts';

const script = new URL('../fixtures/worker-result/large-answer.ts', import.meta.url);

describe('processResult', () => {
  // The child exits with code 1 as soon as it has sent its answer (childAnswer disconnects, and the disconnect ends
  // it): its 'exit' can come before a large answer is read from the channel, which failed a build under load
  // (docs/performance.md, thirty-seventh session). The answer is taken once the channel is closed as well.
  it('takes a large answer of a child that exits with code 1 right after sending it', async () => {
    for (let round = 0; round < 3; round++) {
      const answering = processResult<{ slogan: string }[]>(script, { entries: 20_000 }, 'test step');
      // The build's thread busy with pages while the child answers and exits: both wait for the event loop.
      const until = Date.now() + 1000;
      while (Date.now() < until);
      const answer = await answering;
      expect(answer).toHaveLength(20_000);
      expect(answer[19_999]!.slogan).toBe('口号19999');
    }
  }, 60_000);

  it('still names the step when the child stops without answering', async () => {
    const missing = new URL('../fixtures/worker-result/no-such-script.ts', import.meta.url);
    await expect(processResult(missing, {}, 'test step')).rejects.toThrow(/test step: its process stopped \(exit code 1\)/);
  }, 60_000);
});
