// What a person does outside the resend button: confirming the sign-up with the code from the inbox. Shared by the
// integration and end-to-end tests and the live stories; amazon-cognito-identity-js runs in Node and the browser.
import { CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';

/** Where the user pool is: the local server's endpoint, the pool and the app client to confirm through. */
export interface UserPoolAt {
  endpoint: string;
  userPoolId: string;
  clientId: string;
}

/** Confirms the sign-up as the person would, with amazon-cognito-identity-js; rejects with Cognito's error. */
export function confirmSignUp(pool: UserPoolAt, username: string, code: string): Promise<unknown> {
  const userPool = new CognitoUserPool({
    UserPoolId: pool.userPoolId,
    ClientId: pool.clientId,
    endpoint: pool.endpoint,
  });
  const user = new CognitoUser({ Username: username, Pool: userPool });
  return new Promise((resolve, reject) => {
    user.confirmRegistration(code, true, (error, result) => (error ? reject(error) : resolve(result)));
  });
}
