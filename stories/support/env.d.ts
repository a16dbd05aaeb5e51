// The environment Storybook's Vite build exposes to the stories (variables prefixed STORYBOOK_).
interface ImportMetaEnv {
  /** Base URL of the local Cognito server, set by `npm start`. */
  readonly STORYBOOK_LOCAL_COGNITO_ENDPOINT?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

// Style sheets the stories import for their side effect; Vite bundles them.
declare module '*.css';
