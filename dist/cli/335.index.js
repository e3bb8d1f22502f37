export const id = 335;
export const ids = [335];
export const modules = {

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readPastedKey),
/* harmony export */   r: () => (/* binding */ readPastedCertificate)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(379);
/* harmony import */ var _core_key_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(368);
/* harmony import */ var _core_pem_repairs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(593);
/**
 * Reads the key and certificate files `token` and `status` use the way the
 * action reads a pasted input: copying damage is repaired and the user is
 * warned (what was wrong and the fix, never the value), anything else is
 * refused with its fix.
 */





function warnRepaired(pasted, file, io) {
    const fixes = pasted.repaired.map(problem => problem.fix);
    const warning = (0,_core_pem_repairs_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFileRepairs */ .w)(pasted.value.repairs, fixes, file);
    if (warning)
        io.err(`warning: ${warning}`);
    return pasted.value;
}
/** A private key NetSuite would take: an RSA key under its minimum is refused, not signed with. */
function readPastedKey(flag, path, io) {
    const bytes = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readBytes */ .io)(flag, path);
    const key = warnRepaired(_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .QW.withFixes(bytes, `--${flag}`, path), { flag: `--${flag}`, path }, io);
    const refusal = (0,_core_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .keyRefusal */ .uM)(key.key);
    if (refusal)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--${flag} ${path}: ${refusal}; NetSuite refuses its certificate`);
    return key;
}
function readPastedCertificate(flag, path, io) {
    const bytes = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readBytes */ .io)(flag, path);
    return warnRepaired(_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB.withFixes(bytes, `--${flag}`, path), { flag: `--${flag}`, path }, io);
}


/***/ }),

/***/ 335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_SCOPES: () => (/* binding */ DEFAULT_SCOPES),
/* harmony export */   TOKEN_FLAGS: () => (/* binding */ TOKEN_FLAGS),
/* harmony export */   TOKEN_HELP: () => (/* binding */ TOKEN_HELP),
/* harmony export */   parseScopes: () => (/* binding */ parseScopes),
/* harmony export */   readTokenFlags: () => (/* binding */ readTokenFlags),
/* harmony export */   runToken: () => (/* binding */ runToken)
/* harmony export */ });
/* harmony import */ var _core_account_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(896);
/* harmony import */ var _core_assertion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83);
/* harmony import */ var _core_endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(906);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(296);
/* harmony import */ var _core_key_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(368);
/* harmony import */ var _netsuite_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(508);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(593);
/* harmony import */ var _pasted_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(705);
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
  --algorithm ALG      ${_core_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ACCEPTED */ .wh.algorithms} (default: ${_core_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ACCEPTED */ .wh.rsaDefault},
                       ${_core_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .ACCEPTED */ .wh.ecDefaults}); RS256 is refused by NetSuite
  --scope LIST         comma-separated scopes (default ${DEFAULT_SCOPES})
  --token-url URL      token endpoint (default https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token);
                       https:// on a *.netsuite.com host (http:// only for 127.0.0.1, localhost, [::1])
  --allow-custom-endpoints
                       allow a --token-url host outside *.netsuite.com (a proxy or a test double)
  --print-token        print only the access token on stdout (for piping)
  -h, --help           show this help
`;
function parseScopes(raw) {
    const scopes = raw
        .split(',')
        .map(scope => scope.trim())
        .filter(scope => scope !== '');
    if (scopes.length === 0 || scopes.some(scope => !/^[a-z_]+$/.test(scope))) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--scope "${raw}" is malformed: comma-separated scopes such as restlets,rest_webservices,suite_analytics`);
    }
    return scopes;
}
/** The flags `token` takes, which `doctor` takes too. */
const TOKEN_FLAGS = {
    'account-id': { type: 'string' },
    'client-id': { type: 'string' },
    'certificate-id': { type: 'string' },
    'private-key': { type: 'string' },
    algorithm: { type: 'string' },
    scope: { type: 'string', default: DEFAULT_SCOPES },
    'token-url': { type: 'string' },
    'allow-custom-endpoints': { type: 'boolean', default: false }
};
/** The credentials and endpoint the token flags name, checked as the action checks its inputs. */
function readTokenFlags(command, flags, io) {
    const tokenUrlFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .optionalString */ .sx)(flags, 'token-url');
    const accountFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .optionalString */ .sx)(flags, 'account-id');
    const account = tokenUrlFlag === undefined || accountFlag !== undefined
        ? (0,_core_account_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseAccountId */ .D7)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .requireString */ .VW)(command, flags, 'account-id'))
        : undefined;
    const tokenUrl = tokenUrlFlag !== undefined
        ? (0,_core_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEndpoint */ .q9)(tokenUrlFlag, {
            name: '--token-url',
            allowCustomHost: flags['allow-custom-endpoints'] === true,
            allowCustomHostWith: '--allow-custom-endpoints'
        })
        : (0,_core_account_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenUrlFor */ .CL)(account ?? '');
    const clientId = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .requireString */ .VW)(command, flags, 'client-id').trim();
    const certificateId = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .requireString */ .VW)(command, flags, 'certificate-id').trim();
    const keyPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .requireString */ .VW)(command, flags, 'private-key');
    const scopes = parseScopes((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .optionalString */ .sx)(flags, 'scope') ?? DEFAULT_SCOPES);
    const algorithmFlag = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .optionalString */ .sx)(flags, 'algorithm');
    const privateKey = (0,_pasted_js__WEBPACK_IMPORTED_MODULE_7__/* .readPastedKey */ .$)('private-key', keyPath, io);
    const algorithm = algorithmFlag !== undefined
        ? (0,_core_key_types_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAlgorithm */ .f5)(algorithmFlag, '--algorithm')
        : (0,_core_assertion_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultAlgorithmFor */ .CD)(privateKey.keyObject);
    (0,_core_assertion_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAlgorithmFitsKey */ .t7)(algorithm, privateKey.keyObject, '--algorithm');
    return { account, tokenUrl, clientId, certificateId, privateKey, scopes, algorithm };
}
async function runToken(args, io) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlags */ .bQ)('token', args, {
        ...TOKEN_FLAGS,
        'print-token': { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(TOKEN_HELP);
        return 0;
    }
    const { account, tokenUrl, clientId, certificateId, scopes, algorithm, privateKey: key } = readTokenFlags('token', flags, io);
    const privateKey = key.keyObject;
    let token;
    try {
        token = await (0,_netsuite_client_js__WEBPACK_IMPORTED_MODULE_5__/* .proveCredentials */ .F)({ clientId, certificateId, privateKey, algorithm }, { tokenUrl, scopes });
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
        `NetSuite accepted certificate ID ${certificateId}${account ? ` for account ${(0,_core_account_js__WEBPACK_IMPORTED_MODULE_0__/* .displayAccountId */ .XB)(account)}` : ''} (${algorithm}, scope ${scopes.join(',')}).`,
        `token type   ${token.tokenType}`,
        `expires in   ${token.expiresIn} s`,
        'The token itself is not shown; add --print-token to print only the token.'
    ].join('\n'));
    return 0;
}


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ tokenUrlFor),
/* harmony export */   D7: () => (/* binding */ normaliseAccountId),
/* harmony export */   PZ: () => (/* binding */ certificatesUrlFor),
/* harmony export */   XB: () => (/* binding */ displayAccountId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('account-id is empty: set it to your NetSuite account ID as shown in Setup > Company > Company Information (e.g. 1234567 or 1234567_SB1)');
    }
    if (/^https?:\/\//i.test(value)) {
        let host;
        try {
            host = new URL(value).hostname;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`account-id is not a valid URL or account ID: expected e.g. 1234567_SB1 or https://1234567-sb1.app.netsuite.com/`);
        }
        const match = HOST.exec(host);
        if (!match) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`account-id URL host "${host}" is not a NetSuite account domain: expected e.g. 1234567-sb1.app.netsuite.com, or just the account ID 1234567_SB1`);
        }
        value = match[1];
    }
    if (!ACCOUNT.test(value) || value.length > 40) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`account-id "${value.slice(0, 40)}" is malformed: expected letters and digits with an optional _SB1-style suffix, e.g. 1234567, 1234567_SB1 or TSTDRV1431250`);
    }
    return value.toLowerCase().replace(/_/g, '-');
}
/**
 * The account ID as NetSuite shows it (1234567_SB1), rebuilt from the normalised
 * form: what logs, titles and the summary name, never the raw input (which may
 * be a pasted URL).
 */
