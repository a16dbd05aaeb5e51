import type { ResendRequest } from '../core/ResendRequest';

/**
 * The request fields among the hook's options, one by one, so nothing else (callbacks, policy, the pool) reaches a
 * client.
 */
export function toResendRequest(options: ResendRequest): ResendRequest {
  return {
    username: options.username,
    clientMetadata: options.clientMetadata,
    secretHash: options.secretHash,
    analyticsEndpointId: options.analyticsEndpointId,
    userContextData: options.userContextData,
  };
}
