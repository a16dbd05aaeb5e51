// Controls shared by the ResendCodeButton and useResendConfirmationCode stories: the props and options a reader
// will want to try, with the fakes and catalogues offered by name.
import type { ArgTypes } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type {
  ResendCodeButtonProps,
  ResendCodeClient,
  ResendMessages,
  UseResendConfirmationCodeOptions,
} from '../../src';
import { ar } from '../../src/i18n/ar';
import { de } from '../../src/i18n/de';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { fr } from '../../src/i18n/fr';
import { ja } from '../../src/i18n/ja';
import { ptBR } from '../../src/i18n/ptBR';
import { zhCN } from '../../src/i18n/zhCN';
import { clientArgType, type StoryClientName } from './storyClients';

/** Every catalogue the package ships, by the name the `locale` control shows. */
export const catalogues = {
  'English (en)': en,
  'Deutsch (de)': de,
  'Español (es)': es,
  'Français (fr)': fr,
  'Português do Brasil (pt-BR)': ptBR,
  '日本語 (ja)': ja,
  '简体中文 (zh-CN)': zhCN,
  'العربية (ar)': ar,
} satisfies Record<string, ResendMessages>;

/** The name of one of {@link catalogues}. */
export type CatalogueName = keyof typeof catalogues;

/**
 * Names an option of a mapped control in `args`. Storybook swaps the name for the mapped value before the story
 * renders (`argTypes[name].mapping`), so the control shows the name and the component receives the value.
 */
function mappedArg<Value>(name: string): Value {
  return name as unknown as Value;
}

/** A story client, by name, for `args.client`. */
export const clientNamed = (name: StoryClientName): ResendCodeClient => mappedArg<ResendCodeClient>(name);

/** A catalogue, by name, for `args.locale`. */
export const catalogueNamed = (name: CatalogueName): ResendMessages => mappedArg<ResendMessages>(name);

/**
 * The request fields the hook's options take from `ResendRequest` through `Omit<...>`, which react-docgen does not
 * follow: their docs, as in src/core/ResendRequest.ts.
 */
export const resendRequestArgTypes = {
  clientMetadata: {
    control: 'object',
    description:
      'Passed to the custom message and other Lambda triggers (`ClientMetadata`): string to string.',
    table: { type: { summary: 'Record<string, string>' } },
  },
  secretHash: {
    control: false,
    description:
      "`SecretHash` for app clients with a secret: the value, or a function that fetches it from the host's server.",
    table: { type: { summary: 'string | ((username: string) => Promise<string> | string)' } },
  },
  analyticsEndpointId: {
    control: 'text',
    description: 'Amazon Pinpoint endpoint id (`AnalyticsMetadata.AnalyticsEndpointId`).',
    table: { type: { summary: 'string' } },
  },
  userContextData: {
    control: false,
    description:
      "`UserContextData`: the fields, `'auto'` to read them from Cognito's advanced-security script when the page loaded it, or `'off'` to send none.",
    table: {
      type: { summary: "{ encodedData?: string; ipAddress?: string } | 'auto' | 'off'" },
      defaultValue: { summary: "'auto'" },
    },
  },
} as const;

/**
 * Controls for the options of `useResendConfirmationCode`, which ResendCodeButton takes as props too (docs
 * descriptions come from the TSDoc).
 */
export const resendOptionArgTypes = {
  username: { control: 'text' },
  client: clientArgType,
  cooldown: { control: 'object' },
  lastSentAt: { control: 'date' },
  maxResends: { control: { type: 'number', min: 0 } },
  persistence: { control: 'select', options: ['localStorage', 'sessionStorage', 'memory'] },
  timeoutMs: { control: { type: 'number', min: 0, step: 500 } },
  enumerationSafe: { control: 'boolean' },
  ...resendRequestArgTypes,
  userPool: { control: false },
  queryClient: { control: false },
} satisfies Partial<ArgTypes<UseResendConfirmationCodeOptions>>;

/** Controls for ResendCodeButton's props: the hook's options and the button's own. */
export const resendCodeButtonArgTypes = {
  ...resendOptionArgTypes,
  locale: { control: 'select', options: Object.keys(catalogues), mapping: catalogues },
  messages: { control: 'object' },
  statusDisplay: { control: 'inline-radio', options: ['visible', 'visually-hidden'] },
  asChild: { control: 'boolean' },
  unstyled: { control: 'boolean' },
  disabled: { control: 'boolean' },
  className: { control: 'text' },
  children: { control: false },
} satisfies Partial<ArgTypes<ResendCodeButtonProps>>;

/** Args every ResendCodeButton and hook story starts from; each story names its own user. */
export const resendCodeButtonArgs = {
  client: clientNamed('Sends to a masked email'),
  onSent: fn(),
  onError: fn(),
  onAlreadyConfirmed: fn(),
} satisfies Partial<UseResendConfirmationCodeOptions>;

/**
 * What each ResendCodeButton stories file's meta holds besides its title, component and tags (Storybook reads those
 * from the file itself): the controls, the args every story starts from, and the file's docs description.
 */
export function resendCodeButtonMeta(description: string) {
  return {
    argTypes: resendCodeButtonArgTypes,
    args: { ...resendCodeButtonArgs, username: 'jane@example.com' },
    parameters: { docs: { description: { component: description } } },
  };
}
