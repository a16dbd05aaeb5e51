import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResendCodeClient } from '../../../src/core/ResendCodeClient';
import { useResendConfirmationCode } from '../../../src/react/useResendConfirmationCode';
import { createFakeResendClient, resetCooldowns, seedCooldown } from '../../../src/testing';
import { fakeClockPerTest, flushReactQuery } from '../support/fakeTime';

function TwoUsers({ client }: { client: ResendCodeClient }) {
  const jane = useResendConfirmationCode({ username: 'jane', client });
  const john = useResendConfirmationCode({ username: 'john', client });
  return (
    <>
      <button type="button" onClick={jane.resend}>
        jane {jane.state}
      </button>
      <span>john {john.state}</span>
    </>
  );
}

fakeClockPerTest();

beforeEach(() => {
  resetCooldowns();
});

describe('useResendConfirmationCode', () => {
  it('reports ready, then sending, then the delivery and a cooldown with its deadline', async () => {
    const onSent = vi.fn();
    const client = createFakeResendClient().succeedNext(
      { destination: '+*******1234', deliveryMedium: 'SMS', attributeName: 'phone_number' },
      100,
    );
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'jane', client, onSent }));
    expect(result.current).toMatchObject({ state: 'ready', canResend: true, secondsLeft: 0, endsAt: null });
    act(() => result.current.resend());
    expect(result.current.state).toBe('sending');
    expect(result.current.canResend).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    await flushReactQuery();
    expect(result.current.state).toBe('cooldown');
    expect(result.current.delivery).toEqual({
      destination: '+*******1234',
      deliveryMedium: 'SMS',
      attributeName: 'phone_number',
    });
    expect(result.current.endsAt).toBe(Date.parse('2026-01-01T00:00:00.100Z') + 30_000);
    expect(result.current.secondsLeft).toBe(30);
    expect(result.current.attempts).toBe(1);
    expect(onSent).toHaveBeenCalledWith(result.current.delivery);
  });

  it('sends every request field the host gave', async () => {
    const client = createFakeResendClient();
    const { result } = renderHook(() =>
      useResendConfirmationCode({
        username: 'jane',
        client,
        clientMetadata: { source: 'sign-up' },
        secretHash: 'c2VjcmV0aGFzaA==',
        analyticsEndpointId: 'endpoint-1',
        userContextData: { encodedData: 'fingerprint', ipAddress: '203.0.113.7' },
      }),
    );
    act(() => result.current.resend());
    await flushReactQuery();
    expect(client.requests).toEqual([
      {
        username: 'jane',
        clientMetadata: { source: 'sign-up' },
        secretHash: 'c2VjcmV0aGFzaA==',
        analyticsEndpointId: 'endpoint-1',
        userContextData: { encodedData: 'fingerprint', ipAddress: '203.0.113.7' },
      },
    ]);
  });

  it('gives invalid-request and sends nothing for bad input, without starting a wait', async () => {
    const onError = vi.fn();
    const client = createFakeResendClient();
    const { result } = renderHook(() =>
      useResendConfirmationCode({
        username: 'jane',
        client,
        clientMetadata: { attempt: 2 as unknown as string },
        onError,
      }),
    );
    act(() => result.current.resend());
    await flushReactQuery();
    expect(client.requests).toHaveLength(0);
    expect(result.current.error?.code).toBe('invalid-request');
    expect(result.current.state).toBe('ready');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('keys its mutation by a hash, never by the username', async () => {
    const queryClient = new QueryClient();
    const client = createFakeResendClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => useResendConfirmationCode({ username: 'jane.doe@example.com', client }),
      {
        wrapper,
      },
    );
    act(() => result.current.resend());
    await flushReactQuery();
    const mutations = queryClient.getMutationCache().getAll();
    expect(mutations).toHaveLength(1);
    const key = JSON.stringify(mutations[0]!.options.mutationKey);
    expect(key).toMatch(/^\["react-cognito-resend","rcr:[0-9a-f]+"\]$/);
    expect(key).not.toContain('jane');
    expect(key).not.toContain(client.clientId);
  });

  it('runs in the QueryClient it is given', async () => {
    const queryClient = new QueryClient();
    const client = createFakeResendClient();
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'jane', client, queryClient }));
    act(() => result.current.resend());
    await flushReactQuery();
    expect(queryClient.getMutationCache().getAll()).toHaveLength(1);
  });

  it('forgets the last delivery and error on reset, keeping the cooldown', async () => {
    const client = createFakeResendClient().failNext('limit-exceeded');
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'jane', client }));
    act(() => result.current.resend());
    await flushReactQuery();
    expect(result.current.error?.code).toBe('limit-exceeded');
    act(() => result.current.reset());
    await flushReactQuery();
    expect(result.current.error).toBeNull();
    expect(result.current.state).toBe('cooldown');
  });

  it('starts in the cooldown another tab or a reload left behind', () => {
    const client = createFakeResendClient();
    seedCooldown({
      userPoolId: client.userPoolId,
      clientId: client.clientId,
      username: 'jane',
      secondsLeft: 12,
    });
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'jane', client }));
    expect(result.current.state).toBe('cooldown');
    expect(result.current.secondsLeft).toBe(12);
    act(() => result.current.resend());
    expect(client.requests).toHaveLength(0);
  });

  it('keeps users apart: one user cooling down does not hold back another', async () => {
    const client = createFakeResendClient();
    render(<TwoUsers client={client} />);
    act(() => screen.getByRole('button').click());
    await flushReactQuery();
    expect(screen.getByRole('button')).toHaveTextContent('jane cooldown');
    expect(screen.getByText(/john/)).toHaveTextContent('john ready');
  });

  it('needs a client or a pool, and says so with invalid-request instead of crashing', async () => {
    const { result } = renderHook(() => useResendConfirmationCode({ username: 'jane' }));
    expect(result.current.canResend).toBe(true);
    act(() => result.current.resend());
    await flushReactQuery();
    expect(result.current.error?.code).toBe('invalid-request');
  });

  it('cannot resend with an empty username', () => {
    const client = createFakeResendClient();
    const { result } = renderHook(() => useResendConfirmationCode({ username: '', client }));
    expect(result.current.canResend).toBe(false);
  });
});
