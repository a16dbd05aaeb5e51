import { defineConfig } from 'vitest/config';
import { sharedConfig } from './vitest.shared';

const locales = { en: 'en', de: 'de', es: 'es', fr: 'fr', 'pt-BR': 'ptBR', ja: 'ja', 'zh-CN': 'zhCN', ar: 'ar' };

export default defineConfig({
  ...sharedConfig,
  build: {
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        fetch: 'src/core/createFetchResendClient.ts',
        testing: 'src/testing/index.ts',
        ...Object.fromEntries(
          Object.entries(locales).map(([tag, file]) => [`locales/${tag}`, `src/i18n/${file}.ts`]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@tanstack\/react-query($|\/)/,
        /^amazon-cognito-identity-js($|\/)/,
      ],
    },
  },
  test: {
    // One file per project: vitest.unit.config.ts, vitest.integration.config.ts, ...
    projects: ['vitest.*.config.ts'],
  },
});
