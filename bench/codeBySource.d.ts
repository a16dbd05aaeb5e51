import type { BundleSpec } from './bundles';

/** A source map's fields that name the sources and map the code to them. */
export interface SourceMapSources {
  sources: string[];
  mappings: string;
}

/** How many mapped segments of a source map come from each of its sources. */
export declare function segmentsBySource(map: SourceMapSources): Map<string, number>;

/**
 * The source files (relative to the repository root) a bundle of `dist` holds code from, with how many mapped
 * segments each gives.
 */
export declare function codeBySource(spec: BundleSpec): Promise<Map<string, number>>;
