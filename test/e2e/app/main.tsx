// The page the end-to-end tests drive: a sign-up confirmation step with the ResendCodeButton, configured from the
// query string, so each test opens exactly the page it needs.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { StrictMode, Suspense, startTransition, use, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CooldownPolicy } from '../../../src/core/CooldownPolicy';
import { createFetchResendClient } from '../../../src/core/createFetchResendClient';
import type { ResendCodeClient } from '../../../src/core/ResendCodeClient';
import { ar } from '../../../src/i18n/ar';
import { de } from '../../../src/i18n/de';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import { ja } from '../../../src/i18n/ja';
import { ptBR } from '../../../src/i18n/ptBR';
import type { ResendMessages } from '../../../src/i18n/ResendMessages';
import { zhCN } from '../../../src/i18n/zhCN';
import { ResendCodeButton } from '../../../src/index';

/** A call of one of the host's callbacks, and the user of the render that created it. */
export interface HostCall {
  callback: 'onSent' | 'onError' | 'onAlreadyConfirmed';
  /** The username the render that passed this callback showed. */
  renderedFor: string;
  /** What the callback received: the delivery for `onSent`, the error's code for `onError`. */
  received?: unknown;
}

/** What the tests reach on `window.buttonPage`. */
export interface ButtonPageHandle {
  /** The QueryClient the button's mutation runs in, for inspecting the mutation cache. */
  queryClient: QueryClient;
  /** What the host app learns through `onError`: each error's message, `String()` and JSON, as the app could log them. */
  reportedErrors: string[];
  /** Every call of the host's callbacks, in order. */
  hostCalls: HostCall[];
  /** Whether the button is rendered. */
  mounted: boolean;
  /** Removes the button from the page (as a flow moving on would), keeping the page. */
  unmount(): void;
  /** Renders the button again after `unmount()`. */
  mount(): void;
  /** Lets the details of the users switched to (with `suspendSwitch`) finish loading. */
  finishLoading(): void;
}

declare global {
  interface Window {
    buttonPage: ButtonPageHandle;
  }
}

const locales: Record<string, ResendMessages> = { ar, de, en, es, fr, ja, 'pt-BR': ptBR, 'zh-CN': zhCN };

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
const maxResends = settings.has('maxResends') ? Number(settings.get('maxResends')) : undefined;
// `lastSentAt={Date.now()}` written inline, a new time on every render, mount and reload.
const lastSentAtNow = settings.get('lastSentAt') === 'now';
// Other users the page can switch to, one "Show <username>" button each.
const switchTargets = settings.getAll('switchTo');
// Switching in a transition, while the new user's details suspend until `finishLoading()`.
const suspendSwitch = settings.get('suspendSwitch') === 'true';
const locale = locales[settings.get('locale') ?? 'en'];

const userPool =
  clientKind === 'sdk'
    ? new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint })
    : undefined;
const client: ResendCodeClient | undefined =
  clientKind === 'fetch' ? createFetchResendClient({ userPoolId, clientId, endpoint }) : undefined;

const queryClient = new QueryClient();

let releaseDetails: () => void = () => {};
const detailsLoaded = new Promise<void>((resolve) => {
  releaseDetails = resolve;
});

// A user's details, as a real flow might load them: for a user switched to with `suspendSwitch`, they suspend until
// the test lets them finish loading.
function UserDetails({ shown }: { shown: string }) {
  if (suspendSwitch && shown !== username) use(detailsLoaded);
  return <p>Enter the code we sent you.</p>;
}

function ConfirmSignUp() {
  const [shown, setShown] = useState(username);
  const record = (call: HostCall) => window.buttonPage.hostCalls.push(call);
  const show = (next: string) => {
    if (suspendSwitch) startTransition(() => setShown(next));
    else setShown(next);
  };
  return (
    <section>
      <h1>Confirm your email</h1>
      {switchTargets.map((target) => (
        <button key={target} type="button" onClick={() => show(target)}>
          Show {target}
        </button>
      ))}
      <Suspense fallback={<p>Loading…</p>}>
        <UserDetails shown={shown} />
        <ResendCodeButton
          username={shown}
          userPool={userPool}
          client={client}
          secretHash={secretHash}
          timeoutMs={timeoutMs}
          cooldown={cooldown}
          enumerationSafe={enumerationSafe}
          maxResends={maxResends}
          lastSentAt={lastSentAtNow ? Date.now() : undefined}
          locale={locale}
          onSent={(delivery) => record({ callback: 'onSent', renderedFor: shown, received: delivery })}
          onAlreadyConfirmed={() => record({ callback: 'onAlreadyConfirmed', renderedFor: shown })}
          onError={(error) => {
            record({ callback: 'onError', renderedFor: shown, received: error.code });
            window.buttonPage.reportedErrors.push(error.message, String(error), JSON.stringify(error));
          }}
        />
      </Suspense>
    </section>
  );
}

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;

window.buttonPage = {
  queryClient,
  reportedErrors: [],
  hostCalls: [],
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
  finishLoading() {
    releaseDetails();
  },
};
window.buttonPage.mount();
