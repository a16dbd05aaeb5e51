// Stands for a dependency published as CommonJS that requires the package: the bundler resolves its `require` to
// the CommonJS build, so the page holds two copies of the package (the dual-package hazard).
const { ResendCodeButton } = require('react-cognito-resend');
const { createFetchResendClient } = require('react-cognito-resend/fetch');

module.exports = { ResendCodeButton, createFetchResendClient };
