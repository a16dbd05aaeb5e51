// ResendConfirmationCode for cognito-local 5.3.0, which lacks the operation. It answers like Amazon Cognito:
// validation, unknown client, secret hash, unknown user (UserNotFoundException, or a simulated destination when the
// app client has PreventUserExistenceErrors ENABLED), already confirmed, attempt limit, then a new code that
// replaces the old one, delivered like SignUp's and described with a masked destination.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Targets } = require('cognito-local/lib/targets/targets');
const { CognitoError, InvalidParameterError, NotAuthorizedError, ResourceNotFoundError, UserNotFoundError } =
  require('cognito-local/lib/errors');
const {
  selectAppropriateDeliveryMethod,
} = require('cognito-local/lib/services/messageDelivery/deliveryMethod');

/** Cognito's own answer when an account asks for too many codes. */
export const attemptLimitMessage = 'Attempt limit exceeded, please try after some time.';

class LimitExceededError extends CognitoError {
  constructor() {
    super('LimitExceededException', attemptLimitMessage);
  }
}

// The constraints from the API reference, in the order Cognito reports them.
const fieldConstraints = [
  { field: 'ClientId', name: 'clientId', required: true, pattern: /^[\w+]+$/u },
  { field: 'Username', name: 'username', required: true, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u },
  { field: 'SecretHash', name: 'secretHash', required: false, pattern: /^[\w+=/]+$/u },
];

function validationFailures(request) {
  const failures = [];
  for (const { field, name, required, pattern } of fieldConstraints) {
    const value = request[field];
    if (value === undefined || value === null) {
      if (required)
        failures.push(`Value null at '${name}' failed to satisfy constraint: Member must not be null`);
      continue;
    }
    const text = String(value);
    if (text.length < 1) {
      failures.push(
        `Value at '${name}' failed to satisfy constraint: Member must have length greater than or equal to 1`,
      );
    } else if (text.length > 128) {
      failures.push(
        `Value at '${name}' failed to satisfy constraint: Member must have length less than or equal to 128`,
      );
    } else if (!pattern.test(text)) {
      failures.push(
        `Value at '${name}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source.slice(1, -1)}`,
      );
    }
  }
  return failures;
}

