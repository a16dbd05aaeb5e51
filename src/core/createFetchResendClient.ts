import { createResendCodeClient, resendOperation } from './createResendCodeClient';
import type { ResendCodeClient } from './ResendCodeClient';

/** Options for {@link createFetchResendClient}. */
export interface FetchResendClientOptions {
  /** The user pool id (`region_id`). */
  userPoolId: string;
  /** The app client id. */
  clientId: string;
  /**
   * The AWS region.
   * @default the user pool id's prefix
   */
  region?: string;
  /**
   * Cognito's URL, e.g. a local server or a proxy.
   * @default `https://cognito-idp.<region>.amazonaws.com/`
   */
  endpoint?: string;
  /**
   * Gives up after this long unless a call says otherwise.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * The fetch to use.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}

/**
 * A {@link ResendCodeClient} that speaks Cognito's wire protocol over plain `fetch`, for apps that do not ship
 * amazon-cognito-identity-js. It sends the same request and answers with the same results and errors as
 * `createCognitoResendClient` for the same server answer.
 */
export function createFetchResendClient(options: FetchResendClientOptions): ResendCodeClient {
  const {
    userPoolId,
    endpoint = `https://cognito-idp.${options.region ?? userPoolId.split('_')[0]}.amazonaws.com/`,
  } = options;
  return createResendCodeClient({
    ...options,
    transport: async (params, signal) => {
      const response = await (options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${resendOperation}`,
        },
        body: JSON.stringify(params),
        signal,
      });
      // Read the answer as amazon-cognito-identity-js does (a body that is not JSON counts as none; the body's
      // error type first, then the x-amzn-errortype header with the status), so both clients settle alike.
      const body = await response.json().catch(() => {});
      if (response.ok) return body;
      // A JSON error body such as `{ "__type": "...#UserNotFoundException", "message": "..." }` is what
      // toResendError reads best, so it is thrown as it is.
      if (typeof (body?.__type || body?.code) === 'string') throw body;
      const type = response.headers.get('x-amzn-errortype');
      // Else an error answer that is not Cognito's: toResendError makes a SyntaxError `malformed-response`.
      throw type ? { __type: type, statusCode: response.status } : new SyntaxError();
    },
  });
}
