/** The nearest-rank percentile of `values` (`fraction` 0.5 for the median, 0.95 for p95); NaN when empty. */
export declare function percentile(values: readonly number[], fraction: number): number;
