// Clients for the stories: each one answers every call the same way, so a story behaves alike however often it is
// replayed or its controls change. Built on the package's own test helper, the fake at the ResendCodeClient seam.
import type { ResendCodeClient } from '../../src';
import { createFakeResendClient, type FakeResendStep } from '../../src/testing';

/** A masked email, as Cognito reports it. */
export const maskedEmail = 'j***@e***.com';
/** A masked phone number, as Cognito reports it. */
export const maskedPhone = '+*******0199';

// Each behaviour has its own app client id, so switching the `client` control starts from that client's own
// cooldown (the cooldown key is pool, client and username).
function alwaysAnswering(clientId: string, step: FakeResendStep): ResendCodeClient {
  return {
    userPoolId: 'us-east-1_STORYPOOL',
    clientId,
    resend: (request, callOptions) =>
      createFakeResendClient({ userPoolId: 'us-east-1_STORYPOOL', clientId })
        .enqueue(step)
        .resend(request, callOptions),
  };
}

// A short delay makes the "sending" state visible without slowing the tests down.
const sendDelayMs = 400;

/** Every client a story's `client` control offers. */
export const storyClients = {
  'Sends to a masked email': alwaysAnswering('storyEmail', {
    kind: 'succeed',
    delivery: { destination: maskedEmail, deliveryMedium: 'EMAIL', attributeName: 'email' },
    delayMs: sendDelayMs,
  }),
  'Sends to a masked phone': alwaysAnswering('storyPhone', {
    kind: 'succeed',
    delivery: { destination: maskedPhone, deliveryMedium: 'SMS', attributeName: 'phone_number' },
    delayMs: sendDelayMs,
  }),
  'Sends to an overlong destination': alwaysAnswering('storyLongDestination', {
    kind: 'succeed',
    // A broken or hostile answer: a right-to-left override and thousands of characters.
    delivery: {
      destination: `\u202Ej***@${'e'.repeat(5000)}.com`,
      deliveryMedium: 'EMAIL',
      attributeName: 'email',
    },
    delayMs: sendDelayMs,
  }),
  'Never answers': alwaysAnswering('storyHang', { kind: 'hang' }),
  'Rate limited (LimitExceeded)': alwaysAnswering('storyLimitExceeded', {
    kind: 'fail',
    error: 'limit-exceeded',
    delayMs: sendDelayMs,
  }),
  'Rate limited (TooManyRequests)': alwaysAnswering('storyTooManyRequests', {
    kind: 'fail',
    error: 'too-many-requests',
    delayMs: sendDelayMs,
  }),
  'Delivery failed': alwaysAnswering('storyDeliveryFailed', {
    kind: 'fail',
    error: 'code-delivery-failure',
    delayMs: sendDelayMs,
  }),
  'Already confirmed': alwaysAnswering('storyAlreadyConfirmed', {
    kind: 'fail',
    error: 'user-already-confirmed',
    delayMs: sendDelayMs,
  }),
  'User not found': alwaysAnswering('storyUserNotFound', {
    kind: 'fail',
    error: 'user-not-found',
    delayMs: sendDelayMs,
  }),
  'Unknown user (PreventUserExistenceErrors)': alwaysAnswering('storyPreventUserExistence', {
    kind: 'succeed',
    delivery: { destination: 'n***@e***', deliveryMedium: 'EMAIL', attributeName: 'email' },
    delayMs: sendDelayMs,
  }),
  'Network error': alwaysAnswering('storyNetwork', {
    kind: 'fail',
    error: 'network-error',
    delayMs: sendDelayMs,
  }),
  'Misconfigured (ResourceNotFound)': alwaysAnswering('storyResourceNotFound', {
    kind: 'fail',
    error: 'resource-not-found',
    delayMs: sendDelayMs,
  }),
  'Misconfigured (NotAuthorized)': alwaysAnswering('storyNotAuthorized', {
    kind: 'fail',
    error: 'not-authorized',
    delayMs: sendDelayMs,
  }),
} satisfies Record<string, ResendCodeClient>;

/** The name of one of {@link storyClients}. */
export type StoryClientName = keyof typeof storyClients;

/** The `client` control: pick a behaviour by name. */
export const clientArgType = {
  control: 'select',
  options: Object.keys(storyClients) as StoryClientName[],
  mapping: storyClients,
  description:
    'Any `ResendCodeClient` (the amazon-cognito-identity-js adapter, the fetch client, a fake). Here: a fake that always answers the same way.',
} as const;
