import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumBrowser, sharedConfig } from './vitest.shared.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Setting up Storybook (reading its config, indexing the stories) takes seconds, and Vitest loads every project's
// config even when `--project` picks others: only pay for it when this project can run.
function selectedByCommandLine(name: string): boolean {
  const { argv } = process;
  const filters = argv.flatMap((argument, index) =>
    argument === '--project'
      ? [argv[index + 1] ?? '']
      : argument.startsWith('--project=')
        ? [argument.slice('--project='.length)]
        : [],
  );
  return filters.length === 0 || filters.some((filter) => filter === name || /[*!?[{]/.test(filter));
}

// Every story (and its play function) as a test in real Chromium, with an axe check; the live stories talk to
// a local Cognito server started once for the run.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    plugins: selectedByCommandLine('storybook')
      ? [storybookTest({ configDir: path.join(dirname, '.storybook') })]
      : [],
    // Pre-bundled up front: a dependency first met mid-run makes Vite reload the page under a running test.
    optimizeDeps: { include: ['amazon-cognito-identity-js', '@tanstack/react-query'] },
    test: {
      name: 'storybook',
      browser: chromiumBrowser,
      setupFiles: ['.storybook/vitest.setup.ts'],
      globalSetup: ['.storybook/vitest.globalSetup.ts'],
    },
  }),
);
