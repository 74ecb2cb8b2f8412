// Axis arithmetic for the small SVG charts: round tick values and a linear mapping onto pixels.

/** Round tick values (1, 2 or 5 times a power of ten apart) covering min..max, zero included. */
export function niceTicks(min: number, max: number, about = 5): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const rough = (high - low) / about;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Whole multiples of the step, so 0.1 + 0.2 never shows up as 0.30000000000000004.
  for (let n = Math.round(first / step); n <= Math.round(last / step); n += 1) {
    ticks.push(Number((n * step).toPrecision(12)));
  }
  return ticks;
}

/** Maps a domain [d0, d1] onto a range [r0, r1] linearly. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}
