// What a CommonJS project meets when it requires the package: the CommonJS build, every entry loading without the
// optional peers (Amplify, the AWS SDK v3, amazon-cognito-identity-js are not installed here).
const path = require('node:path');

const entries = [
  'react-cognito-resend',
  'react-cognito-resend/core',
  'react-cognito-resend/fetch',
  'react-cognito-resend/testing',
  'react-cognito-resend/locales/de',
  'react-cognito-resend/locales/ar',
];

test.each(entries)('require("%s") loads the CommonJS build', (entry) => {
  expect(path.extname(require.resolve(entry))).toBe('.cjs');
  expect(Object.keys(require(entry)).length).toBeGreaterThan(0);
});

test('the main entry has the button, the hook and the error type', () => {
  const {
    ResendCodeButton,
    useResendConfirmationCode,
    ResendError,
    isResendError,
  } = require('react-cognito-resend');

  expect(ResendCodeButton).toBeTruthy();
  expect(typeof useResendConfirmationCode).toBe('function');
  expect(isResendError(new ResendError('timeout', 'Resend timeout.'))).toBe(true);
});

test.each([
  ['react-cognito-resend/amplify', 'aws-amplify'],
  ['react-cognito-resend/aws-sdk-v3', '@aws-sdk/client-cognito-identity-provider'],
])('%s needs its optional peer, which only that entry requires', (entry, peer) => {
  expect(() => require(entry)).toThrow(new RegExp(`Cannot find module '${peer.replace('/', '\\/')}`));
});
