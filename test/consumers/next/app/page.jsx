import { ConfirmStep } from './ConfirmStep';

// The local Cognito server's address is known when the app starts (its environment), not when it is built.
export const dynamic = 'force-dynamic';

export default async function ConfirmPage({ searchParams }) {
  const { username = 'visitor@example.com' } = await searchParams;
  return (
    <main>
      <h1>Check your inbox</h1>
      <p>We sent a code to {username}.</p>
      <ConfirmStep
        username={username}
        userPoolId={process.env.COGNITO_USER_POOL_ID}
        clientId={process.env.COGNITO_CLIENT_ID}
        endpoint={process.env.COGNITO_ENDPOINT}
      />
    </main>
  );
}
