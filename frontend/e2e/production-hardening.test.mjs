// The production profile's hardening, checked on the packaged app (java -jar, prod profile) that
// e2e.sh and scripts/test.sh start: no developer tools, security headers, CORS, problem+json without
// stack traces, 401/413/400 before any data is touched. Plain fetch: no browser is needed.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { BASE_URL } from './support.mjs';

const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL ?? 'http://127.0.0.1:8181').replace(/\/$/, '');
const TOKEN_ENDPOINT = `${KEYCLOAK_URL}/realms/workforce-insight/protocol/openid-connect/token`;

/** A real access token for a demo user, from the public test client (password grant). */
async function passwordToken(username) {
  const response = await fetch(TOKEN_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'workforce-insight-tests',
      username,
      password: 'demo',
    }),
  });
  assert.equal(response.status, 200, `a token for ${username}`);
  return (await response.json()).access_token;
}

/** Anything that looks like a Java stack trace or exception in a body the app sent. */
function assertNoStackTrace(text) {
  assert.doesNotMatch(text, /\bat [a-z][\w$.]+\([\w$]+\.java:\d+\)/, 'no stack frame');
  assert.doesNotMatch(text, /\b(java|jakarta|io\.quarkus|io\.vertx|org\.jboss|org\.hibernate)\.[\w.$]+(Exception|Error)\b/,
    'no exception class name');
  assert.doesNotMatch(text, /org\.workforceinsight\./, 'no class of the app');
}

/** Cache-Control holds no-store (a file's own header and the /api filter's may both be there). */
function assertNoStore(response, what) {
  const directives = (response.headers.get('cache-control') ?? '').split(',').map((d) => d.trim());
  assert.ok(directives.includes('no-store'), `${what}: no-store (${directives})`);
}

function assertSecurityHeaders(response, what) {
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
  assert.equal(response.headers.get('x-frame-options'), 'DENY', `${what}: frames denied`);
  const policy = response.headers.get('content-security-policy') ?? '';
  assert.match(policy, /frame-ancestors 'none'/, `${what}: frame-ancestors 'none'`);
  assert.match(policy, /script-src 'self'/, `${what}: scripts only from the app`);
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer', `${what}: no referrer`);
  // the prod profile always sends HSTS: a browser ignores it over plain HTTP, and behind a
  // TLS-terminating proxy the app itself only ever sees HTTP (docs/access.md, Hardening)
  assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=31536000; includeSubDomains/,
    `${what}: HSTS`);
}

