import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { type ReactNode, useMemo } from 'react';
import type { LocalCognito, LocalCognitoConnection } from './localCognito';

/** What a live story shows when it has no server to talk to. */
function Unavailable({ connection }: { connection: Exclude<LocalCognitoConnection, { status: 'ready' }> }) {
  return (
    <div role="note" style={{ maxWidth: '36rem' }}>
      <p>
        <strong>This story talks to the local Cognito server.</strong>{' '}
        {connection.status === 'not-configured'
          ? 'This Storybook was started without one.'
          : `It does not answer at ${connection.endpoint} (${connection.reason}).`}
      </p>
      <p>
        Start Storybook with <code>npm start</code>: it starts the server and Storybook together.
      </p>
    </div>
  );
}

/** Renders its children with the local server, or explains how to start one. */
export function LiveCognitoConnection({
  connection,
  children,
}: {
  connection: LocalCognitoConnection;
  children: (cognito: LocalCognito) => ReactNode;
}) {
  return connection.status === 'ready' ? (
    children(connection.cognito)
  ) : (
    <Unavailable connection={connection} />
  );
}

/** The app's amazon-cognito-identity-js user pool, pointed at the local server. */
export function useLocalUserPool(cognito: LocalCognito, clientId = cognito.clientId): CognitoUserPool {
  return useMemo(
    () =>
      new CognitoUserPool({ UserPoolId: cognito.userPoolId, ClientId: clientId, endpoint: cognito.endpoint }),
    [cognito, clientId],
  );
}
