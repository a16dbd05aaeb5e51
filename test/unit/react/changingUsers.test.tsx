// The hook while the user on screen changes: props switched during a cooldown or a request, a transition that
// suspends, StrictMode's double effects. What a click does and what an answer touches belong to the user the screen
// showed when it happened. The same file runs on React 19 (unit) and React 18.3 (react18).
import { act, render, renderHook, screen } from '@testing-library/react';
import { StrictMode, Suspense, startTransition, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodeDeliveryDetails } from '../../../src/core/ResendRequest';
import {
  type UseResendConfirmationCodeOptions,
  useResendConfirmationCode,
} from '../../../src/react/useResendConfirmationCode';
import { createFakeResendClient, type FakeResendClient, resetCooldowns } from '../../../src/testing';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

const bobDelivery: CodeDeliveryDetails = {
  destination: 'b***@e***',
  deliveryMedium: 'EMAIL',
  attributeName: 'email',
};

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

// A sibling that suspends (with a promise that never settles) whenever it is asked to show `suspendFor`.
const neverSettles = new Promise<never>(() => {});
function SuspendsFor({ username, suspendFor }: { username: string; suspendFor: string }) {
  if (username === suspendFor) throw neverSettles;
  return null;
}

interface ProfileProps {
  username: string;
  client: FakeResendClient;
  onSent: (username: string, delivery: CodeDeliveryDetails) => void;
}

function ResendFor({ username, client, onSent }: ProfileProps) {
  const { resend, state } = useResendConfirmationCode({
    username,
    client,
    onSent: (delivery) => onSent(username, delivery),
  });
  return (
    <button type="button" onClick={resend} data-state={state}>
      Resend for {username}
    </button>
  );
}

function SwitchesInATransition(props: Omit<ProfileProps, 'username'>) {
  const [username, setUsername] = useState('alice');
  return (
    <>
      <button type="button" onClick={() => startTransition(() => setUsername('bob'))}>
        Show bob
      </button>
      <Suspense fallback={<p>Loading</p>}>
        <ResendFor username={username} {...props} />
        <SuspendsFor username={username} suspendFor="bob" />
      </Suspense>
    </>
  );
}

type Props = UseResendConfirmationCodeOptions;

