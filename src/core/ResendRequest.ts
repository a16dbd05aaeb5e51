/** Computes Cognito's SecretHash for a username on the host's server (a client secret never ships to a browser). */
export type SecretHashProvider = (username: string) => Promise<string> | string;

/** Cognito's UserContextData for advanced security (adaptive authentication). */
export interface UserContextData {
  /** The fingerprint collected by Cognito's advanced-security script (`EncodedData`). */
  encodedData?: string;
  /** The end user's IP address (`IpAddress`), usually only known to a server-side proxy. */
  ipAddress?: string;
}

/**
 * Everything Cognito's ResendConfirmationCode accepts. The pool (or client configuration) supplies `ClientId`.
 */
export interface ResendRequest {
  /** The username (or alias, e.g. the email when the pool signs in with email). Sent as `Username`. */
  username: string;
  /** Passed to the custom message and other Lambda triggers (`ClientMetadata`): string to string. */
  clientMetadata?: Record<string, string>;
  /** `SecretHash` for app clients with a secret: the value, or a function that fetches it from the host's server. */
  secretHash?: string | SecretHashProvider;
  /** Amazon Pinpoint endpoint id (`AnalyticsMetadata.AnalyticsEndpointId`). */
  analyticsEndpointId?: string;
  /**
   * `UserContextData`: the fields, `'auto'` to read them from Cognito's advanced-security script when the page
   * loaded it, or `'off'` to send none.
   * @default 'auto'
   */
  userContextData?: UserContextData | 'auto' | 'off';
}

/** Where Cognito sent the new code (`CodeDeliveryDetails`). The destination is masked by Cognito. */
export interface CodeDeliveryDetails {
  /** Masked destination, e.g. `a***@e***.com` or `+*******1234`. */
  destination?: string;
  /** How the code travels. */
  deliveryMedium?: 'EMAIL' | 'SMS';
  /** The attribute the code verifies, e.g. `email` or `phone_number`. */
  attributeName?: string;
}

/** Per-call options every {@link ResendCodeClient} honours. */
export interface ResendCallOptions {
  /** Cancels the request; the promise rejects with code `aborted`. */
  signal?: AbortSignal;
  /**
   * Gives up after this long; the promise rejects with code `timeout`.
   * @default 15000
   */
  timeoutMs?: number;
}
