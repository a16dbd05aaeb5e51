import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { formatCodeSent, formatCountdown, ResendCodeButton, type ResendMessages } from '../src';
import {
  type CatalogueName,
  catalogueNamed,
  catalogues,
  resendCodeButtonMeta,
} from './support/resendCodeButtonArgs';
import { maskedEmail } from './support/storyClients';

const meta = {
  title: 'ResendCodeButton/Locales',
  component: ResendCodeButton,
  tags: ['autodocs'],
  ...resendCodeButtonMeta(
    'Each catalogue is its own module: pass it as `locale` (and single overrides as `messages`). Numbers and plurals come from `Intl`, so the countdown reads naturally in every language; `dir` follows the catalogue, so Arabic lays out right to left.',
  ),
  decorators: [
    // The page around the button speaks the same language, as a host page would (lang for speech, dir for layout).
    (Story, { args }) => (
      <div lang={args.locale?.locale ?? 'en'} dir={args.locale?.direction ?? 'ltr'}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ResendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

// After a click: the label stays the accessible name, the status names the masked email in the language, and the
// countdown uses the language's digits and plural forms.
function localeStory(name: CatalogueName): Story {
  const messages: ResendMessages = catalogues[name];
  return {
    args: { locale: catalogueNamed(name), username: `${messages.locale.toLowerCase()}@example.com` },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const button = canvas.getByRole('button', { name: messages.resendLabel });
      await expect(button).toHaveAttribute('dir', messages.direction);
      await userEvent.click(button);
      const status = canvas.getByRole('status');
      await waitFor(() =>
        expect(status).toHaveTextContent(
          formatCodeSent(messages, { destination: maskedEmail, deliveryMedium: 'EMAIL' }),
        ),
      );
      await expect(status).toHaveAttribute('dir', messages.direction);
      const countdown = [formatCountdown(messages, 30), formatCountdown(messages, 29)];
      await expect(countdown.some((text) => button.textContent?.includes(text))).toBe(true);
      await expect(canvas.getByRole('button', { name: messages.resendLabel })).toBe(button);
    },
  };
}

export const English = localeStory('English (en)');
export const German = localeStory('Deutsch (de)');
export const Spanish = localeStory('Español (es)');
export const French = localeStory('Français (fr)');
export const BrazilianPortuguese = localeStory('Português do Brasil (pt-BR)');
export const Japanese = localeStory('日本語 (ja)');
export const SimplifiedChinese = localeStory('简体中文 (zh-CN)');

/** Arabic: right to left with six plural forms; the masked email stays left to right inside the sentence. */
export const ArabicRightToLeft: Story = {
  ...localeStory('العربية (ar)'),
  play: async (context) => {
    await localeStory('العربية (ar)').play?.(context);
    const button = within(context.canvasElement).getByRole('button', {
      name: catalogues['العربية (ar)'].resendLabel,
    });
    await expect(button).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(button).direction).toBe('rtl');
  },
};

/** One message replaced through `messages`, the rest from the catalogue. */
export const MessageOverride: Story = {
  args: {
    username: 'override@example.com',
    messages: { resendLabel: 'Send me a new code', readyAgain: 'Ready when you are.' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Send me a new code' })).toHaveAttribute(
      'data-state',
      'ready',
    );
  },
};
