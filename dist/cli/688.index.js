export const id = 688;
export const ids = [688];
export const modules = {

/***/ 688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_SCOPES: () => (/* binding */ DEFAULT_SCOPES),
  TOKEN_HELP: () => (/* binding */ TOKEN_HELP),
  parseScopes: () => (/* binding */ parseScopes),
  runToken: () => (/* binding */ runToken)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
;// CONCATENATED MODULE: ./src/core/account.ts

/**
 * NetSuite account IDs appear as `1234567`, `1234567_SB1`, `TSTDRV1431250`; in
 * host names they are lower case with `_` turned into `-` (1234567-sb1). Users
 * also paste whole URLs from the browser, so we accept those and take the host.
 */
const ACCOUNT = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i;
const HOST = /^([a-z0-9-]+)\.(?:app|suitetalk\.api|restlets\.api|api|suitetalk|restlets)\.netsuite\.com$/i;
function normaliseAccountId(raw) {
    let value = raw.trim();
    if (value === '') {
        throw new errors/* InputError */.dz('account-id is empty: set it to your NetSuite account ID as shown in Setup > Company > Company Information (e.g. 1234567 or 1234567_SB1)');
    }
    if (/^https?:\/\//i.test(value)) {
        let host;
        try {
            host = new URL(value).hostname;
        }
        catch {
            throw new errors/* InputError */.dz(`account-id is not a valid URL or account ID: expected e.g. 1234567_SB1 or https://1234567-sb1.app.netsuite.com/`);
        }
        const match = HOST.exec(host);
        if (!match) {
            throw new errors/* InputError */.dz(`account-id URL host "${host}" is not a NetSuite account domain: expected e.g. 1234567-sb1.app.netsuite.com, or just the account ID 1234567_SB1`);
        }
        value = match[1];
    }
    if (!ACCOUNT.test(value) || value.length > 40) {
        throw new errors/* InputError */.dz(`account-id "${value.slice(0, 40)}" is malformed: expected letters and digits with an optional _SB1-style suffix, e.g. 1234567, 1234567_SB1 or TSTDRV1431250`);
    }
    return value.toLowerCase().replace(/_/g, '-');
}
/** https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token */
function tokenUrlFor(normalisedAccountId) {
    return `https://${normalisedAccountId}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token`;
}
/** Base of NetSuite's certificate rotation endpoint (Oracle help article_92130837826). */
function certificatesUrlFor(normalisedAccountId, clientId) {
    return `https://${normalisedAccountId}.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/${encodeURIComponent(clientId)}/certificates`;
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js + 9 modules
var sign = __webpack_require__(362);
// EXTERNAL MODULE: ./src/core/key-types.ts
var key_types = __webpack_require__(368);
// EXTERNAL MODULE: ./src/core/inspect.ts + 1 modules
var inspect = __webpack_require__(811);
;// CONCATENATED MODULE: ./src/core/assertion.ts




/** Short-lived on purpose: the assertion is used once, right away. */
const ASSERTION_LIFETIME_SECONDS = 300;
const MAX_ASSERTION_LIFETIME_SECONDS = 3600;
/** The algorithm NetSuite accepts for this key when the user named none. */
function defaultAlgorithmFor(key) {
    const description = (0,inspect/* describeKey */.Rx)(key);
    if (description.kind === 'rsa')
        return 'PS256';
    const match = Object.values(key_types/* KEY_SPECS */.ZD).find(spec => spec.kind === 'ec' && spec.curve === description.curve);
    if (!match) {
        throw new errors/* InputError */.dz(`${description.label} keys cannot sign NetSuite client assertions: use RSA 3072/4096 or EC P-256/384/521`);
    }
    return match.defaultAlgorithm;
}
function checkAlgorithmFitsKey(algorithm, key) {
    const description = (0,inspect/* describeKey */.Rx)(key);
    if (algorithm.startsWith('PS')) {
        if (description.kind !== 'rsa') {
            throw new errors/* InputError */.dz(`algorithm ${algorithm} needs an RSA key but the key is ${description.label}: use ${defaultAlgorithmFor(key)} or leave algorithm empty`);
        }
        return;
    }
    const curve = key_types/* CURVE_OF */.IF[algorithm];
    if (description.kind !== 'ec' || description.curve !== curve) {
        throw new errors/* InputError */.dz(`algorithm ${algorithm} needs an EC ${key_types/* CURVE_LABEL */.nD[curve ?? ''] ?? ''} key but the key is ${description.label}: leave algorithm empty to pick the one that fits`);
    }
}
async function signClientAssertion(options) {
    checkAlgorithmFitsKey(options.algorithm, options.privateKey);
    const lifetime = options.lifetimeSeconds ?? ASSERTION_LIFETIME_SECONDS;
    if (lifetime <= 0 || lifetime > MAX_ASSERTION_LIFETIME_SECONDS) {
        throw new errors/* InputError */.dz(`assertion lifetime must be 1..${MAX_ASSERTION_LIFETIME_SECONDS} seconds`);
    }
    const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
    return new sign/* SignJWT */.P({ scope: options.scopes })
        .setProtectedHeader({ alg: options.algorithm, typ: 'JWT', kid: options.certificateId })
        .setIssuer(options.clientId)
        .setAudience(options.tokenUrl)
        .setIssuedAt(iat)
        .setExpirationTime(iat + lifetime)
        .sign(options.privateKey);
}

;// CONCATENATED MODULE: ./src/netsuite/http.ts
const DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    timeoutMs: 20_000
};
class NetworkError extends Error {
    name = 'NetworkError';
}
function field(value, key) {
    return value !== null && typeof value === 'object' && key in value
        ? value[key]
        : undefined;
}
const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function retryAfterMs(headers, maxMs) {
    const value = headers.get('retry-after');
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.min(seconds * 1000, maxMs);
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.min(Math.max(0, date - Date.now()), maxMs) : undefined;
}
async function requestWithRetry(url, init, policy = DEFAULT_RETRY) {
    const host = new URL(url).host;
    let lastProblem = '';
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        let wait;
        try {
            const response = await fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) });
            const text = await response.text();
            const retryable = response.status === 429 || response.status >= 500;
            if (!retryable || attempt === policy.attempts) {
                return { status: response.status, headers: response.headers, text };
            }
            lastProblem = `HTTP ${response.status}`;
            wait = retryAfterMs(response.headers, policy.maxDelayMs);
        }
        catch (error) {
            // Duck-typed, not instanceof: fetch's errors may come from another realm (Jest's VM modules).
            const name = field(error, 'name');
            const timedOut = name === 'TimeoutError' || name === 'AbortError';
            const causeMessage = field(field(error, 'cause'), 'message');
            const cause = typeof causeMessage === 'string' ? causeMessage : '';
            lastProblem = timedOut
                ? `no answer within ${policy.timeoutMs / 1000} s`
                : `connection failed${cause ? ` (${cause})` : ''}`;
            if (attempt === policy.attempts)
                break;
        }
        const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        await sleep(wait ?? Math.round(backoff / 2 + Math.random() * (backoff / 2)));
    }
    throw new NetworkError(`could not reach NetSuite at ${host} after ${policy.attempts} attempts: ${lastProblem}. Check account-id (or token-url) and that the runner can reach NetSuite; a rerun repairs a passing outage.`);
}

