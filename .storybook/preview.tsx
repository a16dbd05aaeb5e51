import type { Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { CSSProperties } from 'react';
import { configure } from 'storybook/test';
import '../src/components/styles.css';
import { getCooldownStore } from '../src/core/getCooldownStore';
import type { ResendCodeClient } from '../src/core/ResendCodeClient';
import { resetCooldowns } from '../src/testing';

// The play functions wait for what a user sees; on a busy CI machine one second is sometimes not enough.
configure({ asyncUtilTimeout: 3000 });

// One QueryClient for the preview, emptied before each story, as an app would provide it at its root.
const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });

const lightBackground = '#ffffff';
const darkBackground = '#0f172a';

// The dark option puts the host's `dark` class and color-scheme on a wrapper, as an app's dark theme does: the
// opt-in styles.css switches to its dark colours from there. The wrapper is painted so contrast is checked against it.
const darkTheme = {
  colorScheme: 'dark',
  color: '#e2e8f0',
  background: darkBackground,
  padding: '1.5rem',
  borderRadius: '0.75rem',
} as CSSProperties;

// A story's own user starts without a wait. On a docs page every story of the page is mounted at once, so only
// the key of the story being set up is forgotten there; a single story forgets every cooldown.
function forgetCooldowns(viewMode: string, args: Record<string, unknown>): void {
  if (viewMode !== 'docs') {
    resetCooldowns();
    queryClient.clear();
    return;
  }
  const client = args.client as ResendCodeClient | undefined;
  if (client && typeof args.username === 'string') {
    getCooldownStore({
      userPoolId: client.userPoolId,
      clientId: client.clientId,
      username: args.username,
    }).reset();
  }
}

const preview: Preview = {
  beforeEach: ({ viewMode, args }) => {
    forgetCooldowns(viewMode, args);
  },
  decorators: [
    (Story) => (
      <QueryClientProvider client={queryClient}>
        <Story />
      </QueryClientProvider>
    ),
    (Story, { globals }) => {
      const dark = (globals.backgrounds as { value?: string } | undefined)?.value === 'dark';
      return (
        <div
          data-story-theme={dark ? 'dark' : 'light'}
          className={dark ? 'dark' : 'light'}
          style={dark ? darkTheme : undefined}
        >
          <Story />
        </div>
      );
    },
  ],
  parameters: {
    layout: 'padded',
    // A violation fails the story's test.
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: lightBackground },
        dark: { name: 'Dark', value: darkBackground },
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: { order: ['Overview', 'ResendCodeButton', 'Hooks', 'Flows', 'Recipes', 'Live'] },
    },
    docs: { codePanel: true },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};

export default preview;