function displayAccountId(normalisedAccountId) {
    return normalisedAccountId.toUpperCase().replace(/-/g, '_');
}
/** https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token */
function tokenUrlFor(normalisedAccountId) {
    return `https://${normalisedAccountId}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token`;
}
/** Base of NetSuite's certificate rotation endpoint (Oracle help article_92130837826). */
function certificatesUrlFor(normalisedAccountId, clientId) {
    return `https://${normalisedAccountId}.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/${encodeURIComponent(clientId)}/certificates`;
}


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ defaultAlgorithmFor),
/* harmony export */   T3: () => (/* binding */ signClientAssertion),
/* harmony export */   t7: () => (/* binding */ checkAlgorithmFitsKey)
/* harmony export */ });
/* unused harmony exports ASSERTION_LIFETIME_SECONDS, MAX_ASSERTION_LIFETIME_SECONDS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jose__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(362);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);
/* harmony import */ var _key_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(368);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(379);
/**
 * The client assertion NetSuite's M2M flow expects (Oracle help
 * section_162790605110): header {alg, typ: JWT, kid: certificate ID}; claims iss
 * (client ID), scope (JSON array, as in Oracle's example), aud (the token URL),
 * iat, exp (at most an hour later), and jti: a random ID per assertion, so a
 * server that refuses replays (RFC 7523 section 3) can tell each one apart.
 */





/** Short-lived on purpose: the assertion is used once, right away. */
const ASSERTION_LIFETIME_SECONDS = 300;
const MAX_ASSERTION_LIFETIME_SECONDS = 3600;
/** The algorithm NetSuite accepts for this key when the user named none. */
function defaultAlgorithmFor(key) {
    const description = (0,_inspect_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKey */ .Rx)(key);
    const algorithm = (0,_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultAlgorithmOf */ .qN)(description);
    if (!algorithm) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${description.label} keys cannot sign NetSuite client assertions: use ${_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCEPTED */ .wh.all}`);
    }
    return algorithm;
}
/** `name` is what the user typed: the action's `algorithm`, the command line's `--algorithm`. */
function checkAlgorithmFitsKey(algorithm, key, name = 'algorithm') {
    const description = (0,_inspect_js__WEBPACK_IMPORTED_MODULE_3__/* .describeKey */ .Rx)(key);
    if ((0,_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .algorithmFitsKey */ .BU)(algorithm, description))
        return;
    const needs = _key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ALGORITHM_KEYS */ .d3[algorithm];
    if (needs.kind === 'rsa') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} ${algorithm} needs an RSA key but the key is ${description.label}: use ${defaultAlgorithmFor(key)} or leave ${name} out`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} ${algorithm} needs an EC ${_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CURVE_LABEL */ .nD[needs.curve ?? ''] ?? ''} key but the key is ${description.label}: leave ${name} out to pick the one that fits`);
}
async function signClientAssertion(options) {
    checkAlgorithmFitsKey(options.algorithm, options.privateKey);
    const lifetime = options.lifetimeSeconds ?? ASSERTION_LIFETIME_SECONDS;
    if (lifetime <= 0 || lifetime > MAX_ASSERTION_LIFETIME_SECONDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`assertion lifetime must be 1..${MAX_ASSERTION_LIFETIME_SECONDS} seconds`);
    }
    const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
    return new jose__WEBPACK_IMPORTED_MODULE_4__/* .SignJWT */ .P({ scope: options.scopes })
        .setProtectedHeader({ alg: options.algorithm, typ: 'JWT', kid: options.certificateId })
        .setIssuer(options.clientId)
        .setAudience(options.tokenUrl)
        .setIssuedAt(iat)
        .setExpirationTime(iat + lifetime)
        .setJti((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)())
        .sign(options.privateKey);
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q9: () => (/* binding */ checkEndpoint)
/* harmony export */ });
/* unused harmony exports isLoopbackHost, isEncryptedOrLocal */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/**
 * Where the signed client assertion and the access token may be sent. The
 * assertion is a credential for as long as it lives, so an endpoint must be
 * TLS-protected (plain http only to this machine) and, unless the user says
 * otherwise, one of NetSuite's own hosts. The same rule serves the action's
 * inputs and the CLI's flags.
 */

/** 127.0.0.0/8, localhost and [::1]: traffic that never leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host === '::1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** The one rule for where a credential or a notification may travel: https://, or plain
 * http:// to this machine only. */
function isEncryptedOrLocal(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
function isNetSuiteHost(hostname) {
    return /^(?:[a-z0-9-]+\.)+netsuite\.com$/i.test(hostname.replace(/\.$/, ''));
}
/** Returns the URL, normalised, or throws an InputError naming the rule it breaks and the fix. */
function checkEndpoint(raw, rule) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${rule.name} is not a URL: expected e.g. https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token`);
    }
    const loopback = isLoopbackHost(url.hostname);
    if (!isEncryptedOrLocal(url)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${rule.name} must be an https:// URL (plain http:// only for 127.0.0.1, localhost or [::1]); got ${url.protocol}//${url.host}. The client assertion and the access token must never travel unencrypted: use https://.`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${rule.name} must not carry a user name or password in the URL: remove the part before @`);
    }
    if (!loopback && !rule.allowCustomHost && !isNetSuiteHost(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${rule.name} host ${url.hostname} is not a NetSuite host (*.netsuite.com), so the signed client assertion would be sent elsewhere. Leave ${rule.name} empty to use the account's NetSuite endpoint, or set ${rule.allowCustomHostWith} if this host is yours (a proxy or a test double).`);
    }
    return url.toString();
}


