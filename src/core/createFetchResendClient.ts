import { createResendCodeClient, type ResendTransport, resendOperation } from './createResendCodeClient';
import { malformedResponse } from './malformedResponse';
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

/** Cognito's regional endpoint; the region defaults to the user pool id's prefix (`us-east-1` of `us-east-1_Ab`). */
function regionalEndpoint(userPoolId: string, region: string | undefined): string {
  return `https://cognito-idp.${region ?? userPoolId.split('_')[0]}.amazonaws.com/`;
}

/** Whether a JSON error body names its type, where amazon-cognito-identity-js reads it: `__type`, else `code`. */
function namesErrorType(body: any): boolean {
  return typeof (body?.__type || body?.code) === 'string';
}

/**
 * Sends the request with `fetchImplementation` (else the global `fetch`, looked up on each request, so that one
 * installed later, such as a polyfill, is used) and reads the answer as amazon-cognito-identity-js does (a body
 * that is not JSON counts as none; the body's error type first, then the x-amzn-errortype header with the status),
 * so both clients settle alike.
 */
function fetchTransport(fetchImplementation: typeof fetch | undefined, endpoint: string): ResendTransport {
  return async (params, signal) => {
    const response = await (fetchImplementation ?? fetch)(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${resendOperation}`,
      },
      body: JSON.stringify(params),
      signal,
    });
    const body = await response.json().catch(() => undefined);
    if (response.ok) return body;
    // A JSON error body such as `{ "__type": "...#UserNotFoundException", "message": "..." }` is what
    // toResendError reads best, so it is thrown as it is.
    if (namesErrorType(body)) throw body;
    const type = response.headers.get('x-amzn-errortype');
    if (type) throw { __type: type, statusCode: response.status };
    // An error answer that names no type is not Cognito's.
    throw malformedResponse();
  };
}

/**
 * A {@link ResendCodeClient} that speaks Cognito's wire protocol over plain `fetch`, for apps that do not ship
 * amazon-cognito-identity-js. It sends the same request and answers with the same results and errors as
 * `createCognitoResendClient` for the same server answer.
 */
export function createFetchResendClient(options: FetchResendClientOptions): ResendCodeClient {
  const endpoint = options.endpoint ?? regionalEndpoint(options.userPoolId, options.region);
  return createResendCodeClient({
    ...options,
    transport: fetchTransport(options.fetch, endpoint),
  });
}
