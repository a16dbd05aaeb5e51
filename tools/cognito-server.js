// The local Cognito server for `npm run cognito`, Storybook and the integration tests: cognito-local 5.3.0 with
// ResendConfirmationCode added, behind a thin layer on the same port that records requests, injects faults and
// exposes confirmation codes under /_test/. Run it with `node tools/cognito-server.js`, or import
// `startCognitoServer`.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  attemptLimitMessage,
  ResendAttemptLimiter,
  registerResendConfirmationCode,
} from './resendConfirmationCode.js';

const require = createRequire(import.meta.url);
// cognito-local's own dependencies (pino, aws-sdk v2) resolve from its directory, whatever npm hoisted.
const requireFromCognitoLocal = createRequire(require.resolve('cognito-local/package.json'));

/** Operation whose calls faults apply to unless a fault names another. */
const defaultFaultTarget = 'ResendConfirmationCode';
const amzJson = 'application/x-amz-json-1.1';
const maxRecordedRequests = 2000;
const defaultPassword = 'Passw0rd!local';

/** Every fault kind `POST /_test/faults` accepts. */
const faultKinds = Object.freeze([
  'delay',
  'hang',
  'http-500-non-json',
  'http-503-errortype',
  'drop',
  'too-many-requests',
  'limit-exceeded',
  'exception',
  'garbage-200',
  'empty-200',
  // A success that delivers no code, with the CodeDeliveryDetails the fault gives (e.g. a hostile Destination).
  'custom-delivery',
]);

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers':
    'content-type, x-amz-target, x-amz-user-agent, cache-control, authorization, x-amz-date, x-amz-security-token',
  // Without this a browser cannot read the error type of a 5xx, which Cognito sends in this header.
  'access-control-expose-headers': 'x-amzn-errortype, x-amzn-requestid, x-amzn-errormessage, date',
  'access-control-max-age': '600',
};

