import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // react-docgen reads the component's TypeScript types for the docs pages and controls; react-docgen-typescript
  // needs the TypeScript compiler API, which the native TypeScript 7 compiler does not have.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // amazon-cognito-identity-js depends on buffer@4, which reads a bare `global` in browsers.
      define: { global: 'globalThis' },
    }),
};

export default config;
