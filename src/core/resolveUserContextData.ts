import type { ResendRequest } from './ResendRequest';

/** `UserContextData` as Cognito reads it on the wire. */
export interface UserContextDataParams {
  /** The advanced-security fingerprint. */
  EncodedData?: string;
  /** The end user's IP address. */
  IpAddress?: string;
}

/**
 * Turns a request's `userContextData` setting into the wire field, or `undefined` to send none. With `'auto'` (the
 * default) it asks Cognito's advanced-security script (`window.AmazonCognitoAdvancedSecurityData`) when the page
 * loaded it, and sends nothing when the script is absent, fails or has no data. Fields that are `undefined` are
 * left out when the request is serialised.
 */
export function resolveUserContextData(
  setting: ResendRequest['userContextData'],
  username: string,
  userPoolId: string,
  clientId: string,
): UserContextDataParams | undefined {
  if (typeof setting === 'object') {
    const { encodedData, ipAddress } = setting;
    return (encodedData ?? ipAddress) === undefined
      ? undefined
      : { EncodedData: encodedData, IpAddress: ipAddress };
  }
  if (setting !== 'off') {
    // The script belongs to the host page: whatever goes wrong in it must not stop the resend.
    try {
      const encodedData: unknown = (globalThis as any).AmazonCognitoAdvancedSecurityData?.getData?.(
        username,
        userPoolId,
        clientId,
      );
      if (typeof encodedData === 'string' && encodedData) return { EncodedData: encodedData };
    } catch {}
  }
}
