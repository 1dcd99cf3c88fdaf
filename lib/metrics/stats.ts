/**
 * The few statistics an A/B test of outreach needs, written out so they can be
 * checked against textbook values (see tests/unit/metrics/stats.test.ts).
 */

/** z for a two-sided 95 % interval / α = 0.05. */
export const z975 = 1.959963984540054;
/** z for 80 % power. */
export const z80 = 0.8416212335729143;

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval: unlike the normal interval it stays inside [0, 1] and works for 0 or n successes. */
export function wilsonInterval(successes: number, trials: number, z = z975): Interval {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 or n successes the bound is exactly 0 or 1; say so rather than 0.9999999999999999.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

const logFactorials: number[] = [0];

/** ln(n!) from a table grown on demand: exact sums, no Stirling error for small tables. */
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push((logFactorials[i - 1] ?? 0) + Math.log(i));
  return logFactorials[n] ?? 0;
}

/** ln P(X = a) for the hypergeometric law of the 2×2 table [[a, b], [c, d]] given its margins. */
function logHypergeometric(a: number, row1: number, row2: number, col1: number): number {
  const b = row1 - a;
  const c = col1 - a;
  const d = row2 - c;
  const n = row1 + row2;
  return (
    logFactorial(row1) +
    logFactorial(row2) +
    logFactorial(col1) +
    logFactorial(n - col1) -
    logFactorial(n) -
    logFactorial(a) -
    logFactorial(b) -
    logFactorial(c) -
    logFactorial(d)
  );
}

/**
 * Fisher's exact test, two-sided, for [[a, b], [c, d]]: the sum of the
 * probabilities of every table with the same margins that is no more likely
 * than the observed one (the rule R's fisher.test uses, with its 1e-7 relative
 * tolerance so ties are not lost to rounding). Works in log space, so large
 * counts do not overflow.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const observed = logHypergeometric(a, row1, row2, col1);
  const threshold = observed + Math.log1p(1e-7);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
    const logP = logHypergeometric(x, row1, row2, col1);
    if (logP <= threshold) p += Math.exp(logP);
  }
  return Math.min(1, p);
}

/** Standard normal cumulative distribution, via erfc (Numerical Recipes' Chebyshev fit, |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const result = t * Math.exp(poly);
  return x >= 0 ? result : 2 - result;
}

export interface ZTest {
  z: number;
  p: number;
}

/** Two-proportion z-test with the pooled standard error; two-sided p. */
export function twoProportionZTest(s1: number, n1: number, s2: number, n2: number): ZTest {
  const pooled = (s1 + s2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, p: 1 };
  const z = (s1 / n1 - s2 / n2) / se;
  return { z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}

/**
 * Sends per variant needed to detect the difference between p1 and p2 with
 * 80 % power at α = 0.05 two-sided (the classic formula for two proportions).
 * Infinity when the rates are equal.
 */
export function sampleSizePerVariant(p1: number, p2: number): number {
  const effect = Math.abs(p1 - p2);
  if (effect === 0) return Number.POSITIVE_INFINITY;
  const mean = (p1 + p2) / 2;
  const root = z975 * Math.sqrt(2 * mean * (1 - mean)) + z80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((root * root) / (effect * effect));
}
