// The page the end-to-end tests drive: a sign-up confirmation step with the ResendCodeButton, configured from the
// query string, so each test opens exactly the page it needs.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CooldownPolicy } from '../../../src/core/CooldownPolicy';
import { createFetchResendClient } from '../../../src/core/createFetchResendClient';
import type { ResendCodeClient } from '../../../src/core/ResendCodeClient';
import { ResendCodeButton } from '../../../src/index';

/** What the tests reach on `window.buttonPage`. */
export interface ButtonPageHandle {
  /** The QueryClient the button's mutation runs in, for inspecting the mutation cache. */
  queryClient: QueryClient;
  /** What the host app learns through `onError`: each error's message, `String()` and JSON, as the app could log them. */
  reportedErrors: string[];
  /** Whether the button is rendered. */
  mounted: boolean;
  /** Removes the button from the page (as a flow moving on would), keeping the page. */
  unmount(): void;
  /** Renders the button again after `unmount()`. */
  mount(): void;
}

declare global {
  interface Window {
    buttonPage: ButtonPageHandle;
  }
}

const settings = new URLSearchParams(window.location.search);
const endpoint = settings.get('endpoint') ?? '';
const userPoolId = settings.get('userPoolId') ?? '';
const clientId = settings.get('clientId') ?? '';
const username = settings.get('username') ?? '';
const clientKind = settings.get('client') === 'fetch' ? 'fetch' : 'sdk';
const timeoutMs = settings.has('timeoutMs') ? Number(settings.get('timeoutMs')) : undefined;
const cooldown = settings.has('cooldown')
  ? (JSON.parse(settings.get('cooldown') ?? '{}') as Partial<CooldownPolicy>)
  : undefined;
const enumerationSafe = settings.has('enumerationSafe')
  ? settings.get('enumerationSafe') === 'true'
  : undefined;
const secretHash = settings.get('secretHash') ?? undefined;

const userPool =
  clientKind === 'sdk'
    ? new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint })
    : undefined;
const client: ResendCodeClient | undefined =
  clientKind === 'fetch' ? createFetchResendClient({ userPoolId, clientId, endpoint }) : undefined;

const queryClient = new QueryClient();

function ConfirmSignUp() {
  return (
    <section>
      <h1>Confirm your email</h1>
      <p>Enter the code we sent you.</p>
      <ResendCodeButton
        username={username}
        userPool={userPool}
        client={client}
        secretHash={secretHash}
        timeoutMs={timeoutMs}
        cooldown={cooldown}
        enumerationSafe={enumerationSafe}
        onError={(error) => {
          window.buttonPage.reportedErrors.push(error.message, String(error), JSON.stringify(error));
        }}
      />
    </section>
  );
}

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;

window.buttonPage = {
  queryClient,
  reportedErrors: [],
  mounted: false,
  mount() {
    if (root !== null) return;
    root = createRoot(container);
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <ConfirmSignUp />
        </QueryClientProvider>
      </StrictMode>,
    );
    window.buttonPage.mounted = true;
  },
  unmount() {
    root?.unmount();
    root = null;
    window.buttonPage.mounted = false;
  },
};
window.buttonPage.mount();
