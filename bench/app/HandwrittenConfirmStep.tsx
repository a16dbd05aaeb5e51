// What apps write instead of this package, as sign-up tutorials and most confirm-sign-up screens do: the countdown
// is a useState in the step, a setInterval takes one off every second, the button is `disabled` while it counts,
// the click calls amazon-cognito-identity-js's resendConfirmationCode, and the wait starts when the SDK answers.
// Nothing is persisted and nothing is shared between tabs. The bench measures it beside ResendCodeButton.
import { CognitoUser, type CognitoUserPool } from 'amazon-cognito-identity-js';
import { useEffect, useState } from 'react';

/** Props of {@link HandwrittenConfirmStep}. */
export interface HandwrittenConfirmStepProps {
  /** The user pool the code is resent for. */
  userPool: CognitoUserPool;
  /** Who signed up. */
  username: string;
  /** The wait after a send, in seconds. */
  waitSeconds: number;
  /** Counts the step's renders (the bench's probe, not part of the pattern). */
  onRender?: () => void;
}

/** The hand-written confirm-sign-up step with its resend button. */
export function HandwrittenConfirmStep({
  userPool,
  username,
  waitSeconds,
  onRender,
}: HandwrittenConfirmStepProps) {
  onRender?.();
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [message, setMessage] = useState('');
  const counting = secondsLeft > 0;

  useEffect(() => {
    if (!counting) return;
    const interval = setInterval(() => setSecondsLeft((seconds) => seconds - 1), 1000);
    return () => clearInterval(interval);
  }, [counting]);

  const resend = () => {
    const user = new CognitoUser({ Username: username, Pool: userPool });
    user.resendConfirmationCode((error) => {
      if (error) {
        setMessage(error.message);
        return;
      }
      setMessage('A new code was sent.');
      setSecondsLeft(waitSeconds);
    });
  };

  return (
    <div>
      <button type="button" data-handwritten="" disabled={counting} onClick={resend}>
        {counting ? `Resend code in ${secondsLeft}s` : 'Resend code'}
      </button>
      <p role="status">{message}</p>
    </div>
  );
}