/***/ }),

/***/ 379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ KEY_MISMATCH),
/* harmony export */   MB: () => (/* binding */ describeDuration),
/* harmony export */   Pb: () => (/* binding */ readPrivateKeyFile),
/* harmony export */   QW: () => (/* binding */ parsePrivateKey),
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   Yh: () => (/* binding */ keyMatchesCertificate),
/* harmony export */   gp: () => (/* binding */ validityDays),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   ki: () => (/* binding */ netsuiteFindings),
/* harmony export */   u1: () => (/* binding */ readCertificateFile)
/* harmony export */ });
/* unused harmony export sameKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);
/* harmony import */ var _key_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(368);
/* harmony import */ var _validity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(877);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(304);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(334);
/* harmony import */ var _pem_repairs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22);







function describeKey(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const bits = details.modulusLength ?? 0;
        return { kind: 'rsa', bits, label: `RSA ${bits}` };
    }
    if (key.asymmetricKeyType === 'ec') {
        const curve = details.namedCurve ?? 'unknown';
        const bits = Object.values(_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_SPECS */ .ZD).find(spec => spec.curve === curve)?.bits;
        return { kind: 'ec', curve, bits, label: `EC ${_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CURVE_LABEL */ .nD[curve] ?? curve}` };
    }
    return { kind: 'other', label: String(key.asymmetricKeyType ?? key.type).toUpperCase() };
}
/** Copying damage the action repairs; anything else in a pasted input is refused with its fix. */
const REPAIRED_IN_INPUTS = new Set([
    'utf8-bom',
    'cr-line-ends',
    'escaped-newlines',
    'flattened',
    'indented',
    'invisible-characters',
    'url-safe-base64'
]);
function refuseUnrepaired(problems, inputName) {
    const refused = problems.find(problem => !REPAIRED_IN_INPUTS.has(problem.code));
    if (refused)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${inputName} ${refused.problem}. Fix: ${refused.fix}`);
}
function certificateFrom(pem, inputName, repairs) {
    let x509;
    try {
        x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${inputName} is not a readable X.509 certificate: pass the PEM that \`generate\` or the rotate command produced (-----BEGIN CERTIFICATE----- ...)`);
    }
    return {
        pem: x509.toString(),
        x509,
        key: describeKey(x509.publicKey),
        // node lists RDNs in DER order, one a line; RFC 4514 writes the most specific first.
        subject: x509.subject.split('\n').reverse().join(',').replace(/ \+ /g, '+'),
        serialNumber: x509.serialNumber,
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        fingerprint: x509.fingerprint256,
        repairs
    };
}
function privateKeyFrom(pem, inputName, repairs) {
    let keyObject;
    try {
        keyObject = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // Never include the input or OpenSSL's text: either could quote key material.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${inputName} is not a readable private key: expected an unencrypted PEM (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY")`);
    }
    return { keyObject, key: describeKey(keyObject), repairs };
}
/**
 * A reader of a pasted input: copying damage is repaired (and listed in
 * `repairs`), anything else that is not exactly one block of `kind` is refused
 * with its fix. The CLI passes a file's bytes and path, so the fix names that
 * file, and reads `withFixes` to tell the user what it repaired, as the action does.
 */
function pastedInput(kind, defaultName, read) {
    const withFixes = (raw, inputName = defaultName, file) => {
        const decoded = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePem */ .x)(raw, kind, inputName, file);
        refuseUnrepaired(decoded.problems, inputName);
        return {
            value: read(decoded.blocks[0].text, inputName, decoded.repairs),
            repaired: decoded.problems
        };
    };
    return Object.assign((raw, inputName, file) => withFixes(raw, inputName, file).value, { withFixes });
}
/** A certificate input of the action (a variable). */
const parseCertificate = pastedInput('certificate', 'certificate', certificateFrom);
/** A key input (a secret): PKCS#8, PKCS#1 (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`), unencrypted. */
const parsePrivateKey = pastedInput('private key', 'private-key', privateKeyFrom);
/** A certificate file as inspect reads it: every certificate, and every way the file is off. */
function readCertificateFile(bytes, inputName, file) {
    const decoded = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePem */ .x)(bytes, 'certificate', inputName, file);
    return {
        certificates: decoded.blocks.map(block => certificateFrom(block.text, inputName, decoded.repairs)),
        problems: decoded.problems,
        labelled: decoded.labelled
    };
}
function readPrivateKeyFile(bytes, inputName, file) {
    const decoded = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePem */ .x)(bytes, 'private key', inputName, file);
    const encrypted = decoded.problems.some(problem => problem.code === 'encrypted-key');
    return {
        key: encrypted ? undefined : privateKeyFrom(decoded.blocks[0].text, inputName, decoded.repairs),
        problems: decoded.problems
    };
}
/** Whether two keys (private or public) are one key pair's. */
function sameKey(a, b) {
    const der = (key) => (key.type === 'public' ? key : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key)).export({ type: 'spki', format: 'der' });
    return der(a).equals(der(b));
}
function keyMatchesCertificate(key, certificate) {
    return sameKey(key, certificate.x509.publicKey);
}
function validityDays(certificate) {
    return (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / _time_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO;
}
/** "730 days and 1 second": exact to the second, as certificates are. */
function describeDuration(ms) {
    let seconds = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ['day', 86_400],
        ['hour', 3600],
        ['minute', 60],
        ['second', 1]
    ]) {
        const count = Math.floor(seconds / size);
        seconds -= count * size;
        if (count > 0)
            parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    }
    if (parts.length === 0)
        return '0 seconds';
    const last = parts.pop();
    return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}
