import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResendCodeButton } from '../src';
import './support/themes.css';
import { resendCodeButtonMeta } from './support/resendCodeButtonArgs';
import { maskedEmail } from './support/storyClients';
import { clickResend } from './support/storySteps';

const meta = {
  title: 'ResendCodeButton/Themes',
  component: ResendCodeButton,
  tags: ['autodocs'],
  ...resendCodeButtonMeta(
    'Three ways to make it yours: set `--rcr-*` custom properties anywhere above the button (with the opt-in `styles.css`), leave it `unstyled` and style it from `className` (a string or a function of the state) and the `data-state`/`data-error` attributes, or render your own element with `asChild`.',
  ),
} satisfies Meta<typeof ResendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const violetTheme = {
  '--rcr-background': '#6d28d9',
  '--rcr-background-hover': '#5b21b6',
  '--rcr-color': '#ffffff',
  '--rcr-radius': '999px',
  '--rcr-padding': '0.625rem 1.25rem',
  '--rcr-background-disabled': '#ede9fe',
  '--rcr-color-disabled': '#4c1d95',
  '--rcr-focus-ring-color': '#6d28d9',
  '--rcr-status-color': '#4c1d95',
} as CSSProperties;

/** styles.css themed from a wrapper: the custom properties win without `!important` or higher specificity. */
export const CustomProperties: Story = {
  args: { username: 'violet@example.com' },
  decorators: [
    (Story) => (
      <div style={violetTheme}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(109, 40, 217)');
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe('999px');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'));
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(237, 233, 254)');
  },
};

/** `unstyled` plus a `className` function of the state: the host's own classes, one per state. */
export const ClassNameFunction: Story = {
  args: {
    username: 'class-name@example.com',
    unstyled: true,
    className: ({ state, error }) =>
      ['resend', `resend--${state}`, error ? 'resend--error' : ''].join(' ').trim(),
  },
  argTypes: { className: { control: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveClass('resend', 'resend--ready');
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(15, 118, 110)');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveClass('resend', 'resend--cooldown'));
    await expect(button).toHaveTextContent(/Resend code(30|29) s/);
  },
};

/**
 * `asChild` renders the host's link with the button's behaviour merged in: a click resends instead of
 * navigating, and `aria-disabled`, `data-state` and the label move onto the link.
 */
export const AsChildLink: Story = {
  args: {
    username: 'link@example.com',
    unstyled: true,
    asChild: true,
    children: (
      <a href="#resend-code" className="resend-link">
        Resend code
      </a>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole('link', { name: 'Resend code' });
    await expect(link).toHaveAttribute('data-state', 'ready');
    await userEvent.click(link);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(`A new code was sent by email to ${maskedEmail}.`),
    );
    await expect(link).toHaveAttribute('data-state', 'cooldown');
    await expect(link).toHaveAttribute('aria-disabled', 'true');
    // An action, not a navigation.
    await expect(window.location.hash).not.toBe('#resend-code');
  },
};

/** Children as a function of the state: here an icon that shows whether a resend is possible. */
export const RenderFunctionChildren: Story = {
  args: {
    username: 'render-children@example.com',
    children: ({ label, canResend }) => (
      <>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor">
          {canResend ? (
            <path d="M13 8a5 5 0 1 1-1.5-3.5M13 2v3h-3" strokeWidth="1.5" />
          ) : (
            <circle cx="8" cy="8" r="5" strokeWidth="1.5" />
          )}
        </svg>
        {label}
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const { button } = await clickResend(canvasElement);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'));
  },
};

/** The dark background option: the preview themes styles.css through its custom properties on a wrapper. */
export const Dark: Story = {
  args: { username: 'dark@example.com' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(96, 165, 250)');
    await userEvent.click(button);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(`A new code was sent by email to ${maskedEmail}.`),
    );
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(30, 41, 59)');
  },
};
