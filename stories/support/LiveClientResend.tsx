// The button on the local Cognito server through one of the package's clients (Amplify v6, AWS SDK v3), for a user
// the story signed up on the server first: the client stories share it.
import { useMemo } from 'react';
import { ResendCodeButton, type ResendCodeClient } from '../../src';
import { cognitoControl, type Fault, uniqueUsername } from '../../test/support/cognitoControl';
import { LiveCognitoConnection } from './LiveCognitoConnection';
import { connectLocalCognito, type LocalCognito, type LocalCognitoConnection } from './localCognito';

/** What a client story renders. */
export interface LiveClientResendProps {
  /** The local server (from the story's loader). */
  connection: LocalCognitoConnection;
  /** Who asks for a new code (signed up by the story's loader). */
  username: string;
  /** Builds the client under show for the local server. */
  createClient: (cognito: LocalCognito) => ResendCodeClient;
}

function LiveClientButton({
  cognito,
  username,
  createClient,
}: Omit<LiveClientResendProps, 'connection'> & { cognito: LocalCognito }) {
  const client = useMemo(() => createClient(cognito), [createClient, cognito]);
  return (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      <p style={{ margin: 0 }}>
        User <code>{username}</code> on the local Cognito at <code>{cognito.endpoint}</code>
      </p>
      <div>
        <ResendCodeButton username={username} client={client} />
      </div>
    </div>
  );
}

/** The button through the given client, or a note on how to start the local server. */
export function LiveClientResend({ connection, ...props }: LiveClientResendProps) {
  return (
    <LiveCognitoConnection connection={connection}>
      {(cognito) => <LiveClientButton cognito={cognito} {...props} />}
    </LiveCognitoConnection>
  );
}

/**
 * A loader that signs a fresh user up on the local server (and queues `fault` for it, when given), so story runs
 * never share a user or a cooldown.
 */
export function signUpOnServer(fault?: Omit<Fault, 'username'>) {
  return async () => {
    const connection = await connectLocalCognito();
    const username = uniqueUsername('client-story');
    if (connection.status === 'ready') {
      const control = cognitoControl(connection.cognito.endpoint);
      await control.signUpUser(username);
      if (fault) await control.injectFault({ ...fault, username } as Fault);
    }
    return { connection, username };
  };
}

/** The ResendConfirmationCode requests the local server received for `username`. */
export async function requestsOnServer(connection: LocalCognitoConnection, username: string) {
  if (connection.status !== 'ready') return [];
  return cognitoControl(connection.cognito.endpoint).recordedResends(username);
}
