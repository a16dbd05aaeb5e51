import { TwoCopies } from './TwoCopies';

export const dynamic = 'force-dynamic';

export default async function TwoCopiesPage({ searchParams }) {
  const { username = 'visitor@example.com' } = await searchParams;
  return (
    <main>
      <h1>Two copies of the package, one user</h1>
      <TwoCopies
        username={username}
        userPoolId={process.env.COGNITO_USER_POOL_ID}
        clientId={process.env.COGNITO_CLIENT_ID}
        endpoint={process.env.COGNITO_ENDPOINT}
      />
    </main>
  );
}
