import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../../tools/findFreePort.js';
import { sharedConfig } from '../../vitest.shared.ts';
import { provideLocalCognito } from '../support/provideLocalCognito';
import { listFilesLeftOut } from './engines/chromiumOnlyFiles';
import type { EngineName } from './engines/E2EBrowser';
import { type SharedBrowser, startSharedBrowser } from './engines/launchEngine';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test page (test/e2e/app), built and served by Vite; its settings come from the query string. */
    appUrl: string;
    /** Where the browser the test files share listens: Firefox's (launchEngine.ts says why only Firefox's). */
    sharedBrowser?: string;
  }
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const appRoot = fileURLToPath(new URL('./app/', import.meta.url));

/**
 * Builds the test page once per run, in development mode (React's development build, with its checks), into one
 * script: a page of one request loads in a fraction of the time the dev server's sixty modules take, most in
 * Firefox, where the tests open pages hundreds of times.
 */
async function buildTestPage(outDir: string): Promise<void> {
  await build({
    // React and the `global` shim, as the test projects and the library build have them.
    ...sharedConfig,
    configFile: false,
    envDir: false,
    root: appRoot,
    mode: 'development',
    logLevel: 'warn',
    clearScreen: false,
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false },
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The project's engine (vitest.e2e.shared.ts) names the files it leaves out on its not-run list.
  const engine = project.config.env.E2E_ENGINE as EngineName;
  listFilesLeftOut(engine);
  const stopCognito = await provideLocalCognito(project);
  let server: PreviewServer | undefined;
  let browser: SharedBrowser | null = null;
  try {
    browser = await startSharedBrowser(engine);
    if (browser) project.provide('sharedBrowser', browser.endpoint);
    // Each engine's project builds its own copy: their runs may overlap.
    const outDir = `${repositoryRoot}node_modules/.cache/e2e-app/${project.name}`;
    await buildTestPage(outDir);
    server = await preview({
      configFile: false,
      root: appRoot,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: await findFreePort(), strictPort: true },
    });
    const address = server.resolvedUrls?.local[0];
    if (!address) throw new Error('The test page server has no address.');
    project.provide('appUrl', address);
  } catch (error) {
    await server?.close();
    await browser?.close();
    await stopCognito();
    throw error;
  }
  const started = server;
  const shared = browser;
  return async () => {
    await started.close();
    await shared?.close();
    await stopCognito();
  };
}
