import { WebDriverError } from './WebDriverError';

/** An HTTP method a WebDriver command uses. */
export type WebDriverMethod = 'GET' | 'POST' | 'DELETE';

/**
 * Sends one W3C WebDriver command to the server at `serverUrl` (e.g. `http://127.0.0.1:4444`) and returns the
 * answer's `value`; a WebDriver error becomes a {@link WebDriverError}, and no answer within `timeoutMs` an error
 * naming the command.
 */
export async function sendCommand(
  serverUrl: string,
  method: WebDriverMethod,
  path: string,
  body?: unknown,
  timeoutMs?: number,
): Promise<unknown> {
  const command = `${method} ${path}`;
  const response = await fetch(`${serverUrl}${path}`, {
    method,
    ...(timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
    // WebDriver wants a JSON body on every POST, an empty object where the command takes no parameters.
    ...(method === 'POST'
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }
      : {}),
  });
  const text = await response.text();
  let answer: { value?: unknown };
  try {
    answer = JSON.parse(text) as { value?: unknown };
  } catch {
    throw new WebDriverError('invalid answer', `HTTP ${response.status}: ${text.slice(0, 200)}`, command);
  }
  const value = answer.value as { error?: string; message?: string } | null | undefined;
  if (!response.ok || (value !== null && typeof value === 'object' && typeof value.error === 'string')) {
    throw new WebDriverError(value?.error ?? `HTTP ${response.status}`, value?.message ?? text, command);
  }
  return answer.value;
}