describe('useResendConfirmationCode while the user on screen changes', () => {
  it('sends for the user on screen while a transition to another user is suspended', async () => {
    const client = createFakeResendClient();
    const onSent = vi.fn();
    render(<SwitchesInATransition client={client} onSent={onSent} />);

    act(() => screen.getByRole('button', { name: 'Show bob' }).click());
    // The transition waits for bob's data: the screen keeps showing alice.
    const shown = screen.getByRole('button', { name: 'Resend for alice' });
    act(() => shown.click());
    await flushReactQuery();

    expect(client.requests.map((request) => request.username)).toEqual(['alice']);
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(onSent).toHaveBeenCalledWith('alice', expect.objectContaining({ destination: 'j***@e***.com' }));
    // The wait is alice's: the same key on screen is cooling down, bob's is not.
    expect(screen.getByRole('button', { name: 'Resend for alice' })).toHaveAttribute(
      'data-state',
      'cooldown',
    );
    const bob = renderHook(() => useResendConfirmationCode({ username: 'bob', client }));
    expect(bob.result.current.state).toBe('ready');
  });

  it('lets another user send at once while the first one cools down, and keeps the first one waiting', async () => {
    const client = createFakeResendClient();
    const { result, rerender } = renderHook((props: Props) => useResendConfirmationCode(props), {
      initialProps: { username: 'alice', client },
    });
    act(() => result.current.resend());
    await flushReactQuery();
    expect(result.current.state).toBe('cooldown');

    rerender({ username: 'bob', client });
    expect(result.current).toMatchObject({ state: 'ready', canResend: true, delivery: null, error: null });
    act(() => result.current.resend());
    await flushReactQuery();
    expect(client.requests.map((request) => request.username)).toEqual(['alice', 'bob']);

    await advance(10_000);
    rerender({ username: 'alice', client });
    expect(result.current.state).toBe('cooldown');
    expect(result.current.secondsLeft).toBe(20);
    expect(result.current.delivery).toBeNull();
  });

  it("gives a late answer to the user it was sent for: neither the new user's state nor its callbacks see it", async () => {
    const client = createFakeResendClient().succeedNext(bobDelivery, 1_000);
    const bobSent = vi.fn();
    const carolSent = vi.fn();
    const { result, rerender } = renderHook((props: Props) => useResendConfirmationCode(props), {
      initialProps: { username: 'bob', client, onSent: bobSent } as Props,
    });
    act(() => result.current.resend());
    expect(result.current.state).toBe('sending');

    rerender({ username: 'carol', client, onSent: carolSent });
    expect(result.current.state).toBe('ready');
    await advance(1_000);
    await flushReactQuery();

    expect(bobSent).toHaveBeenCalledExactlyOnceWith(bobDelivery);
    expect(carolSent).not.toHaveBeenCalled();
    expect(result.current).toMatchObject({ state: 'ready', delivery: null, error: null, attempts: 0 });
    // Bob's answer started bob's wait.
    rerender({ username: 'bob', client, onSent: bobSent });
    expect(result.current).toMatchObject({ state: 'cooldown', attempts: 1 });
  });

  it('sends an already-confirmed answer that arrives after a switch to the callbacks of the click, not to the next user', async () => {
    const client = createFakeResendClient().failNext('user-already-confirmed', 1_000);
    const confirmedCarol = { onAlreadyConfirmed: vi.fn(), onError: vi.fn() };
    const unconfirmedDave = { onAlreadyConfirmed: vi.fn(), onError: vi.fn() };
    const { result, rerender } = renderHook((props: Props) => useResendConfirmationCode(props), {
      initialProps: { username: 'carol', client, ...confirmedCarol } as Props,
    });
    act(() => result.current.resend());

    rerender({ username: 'dave', client, ...unconfirmedDave });
    await advance(1_000);
    await flushReactQuery();

    expect(confirmedCarol.onAlreadyConfirmed).toHaveBeenCalledTimes(1);
    expect(confirmedCarol.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'user-already-confirmed' }),
    );
    expect(unconfirmedDave.onAlreadyConfirmed).not.toHaveBeenCalled();
    expect(unconfirmedDave.onError).not.toHaveBeenCalled();
    expect(result.current.error).toBeNull();
    expect(result.current.canResend).toBe(true);
  });

  it('uses the callbacks of the render the click came from, not those of a later render of the same user', async () => {
    const client = createFakeResendClient().succeedNext(undefined, 1_000);
    const atClick = vi.fn();
    const later = vi.fn();
    const { result, rerender } = renderHook((props: Props) => useResendConfirmationCode(props), {
      initialProps: { username: 'erin', client, onSent: atClick } as Props,
    });
    act(() => result.current.resend());
    rerender({ username: 'erin', client, onSent: later });
    await advance(1_000);
    await flushReactQuery();
    expect(atClick).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    // The answer is this user's, so the screen shows it.
    expect(result.current.delivery).toEqual({
      destination: 'j***@e***.com',
      deliveryMedium: 'EMAIL',
      attributeName: 'email',
    });
  });

  it('records the sign-up code once and sends once under StrictMode, whose effects run twice', async () => {
    const client = createFakeResendClient();
    const onSent = vi.fn();
    const sentAt = Date.now() - 20_000;
    const { result } = renderHook(
      () => useResendConfirmationCode({ username: 'frank', client, lastSentAt: sentAt, onSent }),
      { wrapper: StrictMode },
    );
    expect(result.current).toMatchObject({ state: 'cooldown', secondsLeft: 10, attempts: 1 });

    await advance(10_000);
    act(() => result.current.resend());
    act(() => result.current.resend());
    await flushReactQuery();

    expect(client.requests).toHaveLength(1);
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ state: 'cooldown', attempts: 2 });
  });

  it('records lastSentAt for the user it came with, when that user comes on screen', async () => {
    const client = createFakeResendClient();
    const signedUpAt = Date.now();
    const { result, rerender } = renderHook((props: Props) => useResendConfirmationCode(props), {
      initialProps: { username: 'gina', client } as Props,
    });
    expect(result.current.state).toBe('ready');
    rerender({ username: 'hugo', client, lastSentAt: signedUpAt });
    expect(result.current).toMatchObject({ state: 'cooldown', attempts: 1 });
    rerender({ username: 'gina', client });
    expect(result.current).toMatchObject({ state: 'ready', attempts: 0 });
  });
});
