// Amplify is the app's own (an optional peer): only this entry point imports it, never the main one.
import { Amplify } from 'aws-amplify';
import { resendSignUpCode } from 'aws-amplify/auth';
import { createResendCodeClient } from '../core/createResendCodeClient';
import type { ResendCodeClient } from '../core/ResendCodeClient';
import { ResendError } from '../core/ResendError';
import type { ResendRequest } from '../core/ResendRequest';
import { fromAmplifyAuthError } from './fromAmplifyAuthError';

/** Options for {@link createAmplifyResendClient}. */
export interface AmplifyResendClientOptions {
  /**
   * Gives up after this long unless a call says otherwise (Amplify's request itself cannot be cancelled).
   * @default 15000
   */
  timeoutMs?: number;
}

/** The user pool and app client of Amplify's configuration, read when they are needed (after `Amplify.configure`). */
function configuredUserPool(): { userPoolId: string; clientId: string } {
  const cognito = Amplify.getConfig().Auth?.Cognito;
  if (!cognito?.userPoolId || !cognito.userPoolClientId) {
    throw new ResendError(
      'invalid-request',
      'Amplify has no Auth.Cognito user pool: call Amplify.configure before resending a code.',
    );
  }
  return { userPoolId: cognito.userPoolId, clientId: cognito.userPoolClientId };
}

/** Whether the page loaded Cognito's advanced-security script, where Amplify looks for it. */
function pageHasAdvancedSecurityScript(): boolean {
  const page = (globalThis as { window?: { AmazonCognitoAdvancedSecurityData?: unknown } }).window;
  return page?.AmazonCognitoAdvancedSecurityData !== undefined;
}

/** What in the request Amplify's `resendSignUpCode` cannot honour, if anything. */
function fieldAmplifyCannotSend(request: ResendRequest): string | undefined {
  if (request.secretHash !== undefined) return 'secretHash';
  if (request.analyticsEndpointId !== undefined) return 'analyticsEndpointId';
  if (typeof request.userContextData === 'object') return 'userContextData';
  // Amplify sends the script's data whenever the page loaded the script: then nothing can turn it off.
  if (request.userContextData === 'off' && pageHasAdvancedSecurityScript()) {
    return "userContextData 'off'";
  }
  return undefined;
}

/**
 * A {@link ResendCodeClient} on Amplify v6's `resendSignUpCode` (`aws-amplify/auth`), for apps that configured
 * Amplify: the user pool and app client come from `Amplify.configure`, Amplify's `AuthError`s become the same
 * `ResendError`s as the other clients', and a timeout or abort settles the call. Amplify sends the username, the
 * client metadata and the advanced-security script's data by itself; a request it cannot honour (`secretHash`,
 * `analyticsEndpointId`, explicit `userContextData`, or `'off'` on a page that loaded the script) is refused as
 * `invalid-request`, and nothing is sent.
 */
export function createAmplifyResendClient(options: AmplifyResendClientOptions = {}): ResendCodeClient {
  return {
    get userPoolId() {
      return configuredUserPool().userPoolId;
    },
    get clientId() {
      return configuredUserPool().clientId;
    },
    async resend(request, callOptions) {
      const field = fieldAmplifyCannotSend(request);
      if (field) {
        throw new ResendError('invalid-request', `Amplify's resendSignUpCode cannot send ${field}.`);
      }
      const client = createResendCodeClient({
        ...configuredUserPool(),
        timeoutMs: options.timeoutMs,
        // Amplify takes no AbortSignal: on a timeout or abort the call settles at once and Amplify's answer, when
        // it comes, is ignored.
        transport: async (params) => {
          try {
            const delivery = await resendSignUpCode({
              username: params.Username,
              options: params.ClientMetadata ? { clientMetadata: params.ClientMetadata } : undefined,
            });
            // Amplify answers `{}` fields for a response without CodeDeliveryDetails; without them the answer is
            // malformed, as the other clients find it.
            if (delivery.destination === undefined && delivery.deliveryMedium === undefined) return {};
            return {
              CodeDeliveryDetails: {
                Destination: delivery.destination,
                DeliveryMedium: delivery.deliveryMedium,
                AttributeName: delivery.attributeName,
              },
            };
          } catch (thrown) {
            throw fromAmplifyAuthError(thrown);
          }
        },
      });
      // Amplify reads Cognito's advanced-security script itself, so the shared client must not add its data. Any
      // other value goes on to validation as it is (an invalid one is refused there).
      const { userContextData = 'auto' } = request;
      return client.resend(
        { ...request, userContextData: userContextData === 'auto' ? 'off' : userContextData },
        callOptions,
      );
    },
  };
}
