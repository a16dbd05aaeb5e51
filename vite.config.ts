import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { peers } from './bench/bundles.js';
import { LongestFilesFirst } from './test/e2e/engines/LongestFilesFirst.ts';
import { sharedConfig } from './vitest.shared.ts';

/** Each locale's public entry (`react-cognito-resend/locales/<tag>`) and its module in src/i18n. */
const locales = {
  en: 'en',
  de: 'de',
  es: 'es',
  fr: 'fr',
  'pt-BR': 'ptBR',
  ja: 'ja',
  'zh-CN': 'zhCN',
  ar: 'ar',
};

// Code that calls React hooks. Next.js App Router only treats a module as client code when its first statement is
// 'use client', and the bundler drops module directives, so every output file holding such code gets it back.
const clientModule = /[/\\]src[/\\](react|components)[/\\]/;
const clientDirective = "'use client';";

/** Whether an output file must start with `'use client'`: it holds a React layer module. */
function holdsClientCode(moduleIds: readonly string[]): boolean {
  return moduleIds.some((id) => clientModule.test(id));
}

const outDir = resolve(import.meta.dirname, 'dist');

// Only the package build: Storybook's `storybook build` loads this config too, with its own output folder.
function isPackageBuild(config: UserConfig, env: ConfigEnv): boolean {
  return (
    env.command === 'build' &&
    Boolean(config.build?.lib) &&
    resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist') === outDir
  );
}

/** The opt-in stylesheet ships as `dist/styles.css`, outside the JS graph (no JS module imports it). */
function copyStylesheet(): Plugin {
  return {
    name: 'rcr:copy-stylesheet',
    apply: isPackageBuild,
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(resolve(import.meta.dirname, 'src/components/styles.css'), 'utf8'),
      });
    },
  };
}

/**
 * The type declarations, emitted by `tsc` once the bundle is written. Sources import without extensions (bundler
 * resolution); Node's ESM resolution needs them, so relative specifiers in the .d.ts files get `.js` (or
 * `/index.js`) added.
 */
function emitDeclarations(): Plugin {
  return {
    name: 'rcr:emit-declarations',
    apply: isPackageBuild,
    closeBundle() {
      execFileSync(resolve(import.meta.dirname, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], {
        cwd: import.meta.dirname,
        stdio: 'inherit',
      });
      const declarations = readdirSync(outDir, { encoding: 'utf8', recursive: true })
        .filter((name) => name.endsWith('.d.ts'))
        .map((name) => join(outDir, name));
      for (const file of declarations) {
        const text = readFileSync(file, 'utf8');
        const fixed = text.replace(
          /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g,
          (whole, lead: string, quote: string, specifier: string) => {
            if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return whole;
            const base = resolve(dirname(file), specifier);
            if (existsSync(`${base}.d.ts`)) return `${lead}${quote}${specifier}.js${quote}`;
            if (existsSync(join(base, 'index.d.ts'))) return `${lead}${quote}${specifier}/index.js${quote}`;
            throw new Error(`${file}: cannot resolve the declaration import ${specifier}`);
          },
        );
        if (fixed !== text) writeFileSync(file, fixed);
        writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), asCommonJsDeclaration(fixed));
      }
    },
  };
}

/**
 * The same declaration for the CommonJS build (`.d.cts`): in a `"type": "module"` package a `.d.ts` describes an
 * ES module, so `require` resolution needs its own file whose relative imports name the `.cjs` siblings.
 */
function asCommonJsDeclaration(text: string): string {
  return text.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\.js\2/g,
    (_whole, lead: string, quote: string, specifier: string) => `${lead}${quote}${specifier}.cjs${quote}`,
  );
}

/** What both builds share: where chunks go, and 'use client' at the top of every file holding React code. */
function outputFor(format: 'es' | 'cjs') {
  return {
    format,
    // Shared code lives in one place, so every entry of one build sees the same cooldown stores.
    chunkFileNames: `chunks/[name].${format === 'es' ? 'js' : 'cjs'}`,
    // The sources are ES modules, strict by definition: the CommonJS files keep that meaning.
    strict: true,
    banner: (chunk: { moduleIds: readonly string[] }) =>
      holdsClientCode(chunk.moduleIds) ? clientDirective : '',
  };
}

export default defineConfig({
  ...sharedConfig,
  plugins: [...(sharedConfig.plugins ?? []), copyStylesheet(), emitDeclarations()],
  build: {
    sourcemap: true,
    emptyOutDir: true,
    // Apps minify; a readable dist is easier to debug and its source maps stay exact.
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        fetch: 'src/core/createFetchResendClient.ts',
        amplify: 'src/amplify/createAmplifyResendClient.ts',
        'aws-sdk-v3': 'src/awsSdkV3/createSdkV3ResendClient.ts',
        testing: 'src/testing/index.ts',
        ...Object.fromEntries(
          Object.entries(locales).map(([tag, file]) => [`locales/${tag}`, `src/i18n/${file}.ts`]),
        ),
      },
    },
    rolldownOptions: {
      // The peers and their subpaths (`react/jsx-runtime`) stay imports: the app brings its own.
      external: peers.map((peer) => new RegExp(`^${peer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|/)`)),
      // ES modules for bundlers and `import`, CommonJS for `require` (Jest's default setup, older tooling).
      output: [outputFor('es'), outputFor('cjs')],
    },
  },
  test: {
    // One file per project: vitest.unit.config.ts, vitest.integration.config.ts, ...
    projects: ['vitest.*.config.ts'],
    // Vitest takes the order of test files from the root config only; this one starts the longest browser test
    // files first and leaves every other project's order as Vitest makes it.
    sequence: { sequencer: LongestFilesFirst },
  },
});
