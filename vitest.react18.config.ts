import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { oneFilePerCore, sharedConfig } from './vitest.shared.ts';

// The hook, button and leak tests again, against React 18.3 (the oldest React the peer range allows). npm cannot install
// it next to React 19 at the root, so it lives in its own folder: `npm ci --prefix tools/react18`.
const react18Modules = resolve(import.meta.dirname, 'tools/react18/node_modules');
const installed = existsSync(resolve(react18Modules, 'react/package.json'));
if (!installed && process.argv.some((argument) => argument.includes('react18'))) {
  console.warn('React 18 is not installed: run `npm ci --prefix tools/react18` before the react18 project.');
}

export default mergeConfig(
  sharedConfig,
  defineConfig({
    resolve: {
      // Every import of React, from our sources and from the inlined libraries below, gets React 18.
      alias: installed
        ? [
            { find: /^react$/, replacement: resolve(react18Modules, 'react/index.js') },
            { find: /^react\/(.*)$/, replacement: `${resolve(react18Modules, 'react')}/$1` },
            { find: /^react-dom$/, replacement: resolve(react18Modules, 'react-dom/index.js') },
            { find: /^react-dom\/(.*)$/, replacement: `${resolve(react18Modules, 'react-dom')}/$1` },
            // Its ESM build, so its own React imports go through the aliases above (its CommonJS `main` would
            // `require` the root's React 19 past Vite).
            {
              find: /^@testing-library\/react$/,
              replacement: resolve(
                import.meta.dirname,
                'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
              ),
            },
          ]
        : [],
    },
    test: {
      name: 'react18',
      environment: 'jsdom',
      // Without the install there is nothing to run here; other projects must not fail for it.
      include: installed
        ? [
            'test/unit/react/**/*.test.{ts,tsx}',
            'test/unit/components/**/*.test.{ts,tsx}',
            'test/unit/leaks/**/*.test.{ts,tsx}',
            'tools/react18/**/*.test.{ts,tsx}',
          ]
        : [],
      exclude: ['**/node_modules/**'],
      setupFiles: ['test/unit/setup.ts'],
      globals: true,
      maxWorkers: oneFilePerCore,
      // Libraries that import React must go through Vite, or Node would load the root's React 19 for them.
      server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query'] } },
    },
  }),
);
