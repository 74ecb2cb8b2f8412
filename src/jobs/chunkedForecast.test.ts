import { xoroshiro128plus } from 'pure-rand';
import { afterAll, describe, expect, it } from 'vitest';
import { runForecast } from '../core/forecast/forecast';
import { defaultOptions } from '../core/forecast/forecastOptions';
import { rngFromGenerator } from '../core/forecast/rng';
import { syntheticCouncil } from '../core/forecast/syntheticCouncil';
import { runChunkedForecast, type ForecastRequest } from './chunkedForecast';
import { streamsOfSeed } from './forecastChunk';
import { ThreadQueue } from './threadQueue';

const request: ForecastRequest = {
  inputs: syntheticCouncil(rngFromGenerator(xoroshiro128plus(11)), 0.3),
  options: defaultOptions,
  seed: 2024,
  simulations: 37,
};
const single = runForecast(request.inputs, request.options, request.simulations, streamsOfSeed(request.seed));

describe('a forecast split into chunks', () => {
  const queues: ThreadQueue[] = [];
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
  });

  it('gives exactly one run’s numbers inline, whatever the chunk size', async () => {
    for (const chunkSize of [1, 7, 37, 100]) {
      const progress: number[] = [];
      const chunked = await runChunkedForecast(request, undefined, (done) => progress.push(done), chunkSize);
      expect(Array.from(chunked.simulated.values)).toEqual(Array.from(single.simulated.values));
      expect(chunked.years).toEqual(single.years);
      expect(progress.at(0)).toBe(0);
      expect(progress.at(-1)).toBe(37);
    }
  });

  it('gives exactly one run’s numbers on one thread and on two', async () => {
    const workers = new Set<string>();
    for (const threads of [1, 2]) {
      const queue = new ThreadQueue(threads);
      queues.push(queue);
      const seen: number[] = [];
      const forecast = await runChunkedForecast(request, queue, (done) => seen.push(done), 5);
      expect(forecast.years).toEqual(single.years);
      expect(Array.from(forecast.simulated.values)).toEqual(Array.from(single.simulated.values));
      expect(seen.at(-1)).toBe(37);
      const batch = await queue.submit<{ simulations: number }>('forecast-chunk', [
        {
          inputsJson: JSON.stringify(request.inputs),
          options: request.options,
          seed: 1,
          firstSimulation: 0,
          simulations: 3,
        },
        {
          inputsJson: JSON.stringify(request.inputs),
          options: request.options,
          seed: 1,
          firstSimulation: 3,
          simulations: 3,
        },
      ]);
      expect((await batch.results()).map((r) => r.simulations)).toEqual([3, 3]);
      const progress = await batch.progress();
      expect(progress).toMatchObject({ total: 2, done: 2, failed: 0 });
      for (const job of progress.jobs) workers.add(job.worker ?? '');
    }
    expect(workers.size).toBeGreaterThanOrEqual(2);
  });

  it('reports a failing job by its place in the batch, and the pool keeps working', async () => {
    const queue = new ThreadQueue(1);
    queues.push(queue);
    const batch = await queue.submit('forecast-chunk', [{ inputsJson: '{"transitions": 3}' }]);
    await expect(batch.results()).rejects.toThrow(/^Job 1 \(forecast-chunk\) failed: /);
    expect((await batch.progress()).failed).toBe(1);
    await expect(queue.submit('no-such-kind', [{}]).then((b) => b.results())).rejects.toThrow(
      "There is no job kind 'no-such-kind' (known: forecast-chunk, forecast-run-chunk, national-backtest-council, reform-plan-forecast).",
    );
  });
});
