import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResendCodeButton } from '../../../src/components/ResendCodeButton';
import { ResendError } from '../../../src/core/ResendError';
import { de } from '../../../src/i18n/de';
import { announcementDelayMs } from '../../../src/react/useResendAnnouncement';
import { createFakeResendClient, resetCooldowns } from '../../../src/testing';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

function setup() {
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
}

// The status region is emptied first and shows an event's text a moment later.
async function waitForAnnouncement() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(announcementDelayMs);
  });
}

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

describe('ResendCodeButton', () => {
  it('sends a code, announces where it went, counts down, and is ready again after the wait', async () => {
    const user = setup();
    const client = createFakeResendClient();
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    const button = screen.getByRole('button', { name: 'Resend code' });
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).not.toHaveAttribute('aria-disabled');

    await user.click(button);
    await flushReactQuery();

    expect(client.requests).toHaveLength(1);
    expect(button).toHaveAttribute('data-state', 'cooldown');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Resend code30 s');
    expect(button).toHaveAccessibleDescription('30\u00a0s');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('A new code was sent by email to j***@e***.com.');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(29_000);
    });
    expect(button).toHaveTextContent('Resend code1 s');
    // The accessible name does not follow the countdown.
    expect(screen.getByRole('button', { name: 'Resend code' })).toBe(button);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(button).toHaveAttribute('data-state', 'ready');
    // The label alone, the countdown slot empty.
    expect(button.textContent).toBe('Resend code');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('You can request a new code now.');
  });

  it('shows sending while the request is in flight and keeps focus on the button', async () => {
    const user = setup();
    const client = createFakeResendClient().succeedNext(undefined, 2_000);
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    const button = screen.getByRole('button', { name: 'Resend code' });
    await user.click(button);
    expect(button).toHaveAttribute('data-state', 'sending');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Sending…');
    expect(button).toHaveFocus();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(button).toHaveAttribute('data-state', 'cooldown');
    expect(button).toHaveFocus();
  });

  it('sends once for a double click', async () => {
    const user = setup();
    const client = createFakeResendClient().succeedNext(undefined, 500);
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    await user.dblClick(screen.getByRole('button'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(client.requests).toHaveLength(1);
  });

  it('sends once when two buttons for the same user are clicked', async () => {
    const user = setup();
    const client = createFakeResendClient().succeedNext(undefined, 500);
    render(
      <>
        <ResendCodeButton username="jane@example.com" client={client} />
        <ResendCodeButton username="jane@example.com" client={client} />
      </>,
    );
    const [first, second] = screen.getAllByRole('button');
    await user.click(first!);
    expect(second).toHaveAttribute('data-state', 'sending');
    await user.click(second!);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(client.requests).toHaveLength(1);
    expect(first).toHaveAttribute('data-state', 'cooldown');
    expect(second).toHaveAttribute('data-state', 'cooldown');
  });

  it('hides whether the account exists in enumeration-safe mode', async () => {
    const user = setup();
    const client = createFakeResendClient().failNext('user-not-found');
    render(<ResendCodeButton username="nobody@example.com" client={client} enumerationSafe />);
    const button = screen.getByRole('button');
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveAttribute('data-state', 'cooldown');
    expect(button).not.toHaveAttribute('data-error');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('If an account exists, a new code was sent.');
  });

  it('says what Cognito answered by default: the account was not found', async () => {
    const user = setup();
    const client = createFakeResendClient().failNext('user-not-found');
    render(<ResendCodeButton username="nobody@example.com" client={client} />);
    const button = screen.getByRole('button');
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).toHaveAttribute('data-error', 'user-not-found');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('No account found.');
  });

  it('waits longer after a rate limit and says why', async () => {
    const user = setup();
    const client = createFakeResendClient().failNext('limit-exceeded');
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    const button = screen.getByRole('button');
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveAttribute('data-state', 'cooldown');
    expect(button).toHaveAttribute('data-error', 'limit-exceeded');
    expect(button).toHaveTextContent('Resend code10:00');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('Too many attempts.');
  });

  it('clears the rate-limit message once its wait is over and says a new code can be requested', async () => {
    const user = setup();
    const client = createFakeResendClient().failNext('too-many-requests');
    render(
      <ResendCodeButton
        username="jane@example.com"
        client={client}
        cooldown={{ rateLimitedWaitMs: 5_000 }}
      />,
    );
    const button = screen.getByRole('button');
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveAttribute('data-error', 'too-many-requests');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).not.toHaveAttribute('data-error');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('You can request a new code now.');
  });

  it('can be retried at once after a network error', async () => {
    const user = setup();
    const client = createFakeResendClient().failNext('network-error');
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    const button = screen.getByRole('button');
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).toHaveAttribute('data-error', 'network-error');
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent('You seem to be offline.');
    await user.click(button);
    await flushReactQuery();
    expect(client.requests).toHaveLength(2);
    expect(button).not.toHaveAttribute('data-error');
  });

  it('lets the flow move on when the user is already confirmed', async () => {
    const user = setup();
    const onAlreadyConfirmed = vi.fn();
    const client = createFakeResendClient().failNext('user-already-confirmed');
    render(
      <ResendCodeButton
        username="jane@example.com"
        client={client}
        onAlreadyConfirmed={onAlreadyConfirmed}
      />,
    );
    await user.click(screen.getByRole('button'));
    await flushReactQuery();
    expect(onAlreadyConfirmed).toHaveBeenCalledTimes(1);
    await waitForAnnouncement();
    expect(screen.getByRole('status')).toHaveTextContent(
      'This account is already confirmed. You can sign in.',
    );
  });

  it('times out a request that never answers and can be used again', async () => {
    const user = setup();
    const client = createFakeResendClient().hangNext();
    render(<ResendCodeButton username="jane@example.com" client={client} timeoutMs={5_000} />);
    const button = screen.getByRole('button');
    await user.click(button);
    expect(button).toHaveAttribute('data-state', 'sending');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    await flushReactQuery();
    expect(button).toHaveAttribute('data-state', 'ready');
    expect(button).toHaveAttribute('data-error', 'timeout');
  });

  it('starts in cooldown right after sign-up and sends nothing when clicked', async () => {
    const user = setup();
    const client = createFakeResendClient();
    render(<ResendCodeButton username="jane@example.com" client={client} lastSentAt={Date.now() - 10_000} />);
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('data-state', 'cooldown');
    expect(button).toHaveTextContent('Resend code20 s');
    await user.click(button);
    expect(client.requests).toHaveLength(0);
  });

  it('reads lastSentAt once, so an inline Date.now() does not grow the wait on every render', async () => {
    const client = createFakeResendClient();
    const view = render(
      <ResendCodeButton username="jane@example.com" client={client} lastSentAt={Date.now()} />,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    view.rerender(<ResendCodeButton username="jane@example.com" client={client} lastSentAt={Date.now()} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(25_000);
    });
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'ready');
  });

  it('does not double-count the sign-up code or double-send under StrictMode', async () => {
    const user = setup();
    const client = createFakeResendClient();
    const sentAt = Date.now() - 30_000;
    render(
      <StrictMode>
        <ResendCodeButton username="jane@example.com" client={client} lastSentAt={sentAt} maxResends={3}>
          {({ label }) => label}
        </ResendCodeButton>
      </StrictMode>,
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('data-state', 'ready');
    await user.click(button);
    await flushReactQuery();
    expect(client.requests).toHaveLength(1);
  });

  it('stops offering resends once the cap is reached', async () => {
    const user = setup();
    const client = createFakeResendClient();
    render(
      <ResendCodeButton
        username="jane@example.com"
        client={client}
        maxResends={1}
        cooldown={{ baseWaitMs: 1_000 }}
      />,
    );
    const button = screen.getByRole('button');
    await user.click(button);
    await flushReactQuery();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-error', 'resend-limit-reached');
    await user.click(button);
    expect(client.requests).toHaveLength(1);
  });

  it('keeps the cooldown when unmounted mid-request, with no warning and no timer left', async () => {
    const user = setup();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = createFakeResendClient().succeedNext(undefined, 1_000);
    const queryClient = new QueryClient({
      defaultOptions: { mutations: { gcTime: Number.POSITIVE_INFINITY } },
    });
    const view = render(
      <QueryClientProvider client={queryClient}>
        <ResendCodeButton username="jane@example.com" client={client} />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button'));
    view.unmount();
    // The claim is confirmed a moment after the click (the store lets other tabs' writes arrive), then the answer
    // takes a second.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    await flushReactQuery();
    expect(vi.getTimerCount()).toBe(0);
    expect(errors).not.toHaveBeenCalled();
    render(<ResendCodeButton username="jane@example.com" client={client} />);
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'cooldown');
    errors.mockRestore();
  });

  it('exposes its state for styling: className function, data attributes and render-prop children', async () => {
    const user = setup();
    const client = createFakeResendClient().failNext(new ResendError('code-delivery-failure', 'x'));
    render(
      <ResendCodeButton
        username="jane@example.com"
        client={client}
        className={({ state, error }) => `resend resend--${state}${error ? ' resend--error' : ''}`}
      >
        {({ label, state, secondsLeft }) => `${label} (${state}:${secondsLeft})`}
      </ResendCodeButton>,
    );
    // Custom content names the button itself.
    const button = screen.getByRole('button', { name: 'Resend code (ready:0)' });
    expect(button).toHaveClass('resend', 'resend--ready');
    expect(button).toHaveAttribute('data-rcr-button');
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveClass('resend--error');
    expect(button).toHaveAttribute('data-error', 'code-delivery-failure');
  });

  it('renders its child with asChild, and stays bare when unstyled', async () => {
    const user = setup();
    const client = createFakeResendClient();
    const onClick = vi.fn();
    render(
      <ResendCodeButton username="jane@example.com" client={client} asChild unstyled className="link">
        <a href="/sign-up/resend" onClick={onClick}>
          Send me a new code
        </a>
      </ResendCodeButton>,
    );
    const link = screen.getByRole('link', { name: 'Send me a new code' });
    expect(link).toHaveClass('link');
    expect(link).toHaveAttribute('data-state', 'ready');
    expect(link).not.toHaveAttribute('data-rcr-button');
    await user.click(link);
    await flushReactQuery();
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(client.requests).toHaveLength(1);
    expect(link).toHaveAttribute('data-state', 'cooldown');
  });

  it('speaks the host language and direction', async () => {
    const user = setup();
    const client = createFakeResendClient();
    render(<ResendCodeButton username="jane@example.com" client={client} locale={de} />);
    const button = screen.getByRole('button', { name: de.resendLabel });
    await user.click(button);
    await flushReactQuery();
    expect(button).toHaveAttribute('dir', 'ltr');
    expect(button.textContent).toContain('30');
  });
});
