import { createResendCodeClient } from './createResendCodeClient';
import type { ResendCodeClient } from './ResendCodeClient';
import { ResendError } from './ResendError';

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
  const { userPoolId, clientId } = options;
  const endpoint =
    options.endpoint ?? `https://cognito-idp.${options.region ?? userPoolId.split('_')[0]}.amazonaws.com/`;
  return createResendCodeClient({
    userPoolId,
    clientId,
    timeoutMs: options.timeoutMs,
    transport: async (params, signal) => {
      const response = await (options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': 'AWSCognitoIdentityProviderService.ResendConfirmationCode',
        },
        body: JSON.stringify(params),
        signal,
      });
      const text = await response.text();
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {}
      if (response.ok) return body;
      // Read the error exactly as amazon-cognito-identity-js does (the body's type first, then the
      // x-amzn-errortype header with the status), so both clients reject alike for the same answer.
      const bodyType = body?.__type || body?.code;
      if (typeof bodyType === 'string') {
        const name = bodyType.split('#').pop()!;
        throw Object.assign(new Error(body.message || body.Message || 'null'), { name, code: name });
      }
      const headerType = response.headers.get('x-amzn-errortype');
      if (headerType) {
        const name = headerType.split(':')[0]!;
        throw Object.assign(new Error(String(response.status)), {
          name,
          code: name,
          statusCode: response.status,
        });
      }
      throw new ResendError('malformed-response', 'Cognito answered with an unreadable error.');
    },
  });
}
