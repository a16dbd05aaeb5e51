// The package's opt-in stylesheet, imported as the README shows: Next.js bundles it with the page.
import 'react-cognito-resend/styles.css';

export const metadata = { title: 'Confirm your sign-up' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
