import type { Metafile } from 'esbuild';

/** A public entry a bundle imports from. */
export type Entry = 'index' | 'fetch' | 'core';

/** What an app imports, by entry, and which peers it leaves out. */
export interface BundleSpec {
  imports: Partial<Record<Entry, string[]>>;
  external: string[];
}

/** A budgeted bundle: a {@link BundleSpec} with the name size-limit reports it under. */
export interface BudgetedBundle extends BundleSpec {
  name: string;
}

/** The peers an app on the fetch client has: React and react-query. */
export declare const reactPeers: string[];
/** Every peer: the app's own dependencies, never bundled into dist, nor counted in what an app pays for us. */
export declare const peers: string[];
/** The output charset of every measured bundle: UTF-8, as app bundlers keep it. */
export declare const charset: 'utf8';
/** The budgeted bundles; their limits are in .size-limit.js. */
export declare const bundles: Record<'hook' | 'hookAndButton' | 'buttonOnFetch', BudgetedBundle>;

/** A bundle's imports as `[file, names]` pairs, the file relative to the repository root. */
export declare function importedFiles(
  imports: BundleSpec['imports'],
  from?: 'dist' | 'src',
): [file: string, names: string[]][];

/** Bundles `imports` the way size-limit does (esbuild, minified, ESM), from the built `dist` or from `src`. */
export declare function buildBundle(
  spec: BundleSpec,
  from?: 'dist' | 'src',
): Promise<{ code: Uint8Array; text: string; metafile: Metafile }>;