/** Masks a destination the way Cognito does: `j***@e***` for an email, `+*******1234` for a phone number. */
function maskDestination(deliveryMedium, destination) {
  if (deliveryMedium === 'SMS') {
    const digits = destination.replace(/\D/g, '');
    return `+${'*'.repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
  }
  const [local = '', domain = ''] = destination.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

/**
 * What Cognito answers for an unknown user when the app client has `PreventUserExistenceErrors: ENABLED`: a success
 * naming a simulated destination, masked like a real one, so the answer does not tell whether the account exists.
 * Nothing is delivered. In a pool that auto-verifies email the simulated address is the username itself when it is
 * one (as a real account's would be in this pool, whose usernames are emails).
 */
function simulatedDeliveryDetails(userPool, username) {
  const verifiesEmail = (userPool.options.AutoVerifiedAttributes ?? []).includes('email');
  if (verifiesEmail) {
    const address = username.includes('@') ? username : `${username}@example.com`;
    return {
      AttributeName: 'email',
      DeliveryMedium: 'EMAIL',
      Destination: maskDestination('EMAIL', address),
    };
  }
  return {
    AttributeName: 'phone_number',
    DeliveryMedium: 'SMS',
    Destination: maskDestination('SMS', '+10000000000'),
  };
}

function secretHashMatches(secretHash, username, clientId, clientSecret) {
  const expected = Buffer.from(
    createHmac('sha256', clientSecret)
      .update(username + clientId)
      .digest('base64'),
  );
  const received = Buffer.from(secretHash);
  return expected.length === received.length && timingSafeEqual(expected, received);
}

/**
 * Counts resends per username and refuses them past a limit, like Cognito's attempt limit. `null` means no limit.
 */
export class ResendAttemptLimiter {
  constructor(defaultLimit = null) {
    this.defaultLimit = defaultLimit;
    this.limitsByUsername = new Map();
    this.countsByUsername = new Map();
  }

  /** Sets the limit for one username, or the default for all when `username` is undefined. */
  setLimit(limit, username) {
    if (username === undefined) this.defaultLimit = limit;
    else this.limitsByUsername.set(username, limit);
  }

  /** Whether one more resend for `username` stays within its limit. */
  allows(username) {
    const limit = this.limitsByUsername.has(username)
      ? this.limitsByUsername.get(username)
      : this.defaultLimit;
    return limit === null || (this.countsByUsername.get(username) ?? 0) < limit;
  }

  record(username) {
    this.countsByUsername.set(username, (this.countsByUsername.get(username) ?? 0) + 1);
  }

  /** Forgets counts and per-user limits (the default stays). */
  reset() {
    this.limitsByUsername.clear();
    this.countsByUsername.clear();
  }
}

/**
 * The target factory, called by cognito-local's router with its services for each request. `resendAttemptLimiter`
 * is this project's addition to those services.
 */
const ResendConfirmationCode =
  ({ cognito, clock, messages, otp, resendAttemptLimiter }) =>
  async (ctx, request) => {
    const failures = validationFailures(request);
    if (failures.length > 0) {
      const count = failures.length;
      throw new InvalidParameterError(
        `${count} validation error${count === 1 ? '' : 's'} detected: ${failures.join('; ')}`,
      );
    }

    const appClient = await cognito.getAppClient(ctx, request.ClientId);
    if (!appClient) throw new ResourceNotFoundError(`User pool client ${request.ClientId} does not exist.`);
    if (appClient.ClientSecret) {
      if (request.SecretHash === undefined) {
        throw new NotAuthorizedError(
          `Client ${request.ClientId} is configured with secret but SECRET_HASH was not received`,
        );
      }
      if (
        !secretHashMatches(request.SecretHash, request.Username, request.ClientId, appClient.ClientSecret)
      ) {
        throw new NotAuthorizedError(`Unable to verify secret hash for client ${request.ClientId}`);
      }
    }

    const userPool = await cognito.getUserPoolForClientId(ctx, request.ClientId);
    const user = await userPool.getUserByUsername(ctx, request.Username);
    if (!user) {
      if (appClient.PreventUserExistenceErrors === 'ENABLED') {
        return { CodeDeliveryDetails: simulatedDeliveryDetails(userPool, request.Username) };
      }
      throw new UserNotFoundError('Username/client id combination not found.');
    }
    if (user.UserStatus === 'CONFIRMED') throw new InvalidParameterError('User is already confirmed.');
    if (!resendAttemptLimiter.allows(request.Username)) throw new LimitExceededError();

    const deliveryDetails = selectAppropriateDeliveryMethod(
      userPool.options.AutoVerifiedAttributes ?? [],
      user,
    );
    if (!deliveryDetails) {
      throw new InvalidParameterError('User has no attribute matching desired auto verified attributes');
    }
    const code = otp();
    await messages.deliver(
      ctx,
      'ResendCode',
      request.ClientId,
      userPool.options.Id,
      user,
      code,
      request.ClientMetadata,
      deliveryDetails,
    );
    // Saving the new code is what makes the previous one stop working.
    await userPool.saveUser(ctx, { ...user, UserLastModifiedDate: clock.get(), ConfirmationCode: code });
    resendAttemptLimiter.record(request.Username);

    return {
      CodeDeliveryDetails: {
        AttributeName: deliveryDetails.AttributeName,
        DeliveryMedium: deliveryDetails.DeliveryMedium,
        Destination: maskDestination(deliveryDetails.DeliveryMedium, deliveryDetails.Destination),
      },
    };
  };

/** Adds the operation to cognito-local's handler table (idempotent). */
export function registerResendConfirmationCode() {
  Targets.ResendConfirmationCode = ResendConfirmationCode;
}
