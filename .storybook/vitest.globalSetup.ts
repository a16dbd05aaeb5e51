import type { TestProject } from 'vitest/node';
import { startCognitoServer } from '../tools/cognito-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the local Cognito server the live stories talk to. */
    localCognitoEndpoint: string;
  }
}

// The live stories run as tests too: one local Cognito server for the whole run, on a free port.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startCognitoServer({ port: 0 });
  project.provide('localCognitoEndpoint', server.endpoint);
  return () => server.stop();
}
