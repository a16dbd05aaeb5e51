/**
 * Computes Cognito's `SecretHash` for an app client with a secret: the base64 HMAC-SHA256 of `username + clientId`
 * keyed by the client secret, with Web Crypto. Meant for server and edge code: the secret must never reach a browser,
 * so a page gets the hash from its server (see `ResendRequest.secretHash`).
 */
export async function computeSecretHash(
  username: string,
  clientId: string,
  clientSecret: string,
): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(clientSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, encoder.encode(username + clientId)),
  );
  let binary = '';
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary);
}
