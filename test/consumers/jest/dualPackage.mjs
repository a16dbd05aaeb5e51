// Both builds in one process, as when ES module code imports the package and a CommonJS dependency requires it:
// errors made by one copy are recognised by the other (`isResendError`, `toResendError` keep their code), though
// `instanceof` cannot tell (each copy has its own class). Run by runJestConsumer.js with Node.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const commonJs = require('react-cognito-resend/core');
const esModule = await import('react-cognito-resend/core');

assert.notEqual(commonJs.ResendError, esModule.ResendError, 'two copies of the package are loaded');
for (const [made, reads] of [
  [commonJs, esModule],
  [esModule, commonJs],
]) {
  const error = new made.ResendError('limit-exceeded', 'Resend failed (code "limit-exceeded")', {
    retryAfterMs: 30_000,
  });
  assert.equal(reads.isResendError(error), true, 'isResendError recognises the other copy');
  assert.deepEqual(reads.toResendError(error).toJSON(), error.toJSON(), 'toResendError keeps every field');
}
console.log("ok   both copies recognise each other's ResendError");
