// Global setup shared by the projects that talk to the local Cognito server: one server for the whole run, and a
// closed port for "server down".
import type { TestProject } from 'vitest/node';
import { startCognitoServer } from '../../tools/cognito-server.js';
import { findFreePort } from '../../tools/findFreePort.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local Cognito server: its API at `endpoint`, the control API under `endpoint/_test/`. */
    cognito: {
      endpoint: string;
      userPoolId: string;
      clientId: string;
      preventUserExistenceClientId: string;
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
      preventUserExistenceClientId: server.preventUserExistenceClientId,
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
