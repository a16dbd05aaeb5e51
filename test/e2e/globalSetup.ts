import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer as createViteServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { startCognitoServer } from '../../tools/cognito-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** What the end-to-end tests talk to: the local Cognito server and the page that renders the button. */
    e2e: {
      /** The local Cognito server: its API at `endpoint`, the control API under `endpoint/_test/`. */
      cognito: {
        endpoint: string;
        userPoolId: string;
        clientId: string;
        clientSecretClientId: string;
        clientSecret: string;
      };
      /** The test page (test/e2e/app), served by Vite; its settings come from the query string. */
      appUrl: string;
      /** A URL on 127.0.0.1 where nothing listens, for "server down". */
      closedEndpoint: string;
    };
  }
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const appRoot = fileURLToPath(new URL('./app/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cognito = await startCognitoServer({ port: 0 });
  let vite: Awaited<ReturnType<typeof createViteServer>> | undefined;
  try {
    vite = await createViteServer({
      configFile: false,
      envDir: false,
      root: appRoot,
      logLevel: 'warn',
      clearScreen: false,
      plugins: [react()],
      // amazon-cognito-identity-js depends on buffer@4, which reads a bare `global` in browsers.
      define: { global: 'globalThis' },
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
    project.provide('e2e', {
      cognito: {
        endpoint: cognito.endpoint,
        userPoolId: cognito.userPoolId,
        clientId: cognito.clientId,
        clientSecretClientId: cognito.clientSecretClientId,
        clientSecret: cognito.clientSecret,
      },
      appUrl,
      closedEndpoint: `http://127.0.0.1:${await findFreePort()}/`,
    });
  } catch (error) {
    await vite?.close();
    await cognito.stop();
    throw error;
  }
  const started = vite;
  return async () => {
    await started.close();
    await cognito.stop();
  };
}

// A port that was just free: Vite listens on it, or (closed again) connecting to it is refused.
async function findFreePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