function sendJson(response, status, body, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

// `message` undefined leaves the field out, as some gateways do.
function sendCognitoError(response, status, type, message, headers = {}) {
  response.writeHead(status, { 'content-type': amzJson, 'x-amzn-requestid': randomUUID(), ...headers });
  response.end(JSON.stringify({ __type: type, message }));
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function operationOf(amzTarget) {
  return typeof amzTarget === 'string' ? amzTarget.split('.').pop() : undefined;
}

/** What a fault keeps from its `POST /_test/faults` body as given; `kind`, `count` and `target` are read apart. */
const faultDetails = Object.freeze([
  'username',
  'ms',
  'type',
  'message',
  'errorType',
  'status',
  'destination',
  'deliveryMedium',
  'attributeName',
]);

function parseFault(input) {
  if (!input || typeof input !== 'object') return { error: 'The body must be a JSON object.' };
  const { kind, count = 1, target = defaultFaultTarget, username, ms, type } = input;
  if (!faultKinds.includes(kind))
    return { error: `Unknown fault kind; expected one of ${faultKinds.join(', ')}.` };
  if (!Number.isInteger(count) || count < 1) return { error: '`count` must be a positive integer.' };
  if (kind === 'delay' && !(Number.isFinite(ms) && ms >= 0)) return { error: '`ms` must be a number >= 0.' };
  if (kind === 'exception' && (typeof type !== 'string' || type === ''))
    return { error: '`type` is required.' };
  if (username !== undefined && typeof username !== 'string')
    return { error: '`username` must be a string.' };
  return {
    fault: {
      kind,
      remaining: count,
      target: operationOf(target),
      ...Object.fromEntries(faultDetails.map((name) => [name, input[name]])),
    },
  };
}

async function createCognitoLocal({ dataDir, endpoint, ctx, code, resendAttemptLimiter }) {
  // aws-sdk v2, loaded by cognito-local for Lambda triggers, otherwise prints an end-of-support notice.
  requireFromCognitoLocal('aws-sdk/lib/maintenance_mode_message').suppress = true;
  const AWS = requireFromCognitoLocal('aws-sdk');
  const services = require('cognito-local/lib/services');
  const { CognitoServiceFactoryImpl } = require('cognito-local/lib/services/cognitoService');
  const { CryptoService } = require('cognito-local/lib/services/crypto');
  const { StormDBDataStoreFactory } = require('cognito-local/lib/services/dataStore/stormDb');
  const { ConsoleMessageSender } = require('cognito-local/lib/services/messageDelivery/consoleMessageSender');
  const { MessageDeliveryService } = require('cognito-local/lib/services/messageDelivery/messageDelivery');
  const { otp } = require('cognito-local/lib/services/otp');
  const { JwtTokenGenerator } = require('cognito-local/lib/services/tokenGenerator');
  const { UserPoolServiceFactoryImpl } = require('cognito-local/lib/services/userPoolService');
  const { loadConfig } = require('cognito-local/lib/server/config');
  const { Router } = require('cognito-local/lib/server/Router');
  const { createServer } = require('cognito-local/lib/server/server');

  registerResendConfirmationCode();

  // The same wiring as cognito-local's createDefaultServer, but with absolute data paths instead of ./.cognito
  // of the working directory, so a run never touches the repository and needs no chdir.
  const config = await loadConfig(ctx, new StormDBDataStoreFactory(dataDir));
  config.TokenConfig = { ...config.TokenConfig, IssuerDomain: endpoint };
  const url = new URL(endpoint);
  config.ServerConfig = { ...config.ServerConfig, hostname: url.hostname, port: Number(url.port) };
  const clock = new services.DateClock();
  const dbDirectory = path.join(dataDir, 'db');
  const dataStoreFactory = new StormDBDataStoreFactory(dbDirectory);
  const cognito = await new CognitoServiceFactoryImpl(
    dbDirectory,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  const triggers = new services.TriggersService(
    clock,
    cognito,
    new services.LambdaService(config.TriggerFunctions, new AWS.Lambda(config.LambdaClient)),
    new CryptoService(config.KMSConfig),
  );
  const allServices = {
    clock,
    cognito,
    config,
    messages: new services.MessagesService(triggers, new MessageDeliveryService(new ConsoleMessageSender())),
    otp: () => code ?? otp(),
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
    resendAttemptLimiter,
  };
  const router = Router(allServices);
  const { application } = createServer(router, ctx.logger, config.ServerConfig, allServices);
  return { application, router, cognito };
}

function createLogger(log) {
  const pino = requireFromCognitoLocal('pino');
  if (!log) return pino({ level: 'silent' });
  const pretty = requireFromCognitoLocal('pino-pretty');
  return pino(
    { level: process.env.DEBUG ? 'debug' : 'info' },
    pretty({
      colorize: true,
      ignore: 'pid,name,hostname',
      singleLine: true,
      messageFormat: (entry, messageKey) => `${entry.target ?? ''} ${entry[messageKey]}`,
    }),
  );
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

async function seed(endpoint) {
  const { CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand } = await import(
    '@aws-sdk/client-cognito-identity-provider'
  );
  // The v3 SDK warns, when a client is created, that its future releases will need Node 22: not news for a
  // local seeding step, and noise in every test run.
  const warningSetting = process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  let admin;
  try {
    admin = new CognitoIdentityProviderClient({
      endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  } finally {
    if (warningSetting === undefined) delete process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
    else process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = warningSetting;
  }
  try {
    const { UserPool } = await admin.send(
      new CreateUserPoolCommand({
        PoolName: 'react-cognito-resend',
        AutoVerifiedAttributes: ['email'],
        UsernameAttributes: ['email'],
      }),
    );
    // The API's default (LEGACY): an unknown user gets UserNotFoundException.
    const { UserPoolClient: publicClient } = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: UserPool.Id,
        ClientName: 'web',
        PreventUserExistenceErrors: 'LEGACY',
      }),
    );
    // The console's default: an unknown user gets a success with a simulated, masked destination.
    const { UserPoolClient: preventExistenceClient } = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: UserPool.Id,
        ClientName: 'web-prevent-user-existence-errors',
        PreventUserExistenceErrors: 'ENABLED',
      }),
    );
    const { UserPoolClient: secretClient } = await admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: UserPool.Id,
        ClientName: 'server',
        GenerateSecret: true,
      }),
    );
    return {
      userPoolId: UserPool.Id,
      clientId: publicClient.ClientId,
      preventUserExistenceClientId: preventExistenceClient.ClientId,
      clientSecretClientId: secretClient.ClientId,
      clientSecret: secretClient.ClientSecret,
    };
  } finally {
    admin.destroy();
  }
}

