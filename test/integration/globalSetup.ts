// The local Cognito server the integration tests talk to, started once for the run.
export { provideLocalCognito as default } from '../support/provideLocalCognito';
