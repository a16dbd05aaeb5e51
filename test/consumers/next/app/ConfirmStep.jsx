'use client';

import { useState } from 'react';
import { ResendCodeButton } from 'react-cognito-resend';
import { createFetchResendClient } from 'react-cognito-resend/fetch';

export function ConfirmStep({ username, userPoolId, clientId, endpoint }) {
  // One client for the page's life, made in the browser (and once on the server for its HTML).
  const [client] = useState(() => createFetchResendClient({ userPoolId, clientId, endpoint }));
  return <ResendCodeButton username={username} client={client} />;
}