/** NetSuite cannot see the key at upload: a wrong one shows only at the token exchange. */
const KEY_MISMATCH = {
    verdict: 'accepted-but',
    problem: 'the private key does not belong to this certificate: NetSuite accepts the upload, but every token request signed with this key fails with invalid_client',
    fix: 'use the key that was made with this certificate, or upload the certificate made with this key'
};
const NEW_PAIR = `netsuite-m2m generate --key-type ${_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_KEY_TYPE */ .Bp} (a new key and certificate)`;
/** Every reason NetSuite would refuse this certificate, or accept it and fail later, in plain words. */
function netsuiteFindings(certificate, now, privateKey) {
    const findings = [];
    const refused = (problem, fix = NEW_PAIR) => {
        findings.push({ verdict: 'refused', problem, fix });
    };
    const { key } = certificate;
    const refusal = (0,_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .keyRefusal */ .uM)(key);
    if (refusal)
        refused(refusal);
    if (certificate.notAfter.getTime() <= now.getTime()) {
        refused(`expired on ${certificate.notAfter.toISOString()}`);
    }
    if (certificate.notBefore.getTime() > now.getTime()) {
        refused(`not valid until ${certificate.notBefore.toISOString()}`, 'wait until then, or check the clock of the machine that made it');
    }
    const validMs = certificate.notAfter.getTime() - certificate.notBefore.getTime();
    const maxMs = _validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K * _time_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO;
    if (validMs > maxMs) {
        const cutOff = new Date(certificate.notBefore.getTime() + maxMs);
        findings.push({
            verdict: 'accepted-but',
            problem: `validity is ${describeDuration(validMs)}, over NetSuite's maximum of ${_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K} days: NetSuite shortens it to ${_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K} days, so it stops working on ${cutOff.toISOString()}, ${describeDuration(validMs - maxMs)} before the date it states`,
            fix: `netsuite-m2m generate --days ${_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K} (a certificate whose dates say what NetSuite does)`
        });
    }
    if (privateKey && !keyMatchesCertificate(privateKey.keyObject, certificate)) {
        findings.push(KEY_MISMATCH);
    }
    return findings;
}


/***/ }),

/***/ 543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ M2M_SETUP_PAGE)
/* harmony export */ });
/**
 * Where things are in NetSuite's user interface, named once: every message that sends an
 * administrator somewhere uses these words, so a menu NetSuite renames is changed here only.
 */
/** The page that lists an integration's M2M certificates: upload, look up an ID, revoke. */
const M2M_SETUP_PAGE = 'Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup';


/***/ }),

/***/ 354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports ONE_LINE_INPUTS, refuseControlCharacters, refuseControlCharactersInInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/**
 * Text the action did not write itself (inputs, NetSuite's answers) is data:
 * it may reach a log line, an annotation, a comment or the job summary, and
 * there it must never act as a workflow command (`::warning::` at the start
 * of a line) or as Markdown (links, @mentions, code fences).
 */

/**
 * C0 and C1 controls (line breaks, tabs, escape), the Unicode line and
 * paragraph separators, and the bidirectional overrides that make text read
 * differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above, plus ordinary whitespace
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/**
 * Inputs shown in logs, titles, comments or the summary: each must be one line
 * of plain text. Not the PEM inputs (multi-line by nature, never shown) nor
 * `scope` (a list that may be written one scope per line; each item is checked
 * against the known scopes).
 */
const ONE_LINE_INPUTS = (/* unused pure expression or super */ null && ([
    'command',
    'account-id',
    'client-id',
    'certificate-id',
    'new-certificate-id',
    'key-type',
    'algorithm',
    'validity-days',
    'renew-before-days',
    'fail-before-days',
    'subject',
    'secret-name',
    'certificate-variable',
    'certificate-id-variable',
    'environment',
    'github-token',
    'admin-token',
    'token-url',
    'issue-label',
    'issue-assignees',
    'dry-run',
    'upload',
    'netsuite-role-id',
    'netsuite-entity-id',
    'certificates-url',
    'revoke-previous-after-days',
    'keepalive',
    'allow-custom-endpoints'
]));
function describeControl(char) {
    if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029')
        return 'a line break';
    if (char === '\t')
        return 'a tab';
    return `the control character U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Refuses a value (already trimmed of surrounding whitespace) that holds a
 * control character. The value itself is not repeated: it is what must not
 * reach the log.
 */
function refuseControlCharacters(name, value) {
    const match = CONTROL.exec(value);
    if (!match)
        return;
    throw new InputError(`${name} contains ${describeControl(match[0])} at character ${match.index + 1}: it is shown in logs and issues, so it must be one line of plain text. Set ${name} to the value alone (a line break often comes with a pasted value or a YAML block scalar such as |).`);
}
/** Checks every one-line input; `read` returns the raw value of an input (empty when unset). */
function refuseControlCharactersInInputs(read) {
    for (const name of ONE_LINE_INPUTS)
        refuseControlCharacters(name, read(name).trim());
}
/** One line: every run of whitespace or control characters becomes one space. */
function oneLine(text) {
    return text.replace(SPACE_OR_CONTROL, ' ').trim();
}
/** At most `max` characters, with an ellipsis when cut. */
function clip(text, max = 300) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/**
 * Inline Markdown code that nothing can break out of: one line, and backticks
 * become a look-alike (U+02CB), so links, mentions and fences stay literal.
 */
function inlineCode(text) {
    const body = oneLine(text).replace(/`/g, '\u02cb');
    return `\`${body === '' ? ' ' : body}\``;
}


/***/ }),

/***/ 22:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ describeFileRepairs)
/* harmony export */ });
/* unused harmony export describeRepairs */
/* harmony import */ var _pem_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(158);
/**
 * Damage that copying and pasting does to a PEM, which the readers here undo
 * without a word: the value still works for the action, but the stored secret
 * or variable stays damaged, and other programs that read it (a consumer in
 * Java, an `openssl` one-liner) may refuse it. So the owner is told once, in
 * fixed words that never quote the value, and how to store it clean.
 */