describe('the packaged app in the production profile', () => {
  let managerToken;

  before(async () => {
    managerToken = await passwordToken('manager1');
  });

  test('has no Dev UI, Swagger UI or OpenAPI UI', async () => {
    for (const path of ['/q/dev-ui', '/q/dev-ui/', '/q/dev', '/q/swagger-ui', '/q/swagger-ui/', '/q/openapi-ui',
      '/q/openapi-ui/']) {
      const response = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' });
      assert.equal(response.status, 404, `${path} is not served`);
      assert.doesNotMatch(response.headers.get('content-type') ?? '', /text\/html/, `${path}: no page at all`);
      const text = await response.text();
      assert.doesNotMatch(text, /<html|<script|swagger-ui-bundle/i, `${path}: no tool in the answer`);
    }
  });

  test('sends the security headers on pages and API answers, and no-store on the API', async () => {
    const page = await fetch(`${BASE_URL}/`);
    assert.equal(page.status, 200);
    assertSecurityHeaders(page, 'the start page');
    const deepLink = await fetch(`${BASE_URL}/teams/anything`);
    assert.equal(deepLink.status, 200, 'a deep link is the single-page app');
    assertSecurityHeaders(deepLink, 'a deep link');

    const config = await fetch(`${BASE_URL}/api/v1/client-configuration`);
    assert.equal(config.status, 200);
    assertSecurityHeaders(config, 'a public API answer');
    assertNoStore(config, 'a public API answer');

    const me = await fetch(`${BASE_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${managerToken}` } });
    assert.equal(me.status, 200);
    assertSecurityHeaders(me, 'a signed-in API answer');
    assertNoStore(me, 'a signed-in API answer');

    const file = await fetch(`${BASE_URL}/api/v1/exports/workers?format=csv`,
      { headers: { Authorization: `Bearer ${managerToken}` } });
    assert.equal(file.status, 200);
    assertSecurityHeaders(file, 'an export');
    assertNoStore(file, 'a file of people');
    await file.arrayBuffer();
  });

  test('answers 401 problem+json without a token, and with a token that is not one', async () => {
    for (const authorization of [undefined, 'Bearer not-a-token', `Bearer ${managerToken.slice(0, -4)}AAAA`]) {
      const response = await fetch(`${BASE_URL}/api/v1/workers`,
        { headers: authorization ? { Authorization: authorization } : {} });
      assert.equal(response.status, 401, `${authorization ?? 'no token'} is 401`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assertNoStore(response, 'a 401');
      assertNoStackTrace(await response.text());
    }
  });

  test('refuses a CORS preflight from an origin it was not configured for, and allows its own', async () => {
    const refused = await fetch(`${BASE_URL}/api/v1/workers`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example.com',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(refused.status, 403, 'a foreign origin is refused');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);

    // a simple request from a foreign origin gets no grant to read the answer
    const simple = await fetch(`${BASE_URL}/api/v1/me`, {
      headers: { Origin: 'https://evil.example.com', Authorization: `Bearer ${managerToken}` },
    });
    assert.equal(simple.headers.get('access-control-allow-origin'), null, 'no grant for a foreign origin');
    await simple.text();

    // the app's own origin is the one the shipped set-ups use (Quarkus serves the SPA)
    const own = await fetch(`${BASE_URL}/api/v1/workers`, {
      method: 'OPTIONS',
      headers: {
        Origin: BASE_URL,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(own.status, 200, 'the app\'s own origin passes');
    assert.equal(own.headers.get('access-control-allow-origin'), BASE_URL);
  });

  test('answers a malformed request with problem+json naming the field and no stack trace', async () => {
    const auth = { Authorization: `Bearer ${managerToken}` };
    const badJson = await fetch(`${BASE_URL}/api/v1/supervision-sessions`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{"superviseeId": ',
    });
    assert.equal(badJson.status, 400, 'broken JSON is 400');
    assert.match(badJson.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assertNoStackTrace(await badJson.text());

    // a path segment that is not an id matches no resource: 404 (JAX-RS), still problem+json
    const badId = await fetch(`${BASE_URL}/api/v1/workers/not-a-uuid`, { headers: auth });
    assert.ok([400, 404].includes(badId.status), `a malformed id is refused (${badId.status})`);
    assert.match(badId.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assertNoStackTrace(await badId.text());

    const badDate = await fetch(`${BASE_URL}/api/v1/absences?from=31-12-2025`, { headers: auth });
    assert.equal(badDate.status, 400);
    const problem = await badDate.json();
    assert.ok(problem.violations?.some((v) => v.field === 'from'), 'the bad field is named');
    assertNoStackTrace(JSON.stringify(problem));
  });

  test('caps the page size at 200', async () => {
    const auth = { Authorization: `Bearer ${managerToken}` };
    const ok = await fetch(`${BASE_URL}/api/v1/workers?size=200`, { headers: auth });
    assert.equal(ok.status, 200);
    await ok.json();
    const tooBig = await fetch(`${BASE_URL}/api/v1/workers?size=201`, { headers: auth });
    assert.equal(tooBig.status, 400);
    const problem = await tooBig.json();
    assert.ok(problem.violations?.some((v) => v.field === 'size'), 'the size is named');
  });

  test('refuses a request body over the limit with 413 problem+json before reading it', async () => {
    // over workforce.security.max-request-body-size (1 MB by default) for a JSON operation
    const big = JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) });
    const response = await fetch(`${BASE_URL}/api/v1/supervision-sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${managerToken}`, 'Content-Type': 'application/json' },
      body: big,
    });
    assert.equal(response.status, 413);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assertNoStackTrace(await response.text());
  });

  test('a team manager\'s token reaches their own team but not another team', async () => {
    const me = await (await fetch(`${BASE_URL}/api/v1/me`,
      { headers: { Authorization: `Bearer ${managerToken}` } })).json();
    const own = me.nodeIds[0];
    const tree = await (await fetch(`${BASE_URL}/api/v1/organisation-tree`,
      { headers: { Authorization: `Bearer ${managerToken}` } })).json();
    const nodes = [];
    const walk = (node) => { nodes.push(node); (node.children ?? []).forEach(walk); };
    (Array.isArray(tree) ? tree : [tree.root ?? tree]).forEach(walk);
    const other = nodes.find((n) => n.nodeType === 'team' && n.accessible === false);
    assert.ok(other, 'another team exists');
    const auth = { Authorization: `Bearer ${managerToken}` };
    assert.equal((await fetch(`${BASE_URL}/api/v1/workers?teamId=${own}`, { headers: auth })).status, 200);
    const refused = await fetch(`${BASE_URL}/api/v1/exports/workers?teamId=${other.id}&format=csv`, { headers: auth });
    assert.equal(refused.status, 403, 'another team\'s export is refused');
    assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
    await refused.text();
  });
});
