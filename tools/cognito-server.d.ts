/** Options for {@link startCognitoServer}. */
export interface CognitoServerOptions {
  /** Port to listen on; 0 picks a free one. @default PORT, else 0 */
  port?: number;
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Makes every confirmation code this value. @default CODE, else random codes */
  code?: string;
  /** Resends per username before LimitExceededException; `null` for none. @default RESEND_LIMIT, else null */
  resendLimitPerUser?: number | null;
  /** Prints cognito-local's log, delivered codes included. @default false */
  log?: boolean;
}

/** A running local Cognito with a seeded user pool and two app clients. */
export interface CognitoServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`: Cognito's API at `/`, the control API under `/_test/`. */
  endpoint: string;
  /** The port it listens on. */
  port: number;
  /** The region in its user pool ids. */
  region: 'local';
  /** The seeded user pool: email is the username and is auto-verified. */
  userPoolId: string;
  /** A public app client (no secret) with PreventUserExistenceErrors LEGACY: an unknown user gets UserNotFoundException. */
  clientId: string;
  /**
   * A public app client with PreventUserExistenceErrors ENABLED (the console's default): an unknown user gets a
   * success with a simulated, masked destination, and nothing is delivered.
   */
  preventUserExistenceClientId: string;
  /** An app client with a secret: requests need a SecretHash. */
  clientSecretClientId: string;
  /** The secret of `clientSecretClientId`. */
  clientSecret: string;
  /** The temporary data directory, removed by `stop()`. */
  dataDir: string;
  /** Closes every connection, stops the server and removes the data directory. */
  stop(): Promise<void>;
}

/** Starts cognito-local with ResendConfirmationCode and the /_test/ control API, and seeds it. */
export declare function startCognitoServer(options?: CognitoServerOptions): Promise<CognitoServer>;