/** Short phrases that complete "it has ...". */
const PHRASES = {
    'utf8-bom': 'a byte-order mark before the text',
    crlf: 'Windows line ends (CRLF)',
    'cr-line-ends': 'carriage returns alone for line ends (classic Mac OS)',
    'escaped-newlines': 'literal \\n where the line breaks belong',
    flattened: 'spaces where the line breaks belong',
    indented: 'blanks at the start of its lines',
    'invisible-characters': 'invisible characters (such as a no-break or zero-width space) in its base64',
    'url-safe-base64': 'URL-safe base64 (- and _ for + and /)'
};
/** "a", "a and b", "a, b and c" */
function listed(phrases) {
    return phrases.length < 2
        ? phrases.join('')
        : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
/**
 * The warning for a value that was repaired before use, or undefined when it
 * was clean. Built from the repair codes and the names alone: no part of the
 * value can appear in it.
 */
function describeRepairs(info, inputName, storedAs) {
    const phrases = [...new Set(info.repairs)].map(repair => PHRASES[repair]);
    if (phrases.length === 0)
        return undefined;
    const what = storedAs.kind === 'secret' ? 'secret' : 'variable';
    const file = storedAs.kind === 'secret' ? 'private-key.pem' : 'certificate.pem';
    const command = [
        `gh ${what} set ${shellWord(storedAs.name)}`,
        storedAs.repository ? `--repo ${shellWord(storedAs.repository)}` : '',
        storedAs.environment ? `--env ${shellWord(storedAs.environment)}` : '',
        `< ${file}`
    ]
        .filter(Boolean)
        .join(' ');
    return (`${inputName} was repaired before use: it has ${listed(phrases)}, ` +
        `damage from copying and pasting. The action read it all the same, but other programs that read the ${what} may refuse it. ` +
        // The step may pass a secret of another name or scope: say which one the command assumes.
        `Store it clean from the PEM file, which keeps the line breaks exactly; if it is the ${what} ${storedAs.name} this action keeps it in: ${command}`);
}
/**
 * The command line's warning for a file it repaired to read, as the action
 * warns for a pasted input: what was wrong (never any of the value), and the
 * command that writes a clean copy.
 */
function describeFileRepairs(repairs, fixes, file) {
    const phrases = [...new Set(repairs)].map(repair => PHRASES[repair]);
    if (phrases.length === 0)
        return undefined;
    const fix = fixes.length > 0 ? `; fix: ${fixes.join(' && ')}` : '';
    return `${file.flag} ${file.path} was repaired before use: it has ${listed(phrases)}, damage from copying and pasting. It was read all the same, but other programs that read the file may refuse it${fix}`;
}


/***/ }),

/***/ 508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ proveCredentials)
});

// EXTERNAL MODULE: ./src/core/assertion.ts
var core_assertion = __webpack_require__(83);
// EXTERNAL MODULE: ./src/netsuite/http.ts + 4 modules
var http = __webpack_require__(786);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var errors = __webpack_require__(198);
;// CONCATENATED MODULE: ./src/netsuite/token.ts


/**
 * POSTs a client assertion to NetSuite's token endpoint (Oracle help
 * section_162755359851). NetSuite sends expires_in as a string ("3600").
 * Given a signer, each attempt posts a newly signed assertion (its own jti).
 */
async function exchangeToken(tokenUrl, assertion, policy = http/* DEFAULT_RETRY */.vI) {
    const sent = [];
    const response = await (0,http/* requestWithRetry */.En)(tokenUrl, async () => {
        const current = typeof assertion === 'string' ? assertion : await assertion();
        sent.push(current);
        return tokenRequest(current);
    }, policy);
    const json = jsonObject(response.text);
    const token = accessTokenIn(response.status, json);
    if (token)
        return token;
    throw tokenRefusal(response, json, sent);
}
/** The client-credentials grant with a JWT client assertion, as a form. */
function tokenRequest(assertion) {
    const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion
    });
    return {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString()
    };
}
function jsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object')
            return parsed;
    }
    catch {
        // Not JSON: described from the status alone.
    }
    return {};
}
function accessTokenIn(status, json) {
    if (status !== 200 || typeof json.access_token !== 'string' || json.access_token === '')
        return undefined;
    const expiresIn = Number(json.expires_in ?? 3600);
    return {
        accessToken: json.access_token,
        expiresIn: Number.isFinite(expiresIn) ? expiresIn : 3600,
        tokenType: typeof json.token_type === 'string' ? json.token_type : 'Bearer'
    };
}
/** NetSuite's refusal, scrubbed of every assertion sent and the client ID inside them. */
function tokenRefusal(response, json, sent) {
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
    return new errors/* NetSuiteError */.oG('token exchange', code, response.status, rawDescription, [
        ...sent,
        ...sent.flatMap(issuerOf)
    ]);
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
    // One assertion per attempt: a retry after a lost answer must not repeat a spent jti.
    const sign = async () => {
        const assertion = await (0,core_assertion/* signClientAssertion */.T3)({
            privateKey: credentials.privateKey,
            algorithm: credentials.algorithm,
            certificateId: credentials.certificateId,
            clientId: credentials.clientId,
            tokenUrl: options.tokenUrl,
            scopes: options.scopes
        });
        options.onAssertion?.(assertion);
        return assertion;
    };
    return exchangeToken(options.tokenUrl, sign, options.policy ?? http/* DEFAULT_RETRY */.vI);
}


/***/ }),

/***/ 198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oG: () => (/* binding */ NetSuiteError)
/* harmony export */ });
/* unused harmony exports HINTS, hintFor, UNEXPECTED_CODE, knownCode, redact */
/* harmony import */ var _core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(543);
/* harmony import */ var _core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(354);


/**
 * What NetSuite's OAuth errors usually mean, in plain words (Oracle help
 * section_162755359851 and the Login Audit Trail detail codes).
 */