;// CONCATENATED MODULE: ./src/netsuite/errors.ts
/**
 * What NetSuite's OAuth errors usually mean, in plain words (Oracle help
 * section_162755359851 and the Login Audit Trail detail codes).
 */
const HINTS = {
    invalid_client: 'NetSuite did not accept this certificate ID with this key: the certificate ID is unknown, revoked or expired, the private key does not belong to the uploaded certificate, or the client ID is that of another integration record. Compare the certificate ID with Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup, and check the Login Audit Trail.',
    invalid_grant: "NetSuite refused the assertion's time or audience: the runner clock may be off (iat/exp), or aud names another account's token URL; check account-id and token-url.",
    invalid_request: 'NetSuite could not read the token request: check token-url points at /services/rest/auth/oauth2/v1/token and that nothing between the runner and NetSuite rewrites the request.',
    invalid_scope: 'A requested scope is not enabled on the integration record: enable it there (RESTlets, REST Web Services) or narrow the scope input.',
    unauthorized_client: 'The integration record does not allow the client credentials (M2M) grant: enable "Client Credentials (Machine to Machine) Grant" on it.',
    unsupported_grant_type: 'NetSuite did not accept grant_type=client_credentials: enable the Client Credentials grant on the integration record.',
    server_error: "NetSuite answers server_error when the assertion is signed with RS256 (use PS256 or ES256) or when client-id is not the integration's client ID (the application ID is a common mix-up); otherwise it is a NetSuite outage, so retry later."
};
const PERMISSION_HINT = 'The role behind the token may not manage certificates: give it the permission "Manage own OAuth 2.0 Client Credentials certificates", and make sure the token has the rest_webservices scope.';
function hintFor(code, status, operation = 'token exchange') {
    if (HINTS[code])
        return HINTS[code];
    // The certificate endpoint answers 403 when the role lacks the permission; the token endpoint never asks for it.
    if (operation !== 'token exchange' && (status === 403 || /INSUFFICIENT_PERMISSION/i.test(code))) {
        return PERMISSION_HINT;
    }
    if (status === 401 || status === 403)
        return HINTS.invalid_client;
    if (status !== undefined && status >= 500)
        return 'NetSuite had a server problem; rerun later.';
    return 'See the Login Audit Trail in NetSuite (Setup > Users/Roles > View Login Audit Trail) for the detail code.';
}
/** Cuts anything that looks like a JWT or a bearer token out of text NetSuite sent back. */
function redact(text, secrets = []) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('[redacted]');
    return out
        .replace(/[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[redacted]')
        .replace(/Bearer\s+\S+/gi, 'Bearer [redacted]')
        .slice(0, 300);
}
class NetSuiteError extends Error {
    operation;
    code;
    status;
    description;
    name = 'NetSuiteError';
    hint;
    constructor(operation, code, status, description) {
        const hint = hintFor(code, status, operation);
        const what = status === undefined ? code : `${code} (HTTP ${status})`;
        super(`${operation} failed: NetSuite answered ${what}${description ? `: ${description}` : ''}. ${hint}`);
        this.operation = operation;
        this.code = code;
        this.status = status;
        this.description = description;
        this.hint = hint;
    }
}

;// CONCATENATED MODULE: ./src/netsuite/token.ts


/**
 * POSTs the client assertion to NetSuite's token endpoint (Oracle help
 * section_162755359851). NetSuite sends expires_in as a string ("3600").
 */
async function exchangeToken(tokenUrl, assertion, policy = DEFAULT_RETRY) {
    const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion
    });
    const response = await requestWithRetry(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString()
    }, policy);
    let json = {};
    try {
        const parsed = JSON.parse(response.text);
        if (parsed && typeof parsed === 'object')
            json = parsed;
    }
    catch {
        // Not JSON: described below from the status alone.
    }
    if (response.status === 200 &&
        typeof json.access_token === 'string' &&
        json.access_token !== '') {
        const expiresIn = Number(json.expires_in ?? 3600);
        return {
            accessToken: json.access_token,
            expiresIn: Number.isFinite(expiresIn) ? expiresIn : 3600,
            tokenType: typeof json.token_type === 'string' ? json.token_type : 'Bearer'
        };
    }
    const code = typeof json.error === 'string'
        ? json.error
        : response.status === 200
            ? 'no_access_token'
            : 'http_error';
    const rawDescription = typeof json.error_description === 'string'
        ? json.error_description
        : code === 'http_error'
            ? `unexpected ${response.headers.get('content-type') ?? 'answer'} body`
            : undefined;
    throw new NetSuiteError('token exchange', code, response.status, rawDescription === undefined
        ? undefined
        : redact(rawDescription, [assertion, ...issuerOf(assertion)]));
}
/** The client ID (iss) inside our own assertion, so an error that echoes it can be scrubbed. */
function issuerOf(assertion) {
    try {
        const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const iss = claims && typeof claims === 'object' ? claims.iss : undefined;
        return typeof iss === 'string' && iss !== '' ? [iss] : [];
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/netsuite/client.ts



/** Signs a client assertion with these credentials and exchanges it: the proof that NetSuite accepts them. */
async function proveCredentials(credentials, options) {
    const assertion = await signClientAssertion({
        privateKey: credentials.privateKey,
        algorithm: credentials.algorithm,
        certificateId: credentials.certificateId,
        clientId: credentials.clientId,
        tokenUrl: options.tokenUrl,
        scopes: options.scopes
    });
    options.onAssertion?.(assertion);
    return exchangeToken(options.tokenUrl, assertion, options.policy ?? DEFAULT_RETRY);
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(593);
;// CONCATENATED MODULE: ./src/cli/token.ts
/**
 * `netsuite-m2m token`: the proof that NetSuite accepts a set of credentials.
 * Signs a client assertion and exchanges it. The token is printed only with
 * --print-token, and then alone on stdout so it can be piped. The client ID is
 * never printed: it is scrubbed from anything NetSuite echoes back.
 */







const DEFAULT_SCOPES = 'restlets,rest_webservices';
const TOKEN_HELP = `Usage: netsuite-m2m token --account-id A --client-id C --certificate-id K --private-key FILE [flags]

Signs a client assertion with the private key and exchanges it at NetSuite's
token endpoint: the proof that NetSuite accepts these credentials.

Flags:
  --account-id A       NetSuite account ID, e.g. 1234567 or 1234567_SB1 (required unless --token-url)
  --client-id C        client ID (consumer key) of the integration record (required; never printed)
  --certificate-id K   the ID NetSuite gave the uploaded certificate (required)
  --private-key FILE   the certificate's private key PEM (required)
  --algorithm ALG      PS256, PS384, PS512, ES256, ES384 or ES512 (default: PS256 for RSA,
                       ES256/ES384/ES512 for EC P-256/384/521); RS256 is refused by NetSuite
  --scope LIST         comma-separated scopes (default ${DEFAULT_SCOPES})
  --token-url URL      token endpoint (default https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token)
  --print-token        print only the access token on stdout (for piping)
  -h, --help           show this help
`;
function parseScopes(raw) {
    const scopes = raw
        .split(',')
        .map(scope => scope.trim())
        .filter(scope => scope !== '');
    if (scopes.length === 0 || scopes.some(scope => !/^[a-z_]+$/.test(scope))) {
        throw new errors/* InputError */.dz(`--scope "${raw}" is malformed: comma-separated scopes such as restlets,rest_webservices,suite_analytics`);
    }
    return scopes;
}
function parseTokenUrl(raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new errors/* InputError */.dz(`--token-url "${raw}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(`--token-url must be an https:// URL; got ${url.protocol}`);
    }
    return url.toString();
}
async function runToken(args, io) {
    const flags = (0,cli_args/* parseFlags */.bQ)('token', args, {
        'account-id': { type: 'string' },
        'client-id': { type: 'string' },
        'certificate-id': { type: 'string' },
        'private-key': { type: 'string' },
        algorithm: { type: 'string' },
        scope: { type: 'string', default: DEFAULT_SCOPES },
        'token-url': { type: 'string' },
        'print-token': { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(TOKEN_HELP);
        return 0;
    }
    const tokenUrlFlag = (0,cli_args/* optionalString */.sx)(flags, 'token-url');
    const accountFlag = (0,cli_args/* optionalString */.sx)(flags, 'account-id');
    const account = tokenUrlFlag === undefined || accountFlag !== undefined
        ? normaliseAccountId((0,cli_args/* requireString */.VW)('token', flags, 'account-id'))
        : undefined;
    const tokenUrl = tokenUrlFlag !== undefined ? parseTokenUrl(tokenUrlFlag) : tokenUrlFor(account ?? '');
    const clientId = (0,cli_args/* requireString */.VW)('token', flags, 'client-id').trim();
    const certificateId = (0,cli_args/* requireString */.VW)('token', flags, 'certificate-id').trim();
    const keyPath = (0,cli_args/* requireString */.VW)('token', flags, 'private-key');
    const scopes = parseScopes((0,cli_args/* optionalString */.sx)(flags, 'scope') ?? DEFAULT_SCOPES);
    const algorithmFlag = (0,cli_args/* optionalString */.sx)(flags, 'algorithm');
    const privateKey = (0,inspect/* parsePrivateKey */.QW)((0,cli_args/* readBytes */.io)('private-key', keyPath), '--private-key', keyPath).keyObject;
    const algorithm = algorithmFlag !== undefined ? (0,key_types/* parseAlgorithm */.f5)(algorithmFlag) : defaultAlgorithmFor(privateKey);
    checkAlgorithmFitsKey(algorithm, privateKey);
    let token;
    try {
        token = await proveCredentials({ clientId, certificateId, privateKey, algorithm }, { tokenUrl, scopes });
    }
    catch (error) {
        // NetSuite may echo the client ID in error_description; it must not reach the terminal or CI log.
        if (error instanceof Error && clientId !== '') {
            error.message = error.message.split(clientId).join('[client-id]');
        }
        throw error;
    }
    if (flags['print-token'] === true) {
        io.out(token.accessToken);
        return 0;
    }
    io.out([
        `NetSuite accepted certificate ID ${certificateId}${account ? ` for account ${account}` : ''} (${algorithm}, scope ${scopes.join(',')}).`,
        `token type   ${token.tokenType}`,
        `expires in   ${token.expiresIn} s`,
        'The token itself is not shown; add --print-token to print only the token.'
    ].join('\n'));
    return 0;
}


/***/ })

};
