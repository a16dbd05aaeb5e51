// A client of the local Cognito server's /_test/ control API (tools/cognito-server.js), for the integration and
// end-to-end tests and for the live stories alike. Only the global fetch and crypto are used, so it runs in Node and
// in the browser; the endpoint is passed in because each side finds the server its own way.

/** A request as the server received it. */
export interface RecordedRequest {
  target: string;
  amzTarget: string;
  headers: Record<string, string | undefined>;
  body: Record<string, unknown> | null;
  receivedAt: number;
}

/** What `POST /_test/faults` accepts, for the next ResendConfirmationCode request(s) of one username. */
export type Fault = (
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'http-500-non-json' }
  | { kind: 'http-503-errortype'; errorType?: string }
  | { kind: 'drop' }
  | { kind: 'too-many-requests' }
  | { kind: 'limit-exceeded' }
  | { kind: 'exception'; type: string; message?: string | null }
  | { kind: 'garbage-200' }
  | { kind: 'empty-200' }
  | {
      kind: 'custom-delivery';
      destination?: string;
      deliveryMedium?: 'EMAIL' | 'SMS';
      attributeName?: string;
    }
) & { username: string; count?: number };

/** What `GET /_test/config` tells about the seeded pool. */
export interface LocalCognitoConfig {
  /** The seeded user pool (email is the username). */
  userPoolId: string;
  /** Its public app client (PreventUserExistenceErrors LEGACY: an unknown user gets UserNotFoundException). */
  clientId: string;
  /** A public app client with PreventUserExistenceErrors ENABLED: an unknown user gets a simulated destination. */
  preventUserExistenceClientId: string;
  /** An app client of the same pool that has a secret. */
  clientSecretClientId: string;
}

/** The control API of one local server. */
export interface CognitoControl {
  /** The seeded pool and app clients. */
  config(): Promise<LocalCognitoConfig>;
  /**
   * Signs a user up through the public app client (or `clientId`), unconfirmed (or confirmed with
   * `confirmed: true`); Cognito sends the first code.
   */
  signUpUser(username: string, options?: { clientId?: string; confirmed?: boolean }): Promise<void>;
  /** The confirmation code Cognito delivered last to this user (what the user would find in the inbox). */
  readCode(username: string): Promise<string | null>;
  /** Every ResendConfirmationCode request the server received for this username. */
  recordedResends(username: string): Promise<RecordedRequest[]>;
  /** Makes the server answer the next ResendConfirmationCode request(s) for `fault.username` with the fault. */
  injectFault(fault: Fault): Promise<void>;
  /** Forgets the faults still queued for this username. */
  clearFaults(username: string): Promise<void>;
  /** Lets `username` resend `limit` times before Cognito answers LimitExceededException. */
  limitResends(username: string, limit: number): Promise<void>;
}

/** The control API of the local server at `endpoint` (its base URL: Cognito's API at `/`, control under `/_test/`). */
export function cognitoControl(endpoint: string): CognitoControl {
  const control = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${endpoint}/_test/${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} /_test/${path}: HTTP ${response.status} ${await response.text()}`);
    return response;
  };
  const forUser = (username: string) => `username=${encodeURIComponent(username)}`;

  return {
    config: async () => (await (await control('GET', 'config')).json()) as LocalCognitoConfig,
    signUpUser: async (username, options = {}) => {
      await control('POST', 'users', {
        username,
        clientId: options.clientId,
        confirmed: options.confirmed ?? false,
      });
    },
    readCode: async (username) =>
      ((await (await control('GET', `codes?${forUser(username)}`)).json()) as { code: string | null }).code,
    recordedResends: async (username) =>
      (await (
        await control('GET', `requests?target=ResendConfirmationCode&${forUser(username)}`)
      ).json()) as RecordedRequest[],
    injectFault: async (fault) => {
      await control('POST', 'faults', fault);
    },
    clearFaults: async (username) => {
      await control('DELETE', `faults?${forUser(username)}`);
    },
    limitResends: async (username, limit) => {
      await control('POST', 'resend-limit', { username, limit });
    },
  };
}

/** A fresh email-as-username, so no two tests or story runs share a user or a cooldown. */
export function uniqueUsername(label: string): string {
  return `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`;
}
