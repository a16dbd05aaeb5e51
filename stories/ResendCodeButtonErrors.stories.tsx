import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResendCodeButton } from '../src';
import { clientNamed, resendCodeButtonMeta } from './support/resendCodeButtonArgs';
import { clickResend, seedStoryCooldown } from './support/storySteps';

const meta = {
  title: 'ResendCodeButton/Errors',
  component: ResendCodeButton,
  tags: ['autodocs'],
  ...resendCodeButtonMeta(
    'Every family of failure, as a person sees it: a localized message in the status region, and `data-error="<code>"` on the button and the status for styling. A rate limit starts a long wait; any other failure leaves the button ready so the person can try again.',
  ),
} satisfies Meta<typeof ResendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Cognito answered LimitExceededException: the message asks to wait, and the longer wait (10 min) starts. */
export const RateLimited: Story = {
  args: { username: 'rate-limited@example.com', client: clientNamed('Rate limited (LimitExceeded)') },
  play: async ({ canvasElement, args }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'limit-exceeded'));
    await waitFor(() =>
      expect(status).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.'),
    );
    await expect(status).toHaveAttribute('data-error', 'limit-exceeded');
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(button).toHaveTextContent(/Resend code(10:00|9:59)/);
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'limit-exceeded' }));
  },
};

/** TooManyRequestsException: the same message and wait as any rate limit. */
export const TooManyRequests: Story = {
  args: { username: 'too-many@example.com', client: clientNamed('Rate limited (TooManyRequests)') },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'too-many-requests'));
    await waitFor(() =>
      expect(status).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.'),
    );
    await expect(button).toHaveAttribute('data-state', 'cooldown');
  },
};

/** CodeDeliveryFailureException: the email or text could not be delivered; the button is ready to try again. */
export const DeliveryFailed: Story = {
  args: { username: 'delivery-failed@example.com', client: clientNamed('Delivery failed') },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'code-delivery-failure'));
    await waitFor(() => expect(status).toHaveTextContent("The code couldn't be delivered. Try again later."));
    await expect(button).toHaveAttribute('data-state', 'ready');
    await expect(button).not.toHaveAttribute('aria-disabled');
  },
};

/** "User is already confirmed": the flow can move on to sign-in (`onAlreadyConfirmed`). */
export const AlreadyConfirmed: Story = {
  args: { username: 'confirmed@example.com', client: clientNamed('Already confirmed') },
  play: async ({ canvasElement, args }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'user-already-confirmed'));
    await waitFor(() =>
      expect(status).toHaveTextContent('This account is already confirmed. You can sign in.'),
    );
    await expect(args.onAlreadyConfirmed).toHaveBeenCalledTimes(1);
  },
};

/**
 * UserNotFoundException with `enumerationSafe`: it reads like any send, without a destination, so the page does not
 * tell whether the account exists, and the same wait starts. (Only the app client's PreventUserExistenceErrors
 * setting hides it from someone calling the API directly.)
 */
export const UserNotFoundEnumerationSafe: Story = {
  args: { username: 'nobody@example.com', client: clientNamed('User not found'), enumerationSafe: true },
  play: async ({ canvasElement, args }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'If an account exists, a new code was sent. Earlier codes no longer work.',
      ),
    );
    await expect(button).not.toHaveAttribute('data-error');
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/**
 * UserNotFoundException by default (`enumerationSafe` off): the page shows what Cognito answered. An app client with
 * PreventUserExistenceErrors LEGACY answers this way, and anyone can ask it directly with the public client id.
 */
export const UserNotFoundRevealed: Story = {
  args: { username: 'nobody@example.com', client: clientNamed('User not found') },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'user-not-found'));
    await waitFor(() =>
      expect(status).toHaveTextContent('No account found. Check your details and try again.'),
    );
    await expect(button).toHaveAttribute('data-state', 'ready');
  },
};

/**
 * An unknown user of an app client with PreventUserExistenceErrors ENABLED (the console's default): Cognito answers
 * with a simulated, masked destination and sends nothing. Shown as it is, the page reveals nothing either.
 */
export const UnknownUserPreventUserExistenceErrors: Story = {
  args: { username: 'nobody@example.com', client: clientNamed('Unknown user (PreventUserExistenceErrors)') },
  play: async ({ canvasElement, args }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'A new code was sent by email to n***@e***. Earlier codes no longer work.',
      ),
    );
    await expect(button).not.toHaveAttribute('data-error');
    await expect(button).toHaveAttribute('data-state', 'cooldown');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** The request never reached Cognito (offline, DNS, CORS): ready to try again. */
export const NetworkError: Story = {
  args: { username: 'offline@example.com', client: clientNamed('Network error') },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'network-error'));
    await waitFor(() =>
      expect(status).toHaveTextContent('You seem to be offline. Check your connection and try again.'),
    );
    await expect(button).toHaveAttribute('data-state', 'ready');
  },
};

/** No answer within `timeoutMs` (1 s here; 15 s by default): the request is given up. */
export const Timeout: Story = {
  args: { username: 'slow@example.com', client: clientNamed('Never answers'), timeoutMs: 1000 },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'sending'));
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'timeout'), { timeout: 3000 });
    await waitFor(() => expect(status).toHaveTextContent('This took too long. Try again.'));
    await expect(button).toHaveAttribute('data-state', 'ready');
  },
};

/**
 * A misconfigured pool or app (ResourceNotFoundException: a wrong pool or client id). Nothing the person can
 * fix, so the message says so; the code is there for the host's logs.
 */
export const MisconfiguredResourceNotFound: Story = {
  args: { username: 'jane@example.com', client: clientNamed('Misconfigured (ResourceNotFound)') },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'resource-not-found'));
    await waitFor(() =>
      expect(status).toHaveTextContent("Can't send a code right now. Try again later or contact support."),
    );
  },
};

/** NotAuthorizedException (e.g. an app client that needs a secret hash): another misconfiguration. */
export const MisconfiguredNotAuthorized: Story = {
  args: { username: 'jane@example.com', client: clientNamed('Misconfigured (NotAuthorized)') },
  play: async ({ canvasElement }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'not-authorized'));
    await waitFor(() =>
      expect(status).toHaveTextContent("Can't send a code right now. Try again later or contact support."),
    );
  },
};

/** A username Cognito would reject (over 128 characters): refused before anything is sent, with no wait. */
export const InvalidRequest: Story = {
  args: { username: `${'a'.repeat(130)}@example.com` },
  play: async ({ canvasElement, args }) => {
    const { button, status } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-error', 'invalid-request'));
    await waitFor(() => expect(status).toHaveTextContent('Check your details and try again.'));
    await expect(button).toHaveAttribute('data-state', 'ready');
    await expect(args.onSent).not.toHaveBeenCalled();
  },
};

/**
 * The host's cap (`maxResends={2}`) is reached: no further code can be requested here until the streak starts over.
 * The status region explains it as soon as the button appears (after a reload too).
 */
export const ResendLimitReached: Story = {
  args: { username: 'capped@example.com', maxResends: 2 },
  beforeEach: ({ args }) => {
    seedStoryCooldown(args, { secondsLeft: 0, sendCount: 2 });
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('data-error', 'resend-limit-reached');
    const status = canvas.getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(/^You have requested as many codes as allowed for now\./),
    );
    await expect(status).not.toHaveTextContent(/few minutes/);
    await userEvent.click(button);
    // A request going out would show as `sending` at once.
    await expect(button).toHaveAttribute('data-state', 'ready');
    await expect(args.onSent).not.toHaveBeenCalled();
  },
};
