import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import { inject } from 'vitest';
import { setLocalCognitoEndpoint } from '../stories/support/localCognito';
import * as projectAnnotations from './preview';

// The stories run as tests with the same decorators and parameters as in Storybook, axe checks included.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);

// Started by .storybook/vitest.globalSetup.ts. Without it the live stories would have nothing to talk to.
const localCognitoEndpoint = inject('localCognitoEndpoint');
if (!localCognitoEndpoint) throw new Error('The local Cognito server of the test run is missing.');
setLocalCognitoEndpoint(localCognitoEndpoint);
