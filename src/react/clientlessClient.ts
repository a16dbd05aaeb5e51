import type { ResendCodeClient } from '../core/ResendCodeClient';
import { ResendError } from '../core/ResendError';

/**
 * The client of a hook given neither `userPool` nor `client`: its empty client id fails validation, so a resend
 * gives `invalid-request` and nothing is sent; it never reaches `resend`, which refuses the same way.
 */
export const clientlessClient: ResendCodeClient = {
  userPoolId: '',
  clientId: '',
  resend: () => Promise.reject(new ResendError('invalid-request', 'No client: pass userPool or client.')),
};
