import type { ResendRequest } from './ResendRequest';

/** `UserContextData` as Cognito reads it on the wire. */
export interface UserContextDataParams {
  /** The advanced-security fingerprint. */
  EncodedData?: string;
  /** The end user's IP address. */
  IpAddress?: string;
}

interface AdvancedSecurityScript {
  getData?: (username: string, userPoolId: string, clientId: string) => unknown;
}

/**
 * Turns a request's `userContextData` setting into the wire field, or `undefined` to send none. With `'auto'` (the
 * default) it asks Cognito's advanced-security script (`window.AmazonCognitoAdvancedSecurityData`) when the page
 * loaded it, and sends nothing when the script is absent, fails or has no data.
 */
export function resolveUserContextData(
  setting: ResendRequest['userContextData'],
  username: string,
  userPoolId: string,
  clientId: string,
): UserContextDataParams | undefined {
  if (setting === 'off') return undefined;
  if (setting === undefined || setting === 'auto') {
    // The script belongs to the host page: whatever goes wrong in it must not stop the resend.
    try {
      const script = (globalThis as { AmazonCognitoAdvancedSecurityData?: AdvancedSecurityScript })
        .AmazonCognitoAdvancedSecurityData;
      const encodedData = script?.getData?.(username, userPoolId, clientId);
      return typeof encodedData === 'string' && encodedData !== '' ? { EncodedData: encodedData } : undefined;
    } catch {
      return undefined;
    }
  }
  const params: UserContextDataParams = {};
  if (setting.encodedData !== undefined) params.EncodedData = setting.encodedData;
  if (setting.ipAddress !== undefined) params.IpAddress = setting.ipAddress;
  return params.EncodedData === undefined && params.IpAddress === undefined ? undefined : params;
}