const HINTS = {
    invalid_client: `NetSuite did not accept this certificate ID with this key: the certificate ID is unknown, revoked or expired, the private key does not belong to the uploaded certificate, or the client ID is that of another integration record. Compare the certificate ID with ${_core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .M2M_SETUP_PAGE */ .V}, and check the Login Audit Trail.`,
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
/**
 * The `error` values NetSuite's answers may carry that the action shows: the
 * OAuth 2.0 codes (RFC 6749 5.2, RFC 6750 3.1), the `o:errorCode` values of
 * NetSuite's REST error shape, and the action's own codes for answers it could
 * not read. Anything else is shown as `unexpected_error`: a code is printed in
 * comments and logs, so a free-form one would be NetSuite's text unfiltered.
 */
const KNOWN_CODES = new Set([
    'invalid_request',
    'invalid_client',
    'invalid_grant',
    'unauthorized_client',
    'unsupported_grant_type',
    'invalid_scope',
    'access_denied',
    'server_error',
    'temporarily_unavailable',
    'invalid_token',
    'insufficient_scope',
    'INVALID_LOGIN',
    'INSUFFICIENT_PERMISSION',
    'INVALID_CONTENT',
    'USER_ERROR',
    'NONEXISTENT_ID',
    'METHOD_NOT_ALLOWED',
    'INVALID_ID',
    'UNEXPECTED_ERROR',
    'CONCURRENCY_LIMIT_EXCEEDED',
    // The action's own, for answers without a code of their own.
    'no_access_token',
    'unexpected_response',
    'http_error'
]);
const UNEXPECTED_CODE = 'unexpected_error';
/** NetSuite's code when it is one the action knows, else `unexpected_error`. */
function knownCode(code) {
    return typeof code === 'string' && KNOWN_CODES.has(code) ? code : UNEXPECTED_CODE;
}
/** A run of JWT/base64url characters; matched greedily and never re-scanned, so linear. */
const TOKEN_RUN = /[A-Za-z0-9_.-]+/g;
/** Three dot-separated parts of 8 or more characters in a row: a JWT (assertion or access token). */
function holdsJwt(run) {
    let streak = 0;
    for (const part of run.split('.')) {
        streak = part.length >= 8 ? streak + 1 : 0;
        if (streak >= 3)
            return true;
    }
    return false;
}
/**
 * NetSuite's text made safe to show: the given secrets (assertion, client ID,
 * tokens), anything shaped like a JWT and any bearer token replaced, one line,
 * at most 300 characters. Redaction comes before the cut, so a secret cut in
 * half cannot slip through; every step is linear in the input.
 */
function redact(text, secrets = []) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('[redacted]');
    out = out.replace(TOKEN_RUN, run => (holdsJwt(run) ? '[redacted]' : run));
    out = out.replace(/(bearer)(\s+)[^\s]+/gi, '$1$2[redacted]');
    return (0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)((0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(out), 300);
}
/**
 * A refusal from NetSuite. `code` is always a known code (see knownCode) and
 * `description` is redacted and cut; the message shows both as inline code,
 * so neither can act as Markdown or a workflow command wherever it is printed.
 */
class NetSuiteError extends Error {
    operation;
    status;
    name = 'NetSuiteError';
    hint;
    code;
    description;
    constructor(operation, code, status, description, secrets = []) {
        const known = knownCode(code);
        const shown = description === undefined ? undefined : redact(description, secrets);
        const hint = hintFor(known, status, operation);
        const what = `${(0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(known)}${status === undefined ? '' : ` (HTTP ${status})`}`;
        super(`${operation} failed: NetSuite answered ${what}${shown ? `: ${(0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(shown)}` : ''}. ${hint}`);
        this.operation = operation;
        this.status = status;
        this.code = known;
        this.description = shown;
        this.hint = hint;
    }
}


/***/ }),

/***/ 786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vI: () => (/* binding */ DEFAULT_RETRY),
  En: () => (/* binding */ requestWithRetry)
});

// UNUSED EXPORTS: MAX_BODY_BYTES, NetworkError, RedirectRefused

;// CONCATENATED MODULE: ./src/core/fetch-failure.ts
/**
 * What a rejected fetch() says about why. Node's fetch rejects with a TypeError
 * "fetch failed" whose `cause` is the socket or TLS error, carrying its system
 * `code` (ECONNREFUSED, ENOTFOUND, ECONNRESET, ...); a request stopped by
 * AbortSignal.timeout() rejects with a DOMException named TimeoutError.
 * outboundFetch (core/transport.ts) rejects the same way. The Fetch and DOM standards tell these apart by `name`, not by
 * class, so this reads the documented fields as data and never asks which
 * constructor made the error.
 */
