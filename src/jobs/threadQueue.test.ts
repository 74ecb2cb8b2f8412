import { xoroshiro128plus } from 'pure-rand';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptions } from '../core/forecast/forecastOptions';
import { rngFromGenerator } from '../core/forecast/rng';
import { syntheticCouncil } from '../core/forecast/syntheticCouncil';
import type { JobHooks } from './jobQueue';
import { ThreadQueue } from './threadQueue';

const payload = (firstSimulation: number) => ({
  inputsJson: JSON.stringify({ transitions: 'not inputs' }),
  options: {},
  seed: 1,
  firstSimulation,
  simulations: 1,
});

describe('the threads queue runs a kind’s hooks around each job', () => {
  const queues: ThreadQueue[] = [];
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
  });

  it('skips a job its starting hook refuses, and reports a failed one to the failed hook', async () => {
    const heard: string[] = [];
    const hooks: JobHooks = {
      starting: (p) => Promise.resolve((p as { firstSimulation: number }).firstSimulation !== 0),
      completed: () => Promise.resolve(void heard.push('completed')),
      failed: (p, reason) =>
        Promise.resolve(
          void heard.push(`failed ${(p as { firstSimulation: number }).firstSimulation}: ${reason}`),
        ),
    };
    const queue = new ThreadQueue(1, { 'forecast-chunk': hooks });
    queues.push(queue);
    const batch = await queue.submit('forecast-chunk', [payload(0), payload(1)]);
    await expect(batch.results()).rejects.toThrow(/^Job 2 \(forecast-chunk\) failed: /);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^failed 1: /);
    expect((await batch.progress()).jobs.map((j) => [j.state, j.worker])).toEqual([
      ['completed', 'skipped'],
      ['failed', undefined],
    ]);
  });

  it('keeps a result with the completed hook before the job counts as done, and a hook that throws fails the job', async () => {
    const kept: unknown[] = [];
    let refuse = false;
    const queue = new ThreadQueue(1, {
      'forecast-chunk': {
        completed: (_p, result) => {
          if (refuse) return Promise.reject(new Error('the database is away'));
          kept.push(result);
          return Promise.resolve();
        },
      },
    });
    queues.push(queue);
    const chunk = {
      ...payload(0),
      inputsJson: JSON.stringify(syntheticCouncil(rngFromGenerator(xoroshiro128plus(1)), 0.1)),
      options: defaultOptions,
    };
    const [result] = await (await queue.submit('forecast-chunk', [chunk])).results();
    expect(result).toMatchObject({ firstSimulation: 0, simulations: 1 });
    expect(kept).toEqual([result]);
    refuse = true;
    await expect((await queue.submit('forecast-chunk', [chunk])).results()).rejects.toThrow(
      'Job 1 (forecast-chunk) failed: the database is away',
    );
  });

  it('does not report jobs cut short by closing the queue as failed (they are resumed at the next start)', async () => {
    const failed: string[] = [];
    const queue = new ThreadQueue(1, {
      'forecast-chunk': { failed: (_p, r) => Promise.resolve(void failed.push(r)) },
    });
    const batch = await queue.submit('forecast-chunk', [payload(0)]);
    await queue.close();
    await expect(batch.results()).rejects.toThrow('the thread pool was closed before the job finished');
    expect(failed).toEqual([]);
  });
});