/**
 * Starts cognito-local with ResendConfirmationCode and the /_test/ control API on 127.0.0.1, in a fresh temporary
 * data directory, and seeds a user pool (email as username, email auto-verified), a public app client
 * (PreventUserExistenceErrors LEGACY), a public app client with PreventUserExistenceErrors ENABLED and an app client
 * with a secret.
 *
 * @param {{ port?: number, host?: string, code?: string, resendLimitPerUser?: number | null, log?: boolean }} [options]
 *   `port` 0 (default, or PORT) picks a free one; `code` fixes every confirmation code; `resendLimitPerUser`
 *   (default RESEND_LIMIT, else none) makes Cognito answer LimitExceededException past that many resends per
 *   username; `log` prints cognito-local's log, delivered codes included.
 */
export async function startCognitoServer(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? Number(process.env.PORT ?? 0);
  const code = options.code ?? process.env.CODE;
  const envLimit = process.env.RESEND_LIMIT ? Number(process.env.RESEND_LIMIT) : null;
  const resendAttemptLimiter = new ResendAttemptLimiter(
    options.resendLimitPerUser === undefined ? envLimit : options.resendLimitPerUser,
  );
  // cognito-local's request context, for the calls this layer makes itself (setup, /_test/ routes).
  const ctx = { logger: createLogger(options.log ?? false) };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cognito-local-'));

  const recordedRequests = [];
  let pendingFaults = [];
  const pendingTimers = new Set();
  let cognitoLocal;
  let seeded;
  let endpoint;

  function takeFault(operation, body) {
    const index = pendingFaults.findIndex(
      (fault) =>
        fault.target === operation && (fault.username === undefined || fault.username === body?.Username),
    );
    if (index === -1) return undefined;
    const fault = pendingFaults[index];
    fault.remaining -= 1;
    if (fault.remaining === 0) pendingFaults.splice(index, 1);
    return fault;
  }

  function matchesFilter(record, searchParams) {
    const target = searchParams.get('target');
    const username = searchParams.get('username');
    return (
      (target === null || record.target === operationOf(target)) &&
      (username === null || record.body?.Username === username)
    );
  }

  function forward(request, response, body) {
    // body-parser skips a request marked as already parsed, so cognito-local sees the body read here.
    request.body = body;
    request._body = true;
    cognitoLocal.application(request, response);
  }

  function applyFault(fault, request, response, body) {
    switch (fault.kind) {
      case 'delay': {
        const timer = setTimeout(() => {
          pendingTimers.delete(timer);
          forward(request, response, body);
        }, fault.ms);
        pendingTimers.add(timer);
        return;
      }
      case 'hang':
        // No answer at all; stop() closes the connection.
        return;
      case 'drop':
        request.socket.destroy();
        return;
      case 'http-500-non-json':
        response.writeHead(500, { 'content-type': 'text/html' });
        response.end('<html><body><h1>500 Internal Server Error</h1></body></html>');
        return;
      case 'http-503-errortype':
        response.writeHead(503, {
          'content-type': amzJson,
          'x-amzn-requestid': randomUUID(),
          'x-amzn-errortype': `${fault.errorType ?? 'InternalErrorException'}:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/`,
        });
        response.end(JSON.stringify({ message: fault.message ?? 'Service Unavailable' }));
        return;
      case 'too-many-requests':
        sendCognitoError(
          response,
          fault.status ?? 400,
          'TooManyRequestsException',
          fault.message ?? 'Rate exceeded',
        );
        return;
      case 'limit-exceeded':
        sendCognitoError(
          response,
          fault.status ?? 400,
          'LimitExceededException',
          fault.message ?? attemptLimitMessage,
        );
        return;
      case 'exception': {
        const status = fault.status ?? (fault.type.endsWith('InternalErrorException') ? 500 : 400);
        sendCognitoError(
          response,
          status,
          fault.type,
          fault.message === null ? undefined : (fault.message ?? `Injected ${fault.type.split('#').pop()}`),
        );
        return;
      }
      case 'garbage-200':
        response.writeHead(200, { 'content-type': amzJson });
        response.end('<<not json>>');
        return;
      case 'empty-200':
        response.writeHead(200, { 'content-type': amzJson, 'content-length': '0' });
        response.end();
        return;
      case 'custom-delivery':
        response.writeHead(200, { 'content-type': amzJson, 'x-amzn-requestid': randomUUID() });
        response.end(
          JSON.stringify({
            CodeDeliveryDetails: {
              AttributeName: fault.attributeName ?? 'email',
              DeliveryMedium: fault.deliveryMedium ?? 'EMAIL',
              Destination: fault.destination ?? 'u***@e***',
            },
          }),
        );
        return;
    }
  }

  async function findUser(username) {
    for (const { Id } of await cognitoLocal.cognito.listUserPools(ctx)) {
      const userPool = await cognitoLocal.cognito.getUserPool(ctx, Id);
      const user = await userPool.getUserByUsername(ctx, username);
      if (user) return user;
    }
    return null;
  }

  async function createUser(input) {
    if (!input || typeof input.username !== 'string')
      return { status: 400, body: { message: '`username` is required.' } };
    const { username, password = defaultPassword, email, phoneNumber, confirmed = false, clientId } = input;
    const attributes = [];
    const emailAttribute = email ?? (username.includes('@') ? username : undefined);
    if (emailAttribute) attributes.push({ Name: 'email', Value: emailAttribute });
    if (phoneNumber) attributes.push({ Name: 'phone_number', Value: phoneNumber });
    try {
      const signUp = await cognitoLocal.router('SignUp')(ctx, {
        ClientId: clientId ?? seeded.clientId,
        Username: username,
        Password: password,
        UserAttributes: attributes,
      });
      if (confirmed) {
        await cognitoLocal.router('AdminConfirmSignUp')(ctx, {
          UserPoolId: seeded.userPoolId,
          Username: username,
        });
      }
      return { status: 201, body: { username, userSub: signUp.UserSub, userConfirmed: confirmed } };
    } catch (error) {
      return { status: 400, body: { __type: error.code ?? 'Error', message: error.message } };
    }
  }

  async function handleControl(request, response, url) {
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /_test/config':
        sendJson(response, 200, {
          endpoint,
          region: 'local',
          userPoolId: seeded.userPoolId,
          clientId: seeded.clientId,
          preventUserExistenceClientId: seeded.preventUserExistenceClientId,
          clientSecretClientId: seeded.clientSecretClientId,
        });
        return;
      case 'GET /_test/requests':
        sendJson(
          response,
          200,
          recordedRequests.filter((record) => matchesFilter(record, url.searchParams)),
        );
        return;
      case 'DELETE /_test/requests': {
        const kept = recordedRequests.filter((record) => !matchesFilter(record, url.searchParams));
        recordedRequests.splice(0, recordedRequests.length, ...kept);
        response.writeHead(204).end();
        return;
      }
      case 'POST /_test/faults': {
        const parsed = parseFault(parseJson(await readBody(request)));
        if (parsed.error) {
          sendJson(response, 400, { message: parsed.error });
          return;
        }
        pendingFaults.push(parsed.fault);
        sendJson(response, 201, { queued: parsed.fault.remaining });
        return;
      }
      case 'GET /_test/faults':
        sendJson(response, 200, pendingFaults);
        return;
      case 'DELETE /_test/faults': {
        const username = url.searchParams.get('username');
        pendingFaults = username === null ? [] : pendingFaults.filter((fault) => fault.username !== username);
        response.writeHead(204).end();
        return;
      }
      case 'GET /_test/codes': {
        const username = url.searchParams.get('username');
        const user = username === null ? null : await findUser(username);
        if (!user) {
          sendJson(response, 404, { message: 'No such user.' });
          return;
        }
        sendJson(response, 200, { username, code: user.ConfirmationCode ?? null });
        return;
      }
      case 'POST /_test/users': {
        const result = await createUser(parseJson(await readBody(request)));
        sendJson(response, result.status, result.body);
        return;
      }
      case 'POST /_test/resend-limit': {
        const input = parseJson(await readBody(request)) ?? {};
        const { limit, username } = input;
        if (!(limit === null || (Number.isInteger(limit) && limit >= 0))) {
          sendJson(response, 400, { message: '`limit` must be an integer >= 0 or null.' });
          return;
        }
        resendAttemptLimiter.setLimit(limit, username);
        response.writeHead(204).end();
        return;
      }
      case 'POST /_test/reset':
        recordedRequests.length = 0;
        pendingFaults = [];
        resendAttemptLimiter.reset();
        response.writeHead(204).end();
        return;
      default:
        sendJson(response, 404, { message: `No control route ${route}.` });
    }
  }

  async function handle(request, response) {
    for (const [name, value] of Object.entries(corsHeaders)) response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/_test/')) {
      await handleControl(request, response, url);
      return;
    }
    if (request.method !== 'POST' || url.pathname !== '/') {
      cognitoLocal.application(request, response);
      return;
    }

    const rawBody = await readBody(request);
    const amzTarget = request.headers['x-amz-target'];
    const body = parseJson(rawBody);
    recordedRequests.push({
      target: operationOf(amzTarget),
      amzTarget,
      headers: {
        'content-type': request.headers['content-type'],
        'x-amz-target': amzTarget,
        'x-amz-user-agent': request.headers['x-amz-user-agent'],
        'cache-control': request.headers['cache-control'],
      },
      body: body ?? null,
      rawBody: body === undefined ? rawBody : undefined,
      receivedAt: Date.now(),
    });
    if (recordedRequests.length > maxRecordedRequests) recordedRequests.shift();

    const fault = takeFault(operationOf(amzTarget), body);
    if (fault) {
      applyFault(fault, request, response, body);
      return;
    }
    if (body === undefined || body === null || typeof body !== 'object') {
      sendCognitoError(
        response,
        400,
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
      return;
    }
    forward(request, response, body);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (response.headersSent) response.destroy();
      else sendJson(response, 500, { message: String(error?.message ?? error) });
    });
  });

  let port;
  try {
    port = await listen(server, requestedPort, host);
    endpoint = `http://${host}:${port}`;
    cognitoLocal = await createCognitoLocal({ dataDir, endpoint, ctx, code, resendAttemptLimiter });
    const health = await fetch(`${endpoint}/health`);
    if (!health.ok) throw new Error(`cognito-local is not healthy: HTTP ${health.status}`);
    seeded = await seed(endpoint);
  } catch (error) {
    server.close();
    server.closeAllConnections();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  let stopping;
  function stop() {
    stopping ??= (async () => {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      const closed = new Promise((resolve) => server.close(() => resolve()));
      // Hung requests and keep-alive sockets would otherwise hold the server open.
      server.closeAllConnections();
      await closed;
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    })();
    return stopping;
  }

  return {
    endpoint,
    port,
    region: 'local',
    userPoolId: seeded.userPoolId,
    clientId: seeded.clientId,
    preventUserExistenceClientId: seeded.preventUserExistenceClientId,
    clientSecretClientId: seeded.clientSecretClientId,
    clientSecret: seeded.clientSecret,
    dataDir,
    stop,
  };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMain) {
  const started = await startCognitoServer({ log: true });
  const { stop, dataDir, ...details } = started;
  process.stdout.write(`${JSON.stringify(details)}\n`);
  process.stderr.write(
    [
      `Local Cognito listening on ${started.endpoint}`,
      `  user pool id:  ${started.userPoolId}`,
      `  app client id: ${started.clientId} (unknown users: UserNotFoundException)`,
      `  app client id: ${started.preventUserExistenceClientId} (unknown users: a simulated destination)`,
      `  app client with secret: ${started.clientSecretClientId}`,
      `  control API:   ${started.endpoint}/_test/ (requests, faults, codes, users, resend-limit, reset, config)`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const shutDown = () => {
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}
