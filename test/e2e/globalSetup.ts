import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../../tools/findFreePort.js';
import { sharedConfig } from '../../vitest.shared.ts';
import { provideLocalCognito } from '../support/provideLocalCognito';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test page (test/e2e/app), served by Vite; its settings come from the query string. */
    appUrl: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const appRoot = fileURLToPath(new URL('./app/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopCognito = await provideLocalCognito(project);
  let vite: Awaited<ReturnType<typeof createViteServer>> | undefined;
  try {
    vite = await createViteServer({
      // React and the `global` shim, as the test projects and the library build have them.
      ...sharedConfig,
      configFile: false,
      envDir: false,
      root: appRoot,
      logLevel: 'warn',
      clearScreen: false,
      cacheDir: `${repositoryRoot}node_modules/.vite/e2e`,
      // Everything the page imports, bundled before the first page load: a dependency found later would make
      // Vite reload the page in the middle of a test.
      optimizeDeps: {
        entries: ['main.tsx'],
        include: [
          'react',
          'react/jsx-dev-runtime',
          'react-dom/client',
          '@tanstack/react-query',
          'amazon-cognito-identity-js',
        ],
      },
      server: {
        host: '127.0.0.1',
        port: await findFreePort(),
        strictPort: true,
        // Files do not change during a run; no reloads, no watcher.
        hmr: false,
        watch: null,
        fs: { allow: [repositoryRoot] },
      },
    });
    await vite.listen();
    const appUrl = `http://127.0.0.1:${vite.config.server.port}/`;
    // Transform the page's modules once before the tests start, so the first test does not pay for it.
    await vite.warmupRequest('/main.tsx');
    project.provide('appUrl', appUrl);
  } catch (error) {
    await vite?.close();
    await stopCognito();
    throw error;
  }
  const started = vite;
  return async () => {
    await started.close();
    await stopCognito();
  };
}