function field(value, key) {
    return value !== null && typeof value === 'object' && key in value
        ? value[key]
        : undefined;
}
function readFetchFailure(error) {
    const name = field(error, 'name');
    const cause = field(error, 'cause');
    const code = field(cause, 'code') ?? field(error, 'code');
    const causeMessage = field(cause, 'message');
    return {
        timedOut: name === 'TimeoutError' || name === 'AbortError',
        code: typeof code === 'string' ? code : '',
        causeMessage: typeof causeMessage === 'string' ? causeMessage : ''
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __webpack_require__(783);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(330);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(67);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(30);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(75);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(692);
;// CONCATENATED MODULE: ./src/core/transport.ts
/**
 * HTTP requests on Node's own `http`, `https` and `tls` modules, answered as a standard
 * `Response`, with the parts of fetch() this tool uses: method, headers, a string, bytes or
 * URLSearchParams body, `redirect` ('follow', 'manual' or 'error'), `signal`, and a tunnel
 * through a proxy (HTTP CONNECT, for https:// and http:// alike).
 *
 * Why not the global fetch: Node's fetch parses HTTP with a WebAssembly build of llhttp that
 * each new process compiles before its first request, and an action run is a new process.
 * On Node 20 that costs more CPU than everything else a run does; `http`/`https` use the
 * parser compiled into Node. `npm run bench` compares the two.
 *
 * Failures look as fetch's do, so callers read them one way (core/fetch-failure.ts): a
 * network or TLS error rejects with TypeError "fetch failed" whose `cause` is the system
 * error; an aborted request (AbortSignal.timeout) rejects with the signal's reason.
 */





/** fetch()'s limit, and the status codes it follows. */
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Statuses whose answer never has a body (a Response refuses one). */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Why a request was aborted: the signal's reason (a TimeoutError for AbortSignal.timeout). */
function abortReason(signal) {
    const reason = signal?.reason;
    // Not `instanceof Error`: a DOMException made in another realm (a vm context) is no Error there.
    return typeof reason === 'object' && reason !== null && 'name' in reason
        ? reason
        : new DOMException('This operation was aborted', 'AbortError');
}
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
/** The body as bytes, and the content type fetch() gives it when the caller named none. */
function encodeBody(body) {
    if (body === undefined || body === null)
        return {};
    if (typeof body === 'string')
        return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
    if (body instanceof URLSearchParams) {
        return {
            bytes: Buffer.from(body.toString()),
            type: 'application/x-www-form-urlencoded;charset=UTF-8'
        };
    }
    if (body instanceof ArrayBuffer)
        return { bytes: Buffer.from(body) };
    if (ArrayBuffer.isView(body)) {
        return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
    }
    throw new TypeError('request body: only a string, bytes or URLSearchParams can be sent');
}
const defaultPortOf = (url) => (url.protocol === 'https:' ? 443 : 80);
const portOf = (url) => Number(url.port || defaultPortOf(url));
const bare = (hostname) => hostname.replace(/^\[|\]$/g, '');
/** Basic credentials from a proxy URL's user and password, decoded as the runner toolkit does. */
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return {};
    const pair = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(pair).toString('base64')}` };
}
/** TLS over an open socket to `target`, checked against its name (or IP address). */
function transport_secure(socket, target) {
    const host = bare(target.hostname);
    return external_node_tls_.connect({
        socket,
        host,
        ...((0,external_node_net_.isIP)(host) ? {} : { servername: host }),
        ALPNProtocols: ['http/1.1']
    });
}
/**
 * A connection to `target` through the proxy: CONNECT host:port, then (for https://) TLS to
 * the target inside the tunnel, so the proxy sees only the host name.
 */
function tunnel(proxy, target, signal, done) {
    const authority = `${target.hostname}:${portOf(target)}`;
    const connect = (proxy.protocol === 'https:' ? external_node_https_ : external_node_http_).request({
        host: bare(proxy.hostname),
        port: portOf(proxy),
        method: 'CONNECT',
        path: authority,
        headers: { host: authority, ...proxyAuthorization(proxy) },
        agent: false,
        ...(signal ? { signal } : {})
    });
    connect.once('connect', (answer, socket) => {
        if (answer.statusCode !== 200) {
            socket.destroy();
            done(Object.assign(new Error(`the proxy at ${proxy.host} refused the tunnel to ${authority}: HTTP ${answer.statusCode}`), { code: 'PROXY_REFUSED' }));
            return;
        }
        done(null, target.protocol === 'https:' ? transport_secure(socket, target) : socket);
    });
    connect.on('error', error => done(error));
    connect.end();
}
/** One request, one answer (redirects are the caller's). */
function exchange(hop, options) {
    const { url, method, headers, body } = hop;
    const signal = options.signal ?? undefined;
    const proxy = options.proxyFor?.(url);
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortReason(signal));
        const outgoing = {};
        headers.forEach((value, name) => (outgoing[name] = value));
        // A length, never chunked: an empty PUT or POST says 0, as fetch() does.
        if (body || (method !== 'GET' && method !== 'HEAD')) {
            outgoing['content-length'] = String(body?.byteLength ?? 0);
        }
        const request = (url.protocol === 'https:' ? external_node_https_ : external_node_http_).request(url, {
            method,
            // Without an agent (a tunnel) Node would name even the default port in the Host header.
            defaultPort: defaultPortOf(url),
            headers: outgoing,
            ...(proxy
                ? {
                    createConnection: (_, done) => {
                        tunnel(proxy, url, signal, done);
                        return undefined;
                    }
                }
                : {})
        });
        const abort = () => {
            request.destroy();
            reject(abortReason(signal));
        };
        signal?.addEventListener('abort', abort, { once: true });
        request.once('response', message => {
            signal?.removeEventListener('abort', abort);
            // The body's reader (or nobody, for an answer without one) gets its errors; never a crash.
            message.on('error', () => undefined);
            // From here an abort ends the body: the stream errors with the signal's reason.
            const stop = () => void message.destroy(abortReason(signal));
            signal?.addEventListener('abort', stop, { once: true });
            message.once('close', () => signal?.removeEventListener('abort', stop));
            resolve({ message, url });
        });
        request.on('error', error => {
            signal?.removeEventListener('abort', abort);
            reject(signal?.aborted ? abortReason(signal) : fetchFailed(error));
        });
        request.end(body);
    });
}
function toResponse(answer, method, redirected) {
    const { message } = answer;
    const headers = new Headers();
    const raw = message.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2)
        headers.append(raw[i], raw[i + 1]);
    const status = message.statusCode ?? 0;
    const empty = NO_BODY.has(status) || method === 'HEAD';
    if (empty)
        message.resume();
    const response = new Response(empty ? null : external_node_stream_.Readable.toWeb(message), {
        status,
        statusText: message.statusMessage ?? '',
        headers
    });
    Object.defineProperties(response, {
        url: { value: answer.url.href },
        redirected: { value: redirected }
    });
    return response;
}
/** Where a redirect leads, and what of the request goes there (as fetch() decides). */
function redirectTarget(answer, request) {
    const location = answer.message.headers.location ?? '';
    const next = new URL(location, answer.url);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw fetchFailed(new Error(`redirect to a ${next.protocol} URL`));
    }
    if (next.username || next.password)
        throw fetchFailed(new Error('redirect to a URL with credentials'));
    const status = answer.message.statusCode ?? 0;
    const headers = new Headers(request.headers);
    let { method, body } = request;
    if ((status === 303 && method !== 'GET' && method !== 'HEAD') ||
        ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        for (const name of ['content-type', 'content-encoding', 'content-language', 'content-location'])
            headers.delete(name);
    }
    // Credentials stay with the origin they were meant for.
    if (next.origin !== answer.url.origin) {
        headers.delete('authorization');
        headers.delete('cookie');
    }
    return { url: next, method, headers, body };
}
/** fetch(url, options) on Node's http and https. */
async function send(url, options) {
    const { bytes, type } = encodeBody(options.body);
    const headers = new Headers(options.headers);
    if (type && !headers.has('content-type'))
        headers.set('content-type', type);
    if (!headers.has('accept'))
        headers.set('accept', '*/*');
    const first = new URL(url);
    // As fetch(): credentials go in headers, never in the URL (Node's http would send them).
    if (first.username || first.password) {
        throw new TypeError('a URL with a user name or password cannot be requested');
    }
    let request = {
        url: first,
        method: (options.method ?? 'GET').toUpperCase(),
        headers,
        body: bytes
    };
    for (let hops = 0;; hops++) {
        const answer = await exchange(request, options);
        const status = answer.message.statusCode ?? 0;
        const mode = options.redirect ?? 'follow';
        if (!REDIRECTS.has(status) ||
            mode === 'manual' ||
            answer.message.headers.location === undefined) {
            return toResponse(answer, request.method, hops > 0);
        }
        answer.message.destroy();
        if (mode === 'error')
            throw fetchFailed(new Error(`unexpected redirect (HTTP ${status})`));
        if (hops === MAX_REDIRECTS)
            throw fetchFailed(new Error('redirect count exceeded'));
        request = redirectTarget(answer, request);
    }
}

;// CONCATENATED MODULE: ./src/core/outbound.ts
/**
 * Every HTTP request the action and the CLI make (GitHub through Octokit, NetSuite, the
 * webhook) goes out through here: one User-Agent, one proxy rule, and one client
 * (core/transport.ts, on Node's http and https).
 *
 * Proxies: a self-hosted runner inside a company network often reaches the internet only
 * through a proxy named in HTTPS_PROXY / HTTP_PROXY (NO_PROXY listing the exceptions).
 * Each request asks @actions/http-client, the runner toolkit's own client, whether and
 * through which proxy to go (lower-case variables first; NO_PROXY entries match the host,
 * `host:port`, or any subdomain; `*` for all; loopback never proxied), and a proxied request
 * goes through a CONNECT tunnel, with the proxy URL's user and password as
 * Proxy-Authorization. A redirect is asked again for its own URL.
 */



/** Names this tool (and its version) to GitHub, NetSuite and webhook receivers. */
const USER_AGENT = `netsuite-m2m-rotate/${package_0/* version */.rE}`;
/** The proxy a request to `url` goes through, as @actions/http-client decides; undefined
 * for a direct request. */
function proxyFor(url) {
    const proxy = (0,lib_proxy/* getProxyUrl */.s)(new URL(url));
    return proxy && proxy.hostname ? proxy : undefined;
}
/**
 * fetch, through the proxy the environment names for this URL, with this tool's User-Agent
 * unless the caller set one.
 */
async function outboundFetch(url, init = {}) {
    const headers = new Headers(init.headers);
    if (!headers.has('user-agent'))
        headers.set('user-agent', USER_AGENT);
    return await send(url, {
        method: init.method,
        headers,
        body: init.body,
        redirect: init.redirect,
        signal: init.signal,
        proxyFor
    });
}

// EXTERNAL MODULE: ./src/core/outside-text.ts
var outside_text = __webpack_require__(354);
;// CONCATENATED MODULE: ./src/core/response-body.ts
/**
 * Reading an answer from a server we do not control: at most a fixed number
 * of bytes, then the download is stopped, so an endless or huge body can
 * neither hold the run nor fill its memory.
 */
/** Reads at most `maxBytes` of the body as UTF-8, then stops the download. */
async function readCapped(response, maxBytes) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        const room = maxBytes - size;
        chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
        size += Math.min(value.byteLength, room);
        if (size >= maxBytes) {
            await reader.cancel();
            break;
        }
    }
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./src/netsuite/http.ts
/**
 * One HTTP call to NetSuite with a timeout and bounded retries (exponential
 * backoff with full jitter) on network errors, 429 and 5xx. Anything else is
 * returned to the caller to interpret: invalid_client and friends are final.
 * Redirects are refused, never followed: following a 307 would post the signed
 * client assertion (or the access token) to whatever host the answer names.
 */




const DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    timeoutMs: 20_000
};
class NetworkError extends Error {
    name = 'NetworkError';
}
/** NetSuite's answers are small; more than this is not read (and not kept in memory). */
const MAX_BODY_BYTES = 64 * 1024;
/** The endpoint answered with a redirect, which is never followed. */
class RedirectRefused extends Error {
    name = 'RedirectRefused';
}
function redirectRefused(url, status, location) {
    let target = '';
    try {
        if (location)
            target = ` to ${(0,outside_text/* inlineCode */.ti)(new URL(location, url).host)}`;
    }
    catch {
        // An unreadable Location is still a redirect; it is not shown.
    }
    return new RedirectRefused(`NetSuite's endpoint at ${(0,outside_text/* inlineCode */.ti)(new URL(url).host)} answered with a redirect (HTTP ${status})${target}. Redirects are refused, never followed, so nothing (no client assertion, no token) was sent there. Set token-url / certificates-url to the final https:// address on a *.netsuite.com host, or leave them empty to use the account's own endpoints; if a proxy of yours redirects, make it forward instead.`);
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
/**
 * `init` may be a function, called once per attempt: a token request signs a
 * new assertion for each, so a retry never repeats a jti NetSuite may have
 * spent on a request whose answer was lost.
 */
async function requestWithRetry(url, init, policy = DEFAULT_RETRY) {
    const host = new URL(url).host;
    let lastProblem = '';
    let redirect;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        let wait;
        // Outside the try: a failure to build the request is not a network problem.
        const attemptInit = typeof init === 'function' ? await init() : init;
        try {
            const response = await outboundFetch(url, {
                ...attemptInit,
                redirect: 'manual',
                signal: AbortSignal.timeout(policy.timeoutMs)
            });
            if (response.status >= 300 && response.status < 400) {
                await response.body?.cancel();
                redirect = redirectRefused(url, response.status, response.headers.get('location'));
                break;
            }
            const text = await readCapped(response, MAX_BODY_BYTES);
            const retryable = response.status === 429 || response.status >= 500;
            if (!retryable || attempt === policy.attempts) {
                return { status: response.status, headers: response.headers, text };
            }
            lastProblem = `HTTP ${response.status}`;
            wait = retryAfterMs(response.headers, policy.maxDelayMs);
        }
        catch (error) {
            const failure = readFetchFailure(error);
            // One line and cut: TLS errors span lines, and this message reaches comments too.
            const cause = (0,outside_text/* clip */.$Q)((0,outside_text/* oneLine */.TN)(failure.causeMessage), 200);
            lastProblem = failure.timedOut
                ? `no answer within ${policy.timeoutMs / 1000} s`
                : `connection failed${cause ? ` (${cause})` : ''}`;
            if (attempt === policy.attempts)
                break;
        }
        const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
        await sleep(wait ?? Math.round(backoff / 2 + Math.random() * (backoff / 2)));
    }
    if (redirect)
        throw redirect;
    throw new NetworkError(`could not reach NetSuite at ${host} after ${policy.attempts} attempts: ${lastProblem}. Check account-id (or token-url) and that the runner can reach NetSuite; a rerun repairs a passing outage.`);
}


/***/ })

};
