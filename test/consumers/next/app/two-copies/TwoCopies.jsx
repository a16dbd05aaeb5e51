'use client';

import { useState } from 'react';
import { ResendCodeButton } from 'react-cognito-resend';
import { createFetchResendClient } from 'react-cognito-resend/fetch';
import commonJsDependency from './commonJsDependency';

export function TwoCopies({ username, userPoolId, clientId, endpoint }) {
  const [clients] = useState(() => ({
    fromImport: createFetchResendClient({ userPoolId, clientId, endpoint }),
    fromRequire: commonJsDependency.createFetchResendClient({ userPoolId, clientId, endpoint }),
  }));
  const CommonJsButton = commonJsDependency.ResendCodeButton;
  return (
    <div data-copies={CommonJsButton === ResendCodeButton ? 'one' : 'two'}>
      <section aria-label="ES module copy">
        <ResendCodeButton username={username} client={clients.fromImport} />
      </section>
      <section aria-label="CommonJS copy">
        <CommonJsButton username={username} client={clients.fromRequire} />
      </section>
    </div>
  );
}
