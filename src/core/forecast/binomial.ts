import type { Rng } from './rng';

// Exact binomial draws: inversion (BINV) when n·p is small, Hörmann's BTRD otherwise ("The generation of
// binomial random variates", 1993), the same split as kixi.stats. kixi.stats 0.4.3 had the step 3.1
// recurrence wrong, which biased witan.send's golden outputs upwards (MODEL-NOTES §1.6); the recurrence
// below is f(i)/f(i-1) = (n+1-i)p/(iq) = nr/i - r, and binomial.test.ts checks the whole distribution.

const INVERSION_LIMIT = 14;

// Stirling-series remainders fc(k) = log k! - [(k + 1/2) log(k + 1) - (k + 1) + log(2π)/2] for k < 10.
const STIRLING_TAIL = [
  0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
  0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
];

function stirlingTail(k: number): number {
  if (k < 10) return STIRLING_TAIL[k] as number;
  const r = 1 / (k + 1);
  const rr = r * r;
  return (1 / 12 - (1 / 360 - rr / 1260) * rr) * r;
}

function binomialInversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const r0 = Math.exp(n * Math.log1p(-p));
  for (;;) {
    let u = rng.uniform();
    let r = r0;
    let x = 0;
    while (u > r) {
      u -= r;
      x += 1;
      if (x > n) break;
      r *= a / x - s;
    }
    // Rounding can leave u above the whole remaining mass: draw again rather than return n + 1.
    if (x <= n) return x;
  }
}

function binomialBtrd(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  const r = p / q;
  const nr = (n + 1) * r;
  const npq = n * p * q;
  for (;;) {
    let v = rng.uniform();
    let u: number;
    if (v <= urvr) {
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = rng.uniform() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = Math.sign(u) * 0.5 - u;
      v = rng.uniform() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      // Step 3.1: f(k)/f(m) by the recurrence, from the mode towards k.
      let f = 1;
      if (m < k) {
        for (let i = m + 1; i <= k; i += 1) f *= nr / i - r;
      } else if (m > k) {
        for (let i = k + 1; i <= m; i += 1) v *= nr / i - r;
      }
      if (v <= f) return k;
      continue;
    }
    // Step 3.2: squeeze on log v, then step 3.3-3.4: the exact log ratio via Stirling remainders.
    const logV = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (logV < t - rho) return k;
    if (logV > t + rho) continue;
    const nm = n - m + 1;
    const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingTail(m) + stirlingTail(n - m);
    const nk = n - k + 1;
    if (
      logV <=
      h +
        (n + 1) * Math.log(nm / nk) +
        (k + 0.5) * Math.log((nk * r) / (k + 1)) -
        stirlingTail(k) -
        stirlingTail(n - k)
    ) {
      return k;
    }
  }
}

/** A Binomial(n, p) draw: the number of successes in n trials of probability p. */
export function binomialVariate(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialVariate(rng, n, 1 - p);
  return n * p < INVERSION_LIMIT ? binomialInversion(rng, n, p) : binomialBtrd(rng, n, p);
}
