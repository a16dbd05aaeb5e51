import type { TestProject } from 'vitest/node';
import { startCognitoServer } from '../../tools/cognito-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local Cognito server the integration tests talk to. */
    cognito: {
      endpoint: string;
      userPoolId: string;
      clientId: string;
      clientSecretClientId: string;
      clientSecret: string;
    };
    /** A URL on 127.0.0.1 where nothing listens, for network failures. */
    closedEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startCognitoServer({ port: 0 });
  project.provide('cognito', {
    endpoint: server.endpoint,
    userPoolId: server.userPoolId,
    clientId: server.clientId,
    clientSecretClientId: server.clientSecretClientId,
    clientSecret: server.clientSecret,
  });
  project.provide('closedEndpoint', await findClosedEndpoint());
  return () => server.stop();
}

// A port that was just free and is closed again: connecting to it is refused.
async function findClosedEndpoint(): Promise<string> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
