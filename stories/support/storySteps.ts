// Steps the stories' `beforeEach` and `play` functions share.
import { userEvent, within } from 'storybook/test';
import type { ResendCodeClient } from '../../src';
import { type SeedCooldownOptions, seedCooldown } from '../../src/testing';

/** Puts the story's user in cooldown for the story's client, as earlier sends would have left it. */
export function seedStoryCooldown(
  args: { client?: ResendCodeClient; username: string },
  record: Pick<SeedCooldownOptions, 'secondsLeft' | 'sendCount'>,
): void {
  seedCooldown({
    userPoolId: args.client!.userPoolId,
    clientId: args.client!.clientId,
    username: args.username,
    ...record,
  });
}

/** Clicks "Resend code" as a person would; returns the button and the status region that reports the outcome. */
export async function clickResend(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const button = canvas.getByRole('button', { name: 'Resend code' });
  await userEvent.click(button);
  return { button, status: canvas.getByRole('status') };
}
