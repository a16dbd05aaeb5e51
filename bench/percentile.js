// Shared by bench/run.js in Node and the bench page (bench/app/main.tsx) in the browser: no Node APIs here.

/** The nearest-rank percentile of `values` (`fraction` 0.5 for the median, 0.95 for p95); NaN when empty. */
export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}
