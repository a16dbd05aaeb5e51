// Global setup shared by the projects that talk to the local Cognito server: one server for the whole run, and a
// closed port for "server down".
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startCognitoServer } from '../../tools/cognito-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local Cognito server: its API at `endpoint`, the control API under `endpoint/_test/`. */
    cognito: {
      endpoint: string;
      userPoolId: string;
      clientId: string;
      clientSecretClientId: string;
      clientSecret: string;
    };
    /** A URL on 127.0.0.1 where nothing listens, for "server down". */
    closedEndpoint: string;
  }
}

/** Starts the local Cognito server on a free port and provides `cognito` and `closedEndpoint`; returns its stop. */
export async function provideLocalCognito(project: TestProject): Promise<() => Promise<void>> {
  const server = await startCognitoServer({ port: 0 });
  try {
    project.provide('cognito', {
      endpoint: server.endpoint,
      userPoolId: server.userPoolId,
      clientId: server.clientId,
      clientSecretClientId: server.clientSecretClientId,
      clientSecret: server.clientSecret,
    });
    project.provide('closedEndpoint', `http://127.0.0.1:${await findFreePort()}/`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return () => server.stop();
}

/** A port on 127.0.0.1 that was just free: a server may listen on it, or (closed again) connecting is refused. */
export async function findFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
