export const id = 963;
export const ids = [963];
export const modules = {

/***/ 963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DOCTOR_HELP: () => (/* binding */ DOCTOR_HELP),
  runDoctor: () => (/* binding */ runDoctor)
});

// EXTERNAL MODULE: ./src/core/account.ts
var account = __webpack_require__(896);
;// CONCATENATED MODULE: ./src/core/dry-run.ts
/**
 * The one dry-run mechanism of both gateways: every write is named and
 * recorded, then either done or, in dry-run, reported and skipped. A skipped
 * write yields no value at all, so no caller can mistake a placeholder for
 * something the outside system said.
 */
/**
 * One per run, shared by both gateways, so the list of writes the summary
 * shows is in the order they happened, GitHub's and NetSuite's alike.
 */
class Writes {
    dryRun;
    log;
    steps;
    constructor(dryRun, log, 
    /** Every write done (or, in dry-run, that would have been done), in order. */
    steps = []) {
        this.dryRun = dryRun;
        this.log = log;
        this.steps = steps;
    }
    /** In dry-run, lists steps the run stopped before: they need what a skipped write would
     * have returned (the ID NetSuite gives an upload), so they cannot even be tried. */
    stoppedBefore(steps) {
        this.steps.push(...steps);
    }
    /** Runs `write`, or in dry-run only reports `step` ("would <step>"). */
    async run(step, write) {
        const index = this.steps.push(step) - 1;
        if (this.dryRun) {
            this.log.info(`dry-run: would ${step}`);
            return { written: false };
        }
        try {
            return { written: true, value: await write() };
        }
        catch (error) {
            // A caller may carry on after a refused write (a revocation left to a person): the list
            // must not claim it happened.
            this.steps[index] = `${step} (failed)`;
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/core/endpoint.ts
var endpoint = __webpack_require__(906);
// EXTERNAL MODULE: ./src/netsuite/client.ts + 1 modules
var client = __webpack_require__(508);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var errors = __webpack_require__(198);
// EXTERNAL MODULE: ./src/netsuite/http.ts + 4 modules
var http = __webpack_require__(786);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(296);
;// CONCATENATED MODULE: ./src/core/certificate-id.ts
/**
 * NetSuite certificate IDs are plain tokens of letters, digits, `-` and `_`
 * (about 43 long). Anything else is refused where it enters: an input, a
 * comment, an answer from NetSuite.
 */

const CERTIFICATE_ID = /^[A-Za-z0-9_-]{1,128}$/;
function checkCertificateId(value, source) {
    if (!CERTIFICATE_ID.test(value)) {
        throw new InputError(`${source} is not a NetSuite certificate ID: expected letters, digits, - and _ only (copy it from the Certificate ID column in OAuth 2.0 Client Credentials (M2M) Setup)`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/netsuite/certificates.ts



/** Since 2026.1: at most five ACTIVE certificates per integration record (revoked ones do not count). */
const certificates_MAX_ACTIVE_CERTIFICATES = 5;
/**
 * Said when the integration is one upload away from NetSuite's limit: the next upload
 * reaches it, and the one after is refused. Undefined below that.
 */
function nearLimitWarning(active) {
    if (active < certificates_MAX_ACTIVE_CERTIFICATES - 1)
        return undefined;
    return active >= certificates_MAX_ACTIVE_CERTIFICATES
        ? `the integration record has ${active} of ${certificates_MAX_ACTIVE_CERTIFICATES} active certificates: NetSuite refuses the next upload`
        : `the integration record has ${active} of ${certificates_MAX_ACTIVE_CERTIFICATES} active certificates: the next upload reaches NetSuite's limit and the one after is refused`;
}
function asRecord(value) {
    return value && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function pickString(record, keys) {
    for (const key of keys) {
        const value = record[key];
        if (typeof value === 'string' && value !== '')
            return value;
        if (typeof value === 'number')
            return String(value);
    }
    return undefined;
}
/** A role or entity, given as an ID or as an object `{id, name}` (what NetSuite's list answers). */
function pickId(record, keys) {
    for (const key of keys) {
        const nested = asRecord(record[key]);
        const value = nested ? pickString(nested, ['id', 'internalId']) : pickString(record, [key]);
        if (value !== undefined && /^[0-9]{1,16}$/.test(value))
            return value;
    }
    return undefined;
}
/** The name of a role or entity given as an object `{id, name}`. */
function pickName(record, key) {
    const nested = asRecord(record[key]);
    return nested ? pickString(nested, ['name', 'refName']) : undefined;
}
function pickDate(record, keys) {
    const raw = pickString(record, keys);
    const date = raw === undefined ? undefined : new Date(raw);
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
function parseRemoteCertificate(value) {
    const record = asRecord(value);
    if (!record)
        return undefined;
    const id = pickString(record, ['certificateId', 'certificate_id', 'id', 'kid']);
    // An ID outside that shape is not used: it would be shown in logs and issues and sent back in a URL path.
    if (!id || !CERTIFICATE_ID.test(id))
        return undefined;
    const status = (pickString(record, ['status', 'state']) ?? '').toUpperCase();
    const revoked = record.revoked === true || status === 'REVOKED';
    const validUntil = pickDate(record, [
        'validUntil',
        'valid_until',
        'expirationDate',
        'notAfter',
        'endDate'
    ]);
    const expired = status === 'EXPIRED' || (validUntil !== undefined && validUntil.getTime() < Date.now());
    return {
        id,
        active: !revoked && !expired,
        revoked,
        validUntil,
        validFrom: pickDate(record, ['validFrom', 'valid_from', 'startDate', 'notBefore']),
        role: pickId(record, ['role', 'roleId']),
        entity: pickId(record, ['entity', 'entityId']),
        roleName: pickName(record, 'role'),
        entityName: pickName(record, 'entity')
    };
}
function listFrom(json) {
    if (Array.isArray(json))
        return json;
    const record = asRecord(json);
    if (!record)
        return undefined;
    for (const key of ['items', 'certificates', 'data', 'results']) {
        if (Array.isArray(record[key]))
            return record[key];
    }
    return undefined;
}
function describeReceived(text) {
    return text.trim() === '' ? 'received an empty body' : `received: ${text}`;
}
class CertificateEndpoint {
    baseUrl;
    accessToken;
    writes;
    /** Uploads and revocations go through `writes` (in dry-run: reported and skipped); listing always happens. */
    constructor(baseUrl, accessToken, writes) {
        this.baseUrl = baseUrl;
        this.accessToken = accessToken;
        this.writes = writes;
    }
    async call(operation, request) {
        const { path = '', body } = request;
        // An upload is not idempotent: retrying one NetSuite may have processed could add a
        // second certificate towards the cap of five, so it is tried once.
        const policy = request.retry === false ? { ...http/* DEFAULT_RETRY */.vI, attempts: 1 } : http/* DEFAULT_RETRY */.vI;
        const response = await (0,http/* requestWithRetry */.En)(this.baseUrl.replace(/\/+$/, '') + path, {
            method: request.method,
            headers: {
                authorization: `Bearer ${this.accessToken}`,
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' })
            },
            body: body === undefined ? undefined : JSON.stringify(body)
        }, policy);
        let json;
        try {
            json = JSON.parse(response.text);
        }
        catch {
            json = undefined;
        }
        if (response.status >= 400) {
            const record = asRecord(json) ?? {};
            const details = Array.isArray(record['o:errorDetails'])
                ? asRecord(record['o:errorDetails'][0])
                : undefined;
            // NetSuite REST puts its code in o:errorDetails[].o:errorCode; OAuth answers in error.
            const code = (details && pickString(details, ['o:errorCode'])) ??
                pickString(record, ['error', 'o:errorCode']) ??
                'http_error';
            const description = pickString(record, ['error_description', 'detail', 'message']) ??
                (details && pickString(details, ['detail']));
            throw new errors/* NetSuiteError */.oG(operation, code, response.status, description ?? describeReceived(response.text), [this.accessToken]);
        }
        return { status: response.status, text: response.text, json };
    }
    async list() {
        const { text, json } = await this.call('listing certificates', { method: 'GET' });
        const items = listFrom(json);
        if (!items)
            throw new errors/* NetSuiteError */.oG('listing certificates', 'unexpected_response', 200, describeReceived(text), [this.accessToken]);
        return items.map(parseRemoteCertificate).filter((c) => c !== undefined);
    }
    /** Uploads a certificate; its value is the new ID when the answer names one. Not written in dry-run. */
    async upload(pem, roleId, entityId) {
        // Named without the URL: it holds the client ID, and the step is shown in the summary.
        const step = `upload the certificate to NetSuite (role ${roleId}, entity ${entityId})`;
        return this.writes.run(step, () => this.post(pem, roleId, entityId));
    }
    async post(pem, roleId, entityId) {
        const { json } = await this.call('uploading the certificate', {
            method: 'POST',
            body: { fileContent: pem, role: roleId, entity: entityId },
            retry: false
        });
        const direct = parseRemoteCertificate(json);
        if (direct)
            return direct.id;
        const nested = asRecord(json);
        for (const key of ['item', 'certificate', 'data']) {
            const inner = nested && parseRemoteCertificate(nested[key]);
            if (inner)
                return inner.id;
        }
        return undefined;
    }
    async revoke(certificateId) {
        await this.writes.run(`revoke certificate ${certificateId} in NetSuite`, () => this.call(`revoking certificate ${certificateId}`, {
            method: 'POST',
            path: `/${encodeURIComponent(certificateId)}/revoke`,
            body: {}
        }));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/netsuite/run-tokens.ts
/**
 * The access tokens one run obtained. NetSuite counts every token request and
 * each one puts a signed assertion on the wire, so a run exchanges once for
 * each set of credentials and scopes and hands the same token to every later
 * step that asks for it. A failed exchange is never kept; a token is dropped
 * before it expires, and when its certificate is revoked (NetSuite ends the
 * token with it) or NetSuite refuses it. Lives as long as its gateway: one run.
 */

/** A token this close to its end is not handed out again: the step using it needs time. */
const SPARE_SECONDS = 120;
class RunTokens {
    now;
    held = new Map();
    constructor(now = Date.now) {
        this.now = now;
    }
    /** The token already obtained for these credentials and scopes, or the one `exchange` gets. */
    async obtain(credentials, scopes, exchange) {
        const key = exchangeKey(credentials, scopes);
        const kept = this.held.get(key);
        if (kept) {
            const token = await kept.token;
            const left = this.secondsLeft(token, kept);
            if (left > SPARE_SECONDS)
                return { ...token, expiresIn: left };
            if (this.held.get(key) === kept)
                this.held.delete(key);
            return this.obtain(credentials, scopes, exchange);
        }
        const entry = { certificateId: credentials.certificateId, token: exchange() };
        this.held.set(key, entry);
        try {
            const token = await entry.token;
            entry.obtained = { accessToken: token.accessToken, at: this.now() };
            return token;
        }
        catch (error) {
            if (this.held.get(key) === entry)
                this.held.delete(key);
            throw error;
        }
    }
    /** A revoked certificate's tokens are dead: the next request for it exchanges again. */
    forgetCertificate(certificateId) {
        for (const [key, entry] of this.held) {
            if (entry.certificateId === certificateId)
                this.held.delete(key);
        }
    }
    /** A token NetSuite refused is not handed out again. */
    forgetToken(accessToken) {
        for (const [key, entry] of this.held) {
            if (entry.obtained?.accessToken === accessToken)
                this.held.delete(key);
        }
    }
    secondsLeft(token, entry) {
        // Still in flight for another caller: it has just been issued.
        if (entry.obtained === undefined)
            return token.expiresIn;
        return token.expiresIn - Math.ceil((this.now() - entry.obtained.at) / 1000);
    }
}
/**
 * What makes two exchanges the same: client ID, certificate ID, algorithm, key
 * (by its public half) and the set of scopes. Held in memory only.
 */
function exchangeKey(credentials, scopes) {
    const publicKey = (0,external_node_crypto_.createPublicKey)(credentials.privateKey).export({ type: 'spki', format: 'der' });
    return JSON.stringify([
        credentials.clientId,
        credentials.certificateId,
        credentials.algorithm,
        (0,external_node_crypto_.createHash)('sha256').update(publicKey).digest('base64url'),
        [...new Set(scopes)].sort()
    ]);
}

;// CONCATENATED MODULE: ./src/netsuite/gateway.ts




/** One per run: it holds the tokens the run obtained, so create it once and pass it on. */
class NetSuiteGateway {
    tokenUrl;
    scopes;
    log;
    /** Uploads and revocations, done or (in dry-run) reported and skipped; reads always happen. */
    writes;
    tokens = new RunTokens();
    constructor(tokenUrl, scopes, log, 
    /** The run's one record of writes, shared with the GitHub gateway: whether this is a
     * dry-run is its to say. */
    writes) {
        this.tokenUrl = tokenUrl;
        this.scopes = scopes;
        this.log = log;
        this.writes = writes;
    }
    /**
     * A token for these credentials carrying at least `needs` (default: the run's scopes):
     * the one this run already obtained for them, or a new exchange (an assertion signed and
     * sent). Asks for the run's scopes whenever they include `needs`, so one exchange serves
     * proving the credentials and NetSuite's certificate endpoint alike. A first proof of new
     * credentials is always a real exchange. Throws NetSuiteError or NetworkError.
     */
    async prove(credentials, needs = this.scopes) {
        const scopes = needs.every(scope => this.scopes.includes(scope)) ? this.scopes : needs;
        return this.tokens.obtain(credentials, scopes, async () => {
            const token = await (0,client/* proveCredentials */.F)(credentials, {
                tokenUrl: this.tokenUrl,
                scopes,
                onAssertion: assertion => this.log.setSecret(assertion)
            });
            this.log.setSecret(token.accessToken);
            return token;
        });
    }
    /** The certificate endpoint, called with `accessToken`; a revoked certificate's tokens and a
     * refused token are not handed out again. */
    certificates(url, accessToken) {
        const endpoint = new CertificateEndpoint(url, accessToken, this.writes);
        const refused = (error) => {
            if (error instanceof errors/* NetSuiteError */.oG && error.status === 401)
                this.tokens.forgetToken(accessToken);
            throw error;
        };
        return {
            list: () => endpoint.list().catch(refused),
            upload: (...args) => endpoint.upload(...args).catch(refused),
            revoke: certificateId => endpoint
                .revoke(certificateId)
                .catch(refused)
                .finally(() => this.tokens.forgetCertificate(certificateId))
        };
    }
}

// EXTERNAL MODULE: ./src/core/assertion.ts
var assertion = __webpack_require__(83);
// EXTERNAL MODULE: ./src/core/inspect.ts
var inspect = __webpack_require__(379);
;// CONCATENATED MODULE: ./src/rotation/credentials.ts



/** What signing an assertion reads besides the key: the client ID and the algorithm. */
const CREDENTIAL_FIELDS = ['clientId', 'algorithm'];
function privateKeyPem(key) {
    return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
}
function credentials_credentials(ctx, key, certificateId) {
    return {
        clientId: ctx.inputs.clientId ?? '',
        certificateId,
        privateKey: key.keyObject,
        algorithm: ctx.inputs.algorithm ?? defaultAlgorithmFor(key.keyObject)
    };
}
/**
 * The key and certificate a step is given must be one stage's. Checked only
 * where the two must match: during a half-done promotion the key secret may
 * already hold the new key while the certificate variable does not.
 */
function checkSameStage(key, certificate, names) {
    if (key && certificate && !keyMatchesCertificate(key.keyObject, certificate)) {
        throw new InputError(`private-key does not belong to certificate (fingerprint ${certificate.fingerprint}): pass secrets.${names.key} and vars.${names.certificate} of the same stage`);
    }
}
/** Parses a certificate held in a variable; a broken value is reported, not trusted. */
function certificateFromVariable(value, name) {
    if (value === undefined || value.trim() === '')
        return undefined;
    // The reader undoes copying damage itself, as it does for the inputs.
    return parseCertificate(value, `variable ${name}`);
}

;// CONCATENATED MODULE: ./src/rotation/zero-touch.ts




/** What uploading through NetSuite's certificate endpoint reads. */
const ZERO_TOUCH_FIELDS = [
    ...CREDENTIAL_FIELDS,
    'privateKey',
    'certificateId',
    'upload',
    'certificatesUrl',
    'roleId',
    'entityId'
];

/** A freshly uploaded certificate can take a moment before the token endpoint knows it. */
const PROPAGATION_ATTEMPTS = 5;
const PROPAGATION_DELAY_MS = 2000;
const PERMISSION = 'Manage own OAuth 2.0 Client Credentials certificates';
/** The current credentials, when the inputs hold them. */
function currentCredentials(inputs) {
    return inputs.privateKey && inputs.certificateId
        ? { key: inputs.privateKey, certificateId: inputs.certificateId }
        : undefined;
}
/**
 * The upload settings when uploads go through the API (given credentials that
 * work): `upload: api`, or `auto` with everything the endpoint needs.
 */
function apiUpload(inputs) {
    if (inputs.upload === 'issue')
        return undefined;
    const { clientId, certificatesUrl: url, roleId, entityId } = inputs;
    // With upload: api, checkUploadNeeds has made sure all of them are there.
    if (clientId !== undefined && url !== undefined && roleId !== undefined && entityId !== undefined)
        return { url, roleId, entityId };
    return undefined;
}
/**
 * `upload: api` signs in with the current credentials and uploads for the role
 * and entity the certificate is mapped to: every command that may start a
 * rotation checks for them before it starts.
 */
function checkUploadNeeds(inputs, need) {
    if (inputs.upload !== 'api')
        return;
    for (const field of ['clientId', 'privateKey', 'certificateId', 'roleId', 'entityId'])
        need(field);
}
/** A token from the current credentials, with the scope the certificate endpoint needs. */
async function endpointFor(ctx, url, via) {
    const token = await ctx.netsuite.prove(credentials(ctx, via.key, via.certificateId), [
        'rest_webservices'
    ]);
    return ctx.netsuite.certificates(url, token.accessToken);
}
function refusedForPermission(error) {
    return error instanceof NetSuiteError && (error.status === 401 || error.status === 403);
}
/**
 * Uploads the pending certificate, or finds the ID of the one this rotation
 * already uploaded (a rerun after a failure later on must not upload twice).
 */
async function uploadPending(ctx, store, pending, upload) {
    const { via, api } = upload;
    const { inputs } = ctx;
    const record = store.record;
    const uploaded = record.uploads[pending.certificate.fingerprint];
    if (uploaded !== undefined) {
        ctx.log.info(`This certificate was already uploaded as ${uploaded}; not uploading again.`);
        return { kind: 'uploaded', certificateId: uploaded };
    }
    const fallbackOrThrow = (note, error) => {
        if (inputs.upload === 'api')
            throw error instanceof Error ? error : new Error(note);
        ctx.log.warning(`Uploading through NetSuite's certificate endpoint was not possible: ${note} Falling back to the issue.`);
        return { kind: 'fallback', note };
    };
    let endpoint;
    try {
        endpoint = await endpointFor(ctx, api.url, via);
    }
    catch (error) {
        return fallbackOrThrow(`the current credentials could not get a token with the rest_webservices scope (${error instanceof NetSuiteError ? error.code : 'network'}); enable REST Web Services on the integration record.`, error);
    }
    try {
        // Never suggest revoking the current certificate, or the previous one still in its grace period.
        const promotion = record.promotion;
        const inUse = [
            inputs.certificateId,
            via.certificateId,
            promotion?.previousRevokedAt ? undefined : promotion?.previousCertificateId
        ];
        const placed = await placeCertificate(endpoint, pending.certificate, api, inUse);
        // In dry-run the record of writes has said what it would upload.
        if (!placed.written)
            return { kind: 'would-upload' };
        const certificateId = placed.value;
        // Recorded at once: a rerun after a later failure finds it and never uploads twice.
        await store.save(next => ({
            ...next,
            uploads: { ...next.uploads, [pending.certificate.fingerprint]: certificateId }
        }));
        ctx.log.info(`Uploaded the new certificate to NetSuite as ${certificateId}.`);
        return { kind: 'uploaded', certificateId };
    }
    catch (error) {
        if (error instanceof CapReached)
            return fallbackOrThrow(error.message);
        if (refusedForPermission(error)) {
            return fallbackOrThrow(`the role may not manage certificates; give it the permission "${PERMISSION}" to make rotations automatic.`, error);
        }
        throw error;
    }
}
/** NetSuite's 5 active certificates per integration record are in use. */
class CapReached extends (/* unused pure expression or super */ null && (Error)) {
    name = 'CapReached';
}
/**
 * Uploads a certificate for the configured role and entity and returns the ID
 * NetSuite gave it (nothing in dry-run), refusing first when the integration is at its cap.
 */
async function placeCertificate(endpoint, certificate, api, inUse = []) {
    const existing = await endpoint.list();
    // An earlier run may have uploaded it and stopped before its record said so: the same
    // validity to the second is this certificate (never uploaded twice, never left behind).
    const earlier = existing.find(listed => listed.active && !inUse.includes(listed.id) && sameValidity(listed, certificate));
    if (earlier)
        return { written: true, value: earlier.id };
    const pem = certificate.pem;
    const active = existing.filter(listed => listed.active);
    if (active.length >= MAX_ACTIVE_CERTIFICATES) {
        const candidates = active
            .filter(certificate => !inUse.includes(certificate.id))
            .sort((a, b) => (a.validUntil?.getTime() ?? 0) - (b.validUntil?.getTime() ?? 0));
        const suggestion = candidates[0]
            ? `Revoke one that is no longer used, e.g. the oldest not in use here, ${candidates[0].id},`
            : 'All of them are in use here; revoke one you know is unused';
        throw new CapReached(`the integration record already has ${active.length} active certificates (NetSuite allows ${MAX_ACTIVE_CERTIFICATES}): ${active.map(c => c.id).join(', ')}. ${suggestion} in ${M2M_SETUP_PAGE}; never the current one.`);
    }
    const before = new Set(existing.map(certificate => certificate.id));
    const upload = await endpoint.upload(pem, api.roleId, api.entityId);
    if (!upload.written)
        return upload;
    if (upload.value !== undefined)
        return { written: true, value: upload.value };
    // The answer named no ID: the one new entry in the list is ours.
    const added = (await endpoint.list()).filter(certificate => !before.has(certificate.id));
    if (added.length !== 1) {
        throw new NetSuiteError('uploading the certificate', 'unexpected_response', 200, `the upload answer named no certificate ID and the list shows ${added.length} new entries`);
    }
    return { written: true, value: added[0].id };
}
function sameValidity(listed, certificate) {
    const near = (a, b) => a !== undefined && Math.abs(a.getTime() - b.getTime()) < 1000;
    return (near(listed.validUntil, certificate.notAfter) && near(listed.validFrom, certificate.notBefore));
}
/** Proves the uploaded certificate, allowing NetSuite a few seconds to learn it. */
async function proveUploaded(ctx, key, certificateId) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.netsuite.prove(credentials(ctx, key, certificateId));
        }
        catch (error) {
            const unknownYet = error instanceof NetSuiteError && error.code === 'invalid_client';
            if (!unknownYet || attempt >= PROPAGATION_ATTEMPTS)
                throw error;
            await new Promise(resolve => setTimeout(resolve, PROPAGATION_DELAY_MS));
        }
    }
}

// EXTERNAL MODULE: ./src/core/outside-text.ts
var outside_text = __webpack_require__(354);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(334);
;// CONCATENATED MODULE: ./src/doctor/report.ts



const MARK = { ok: '✅ ok', warning: '⚠️ warning', failure: '❌ failure' };
function isHealthy(report) {
    return !report.findings.some(finding => finding.level === 'failure');
}
function cell(text) {
    return (0,outside_text/* oneLine */.TN)(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}
/** NetSuite's text (a role or entity name): one line, cut, and code, so it stays data. */
function outside(text) {
    return text === undefined || text === '' ? '' : (0,outside_text/* inlineCode */.ti)((0,outside_text/* clip */.$Q)(text, 80)).replace(/\|/g, '\\|');
}
/** The findings and the certificate list as Markdown tables. */
function renderReport(report, now) {
    const lines = ['| | check | finding | fix |', '|---|---|---|---|'];
    for (const finding of report.findings) {
        lines.push(`| ${MARK[finding.level]} | ${cell(finding.check)} | ${cell(finding.detail)} | ${cell(finding.fix ?? '')} |`);
    }
    lines.push('');
    if (report.certificates) {
        lines.push(`**NetSuite's certificates for this integration** (${activeCount(report.certificates)} of ${ACTIVE_LIMIT} active):`, '', '| certificate ID | stage | status | valid from | valid until | days left | role | entity |', '|---|---|---|---|---|---|---|---|');
        for (const row of report.certificates) {
            const until = row.validUntil;
            lines.push(`| \`${row.id}\` | ${row.stage} | ${row.status} | ${row.validFrom ? (0,time/* formatDate */.Yq)(row.validFrom) : ''} | ${until ? (0,time/* formatDate */.Yq)(until) : ''} | ${until ? (0,time/* daysUntil */.AQ)(until, now) : ''} | ${outside(row.role)} | ${outside(row.entity)} |`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
/** NetSuite 2026.1: at most five active certificates per integration record (revoked ones do not count). */
/** NetSuite's limit of active certificates per integration record. */
const ACTIVE_LIMIT = certificates_MAX_ACTIVE_CERTIFICATES;
function activeCount(rows) {
    return rows.filter(row => row.status === 'active').length;
}
/** The report as data: what `netsuite-m2m doctor --json` prints. */
function toJson(report) {
    return {
        healthy: isHealthy(report),
        findings: report.findings,
        ...(report.certificates
            ? {
                activeCertificates: activeCount(report.certificates),
                activeLimit: ACTIVE_LIMIT,
                certificates: report.certificates.map(row => ({
                    ...row,
                    validFrom: row.validFrom?.toISOString(),
                    validUntil: row.validUntil?.toISOString()
                }))
            }
            : {})
    };
}
/** One line per failure, for the step's `::error::`. */
function failureSummary(report) {
    const failures = report.findings.filter(finding => finding.level === 'failure');
    if (failures.length === 0)
        return undefined;
    const each = failures.map(f => `${f.check}: ${f.detail}${f.fix ? ` Fix: ${f.fix}` : ''}`);
    return `doctor found ${failures.length} problem${failures.length === 1 ? '' : 's'} (nothing was written): ${each.join(' | ')}`;
}

// EXTERNAL MODULE: ./src/core/netsuite-pages.ts
var netsuite_pages = __webpack_require__(543);
;// CONCATENATED MODULE: ./src/doctor/certificate-list.ts
/**
 * NetSuite's certificate list judged against what this action knows: every certificate
 * of the integration with its stage (matched by certificate ID, and by fingerprint through
 * the uploads the rotation record remembers), the active ones counted against NetSuite's
 * limit, and an active certificate nobody here knows named by ID.
 */



/** The stage of the certificate NetSuite lists under this ID. */
function stageOf(id, known) {
    const byId = known.stages.find(stage => stage.certificateId === id);
    if (byId)
        return byId.stage;
    if (known.retired.includes(id))
        return 'retired';
    const fingerprint = Object.keys(known.uploads).find(fp => known.uploads[fp] === id);
    if (fingerprint === undefined)
        return 'unknown';
    const byFingerprint = known.stages.find(stage => stage.fingerprint === fingerprint);
    return byFingerprint?.stage ?? 'earlier';
}
function named(id, name) {
    if (id === undefined)
        return name;
    return name ? `${id} (${name})` : id;
}
function certificateRows(list, known) {
    return list.map(certificate => ({
        id: certificate.id,
        stage: stageOf(certificate.id, known),
        status: certificate.active ? 'active' : certificate.revoked ? 'revoked' : 'expired',
        validFrom: certificate.validFrom,
        validUntil: certificate.validUntil,
        role: named(certificate.role, certificate.roleName),
        entity: named(certificate.entity, certificate.entityName)
    }));
}
const REVOKE_WHERE = `revoke certificates nobody uses in ${netsuite_pages/* M2M_SETUP_PAGE */.V} (never the current one)`;
/** What doctor says of an active certificate outside the stages, by what the record knows of it. */
const NOBODY_HOLDS = {
    retired: {
        detail: 'active, but its key left service (the rotation record lists it as due for revocation): the next run with working credentials revokes it',
        fix: 'run check with the current credentials, or revoke it by hand'
    },
    unknown: {
        detail: 'active, but unknown to this action (not the current, previous or pending certificate, nor one it uploaded): it counts against the limit and its key is outside this rotation',
        fix: 'find out who uses it; if nobody does, revoke it'
    }
};
/** The count against the limit, and every active certificate this action does not know. */
function listFindings(rows, mapping) {
    const active = activeCount(rows);
    const findings = [];
    const near = nearLimitWarning(active);
    findings.push({
        check: 'active certificates',
        level: active >= ACTIVE_LIMIT ? 'failure' : near ? 'warning' : 'ok',
        detail: near ?? `${active} of ${ACTIVE_LIMIT} active (NetSuite's limit per integration record)`,
        ...(near ? { fix: REVOKE_WHERE } : {})
    });
    for (const row of rows.filter(r => r.status === 'active' && r.stage in NOBODY_HOLDS)) {
        const { detail, fix } = NOBODY_HOLDS[row.stage];
        findings.push({
            check: `certificate ${row.id}`,
            level: 'warning',
            detail,
            fix: `${fix} (in ${netsuite_pages/* M2M_SETUP_PAGE */.V}, never the current one)`
        });
    }
    const current = rows.find(row => row.stage === 'current');
    const configured = mappingOf(mapping);
    const listed = current ? `${current.role?.split(' ')[0]}/${current.entity?.split(' ')[0]}` : '';
    if (current && configured && listed !== configured) {
        findings.push({
            check: 'role and entity',
            level: 'warning',
            detail: `netsuite-role-id/netsuite-entity-id (${configured}) differ from the current certificate's mapping (${listed}): an upload through the API would map the new certificate elsewhere, and its promotion is refused`,
            fix: 'set netsuite-role-id and netsuite-entity-id to the role and entity of the current certificate'
        });
    }
    return findings;
}
function mappingOf(mapping) {
    return mapping.roleId !== undefined && mapping.entityId !== undefined
        ? `${mapping.roleId}/${mapping.entityId}`
        : undefined;
}

;// CONCATENATED MODULE: ./src/doctor/netsuite-pairs.ts
/**
 * The NetSuite half of the doctor, shared by the action and the command line: each pair
 * of key and certificate ID is exchanged for a token (requests for tokens are the only
 * thing sent), NetSuite's certificate list is read with the first pair that works, and a
 * refusal is explained with what the list says. Nothing is uploaded or revoked.
 */






async function examineNetSuite(netsuite, setUp) {
    const findings = [];
    const clientFinding = clientIdFinding(setUp.clientId);
    if (clientFinding)
        findings.push(clientFinding);
    const proofs = new Map();
    for (const pair of setUp.pairs) {
        const proof = await provePair(netsuite, setUp, pair);
        if (proof)
            proofs.set(pair, proof);
    }
    const listed = await readList(netsuite, setUp, proofs, findings);
    for (const pair of setUp.pairs)
        findings.push(judgePair(setUp, pair, proofs.get(pair), listed));
    if (!listed)
        return { findings: scrub(findings, setUp.clientId) };
    const rows = certificateRows(listed, setUp.known);
    findings.push(...listFindings(rows, setUp.mapping));
    return { findings: scrub(findings, setUp.clientId), certificates: rows };
}
/** NetSuite's application IDs are UUIDs; client IDs (consumer keys) are 64 hexadecimal characters. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function clientIdFinding(clientId) {
    if (clientId === undefined || !UUID.test(clientId))
        return undefined;
    return {
        check: 'client-id',
        level: 'failure',
        detail: 'client-id has the shape of an application ID (a UUID), not of a client ID: NetSuite answers such assertions with server_error',
        fix: 'use the Client ID (consumer key) NetSuite showed once when the integration record was saved; if it is lost, Reset Credentials on the record (this breaks every M2M mapping of it) and upload the certificate again'
    };
}
async function provePair(netsuite, setUp, pair) {
    if (!setUp.clientId || !pair.key || !pair.certificateId)
        return undefined;
    try {
        return {
            token: await netsuite.prove({
                clientId: setUp.clientId,
                certificateId: pair.certificateId,
                privateKey: pair.key.keyObject,
                algorithm: setUp.algorithm ?? (0,assertion/* defaultAlgorithmFor */.CD)(pair.key.keyObject)
            })
        };
    }
    catch (error) {
        return { error };
    }
}
/** A token fit for the certificate endpoint (rest_webservices) from the first pair that works. */
async function listToken(netsuite, setUp, proofs) {
    for (const pair of setUp.pairs) {
        const proof = proofs.get(pair);
        if (!proof || !('token' in proof) || !pair.key || !pair.certificateId)
            continue;
        if (setUp.scopes.includes('rest_webservices'))
            return proof.token.accessToken;
        const token = await netsuite.prove({
            clientId: setUp.clientId ?? '',
            certificateId: pair.certificateId,
            privateKey: pair.key.keyObject,
            algorithm: setUp.algorithm ?? (0,assertion/* defaultAlgorithmFor */.CD)(pair.key.keyObject)
        }, ['rest_webservices']);
        return token.accessToken;
    }
    return undefined;
}
/** The certificate list, or undefined with a finding saying why it could not be read. */
async function readList(netsuite, setUp, proofs, findings) {
    if (!setUp.certificatesUrl || !setUp.clientId)
        return undefined;
    const level = setUp.listRequired ? 'failure' : 'warning';
    const why = setUp.listRequired
        ? 'uploads go through the API (upload: api/auto with role and entity), so rotations need it'
        : 'rotations ask an admin by issue, so only this overview is missing';
    try {
        const token = await listToken(netsuite, setUp, proofs);
        if (token === undefined) {
            findings.push({
                check: 'certificate list',
                level,
                detail: `not read: no pair of credentials got a token; ${why}`,
                fix: 'make the current pair work first (see above)'
            });
            return undefined;
        }
        const list = await netsuite.certificates(setUp.certificatesUrl, token).list();
        findings.push({
            check: 'certificate permission',
            level: 'ok',
            detail: `the role may list the integration's certificates ("${PERMISSION}")`
        });
        return list;
    }
    catch (error) {
        findings.push(listRefusal(error, level, why));
        return undefined;
    }
}
/** NetSuite's REST refusals of a role: 401/403, INSUFFICIENT_PERMISSION, or USER_ERROR naming the permission. */
function refusedForRole(error) {
    if (!(error instanceof errors/* NetSuiteError */.oG) || error.operation === 'token exchange')
        return false;
    return (error.status === 401 ||
        error.status === 403 ||
        error.code === 'INSUFFICIENT_PERMISSION' ||
        (error.code === 'USER_ERROR' && /permission/i.test(error.description ?? '')));
}
function listRefusal(error, level, why) {
    if (refusedForRole(error)) {
        return {
            check: 'certificate permission',
            level,
            detail: `NetSuite refused the certificate list (${error.code}, HTTP ${error.status}): the role lacks "${PERMISSION}" or the token lacks rest_webservices; ${why}`,
            fix: `give the role of the current certificate the permission "${PERMISSION}" (Setup > Users/Roles > Manage Roles > Permissions > Setup), and enable REST Web Services on the integration record`
        };
    }
    return {
        check: 'certificate list',
        level,
        detail: `not read: ${(0,core_errors/* describeError */.Uc)(error)}`,
        fix: 'check certificates-url, or rerun if NetSuite was unavailable'
    };
}
function judgePair(setUp, pair, proof, listed) {
    const check = `${pair.stage} pair`;
    const { key, certificate, certificateId } = pair;
    if (key && certificate && !(0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, certificate)) {
        return {
            check,
            level: pair.stage === 'current' ? 'failure' : 'warning',
            detail: `the ${pair.stage} private key does not belong to the ${pair.stage} certificate (${certificate.fingerprint.slice(0, 23)}…)`,
            fix: `store the key and certificate of one stage together (the secret and the variable were written by different runs or by hand)`
        };
    }
    if (!proof)
        return unproven(setUp, pair);
    if ('token' in proof) {
        return {
            check,
            level: 'ok',
            detail: `NetSuite issued a token for certificate ${certificateId} (${proof.token.tokenType}, ${proof.token.expiresIn} s)`
        };
    }
    const why = explainRefusal(proof.error, certificateId ?? '', listed);
    if (pair.stage === 'previous' && why.revoked) {
        return {
            check,
            level: 'ok',
            detail: `certificate ${certificateId} is revoked in NetSuite, as planned after a promotion: a rollback is no longer possible`
        };
    }
    return {
        check,
        level: pair.stage === 'current' ? 'failure' : 'warning',
        detail: `NetSuite refused certificate ${certificateId}: ${why.detail}`,
        fix: why.fix
    };
}
/** A pair that was not exchanged: a part of it is missing. */
function unproven(setUp, pair) {
    const check = `${pair.stage} pair`;
    if (pair.stage === 'pending' && pair.certificateId === undefined) {
        return {
            check,
            level: 'ok',
            detail: 'a rotation is pending: its certificate waits to be uploaded in NetSuite and its ID given (`/certificate-id <ID>` on the rotation issue)'
        };
    }
    const parts = ['clientId', 'privateKey', 'certificateId'].filter(part => part === 'clientId' ? !setUp.clientId : part === 'privateKey' ? !pair.key : !pair.certificateId);
    if (pair.stage === 'current') {
        return {
            check,
            level: 'failure',
            detail: `not checked: ${parts.map(partName).join(', ')} missing, so no real run could prove it`,
            fix: parts.map(setUp.supply).join('; ')
        };
    }
    return {
        check,
        level: 'warning',
        detail: `incomplete: ${parts.map(partName).join(', ')} missing, so it was not exchanged`,
        fix: pair.stage === 'previous'
            ? 'pass previous-private-key (secrets.<secret-name>_PREVIOUS); the ID comes from the variable <certificate-id-variable>_PREVIOUS'
            : 'finish or restart the pending rotation'
    };
}
function partName(part) {
    return part === 'clientId'
        ? 'client-id'
        : part === 'privateKey'
            ? 'the private key'
            : 'the certificate ID';
}
/** Why NetSuite refused a pair, told from its answer and, when read, its certificate list. */
function explainRefusal(error, id, listed) {
    if (!(error instanceof errors/* NetSuiteError */.oG)) {
        return { detail: (0,core_errors/* describeError */.Uc)(error), fix: 'check token-url and the network, then rerun' };
    }
    const answered = `${error.code}${error.status === undefined ? '' : ` (HTTP ${error.status})`}`;
    if (error.code !== 'invalid_client' || !listed)
        return { detail: answered, fix: error.hint };
    const entry = listed.find(certificate => certificate.id === id);
    if (!entry) {
        return {
            detail: `${answered}; NetSuite does not list this certificate ID for the integration`,
            fix: 'compare certificate-id with the M2M setup page; after a sandbox refresh (which removes every mapping) run check, which registers the certificate again'
        };
    }
    if (entry.revoked) {
        return {
            revoked: true,
            detail: `${answered}; NetSuite lists it as revoked`,
            fix: 'rotate to a new key (rotate with emergency: true when the key may have leaked); never upload this certificate again'
        };
    }
    if (!entry.active) {
        return { detail: `${answered}; NetSuite lists it as expired`, fix: 'run the rotation workflow' };
    }
    return {
        detail: `${answered}; NetSuite lists it as active, so the private key does not belong to it, or its role or entity is disabled`,
        fix: 'pass the key made with this certificate, and check the role and entity in the Login Audit Trail'
    };
}
/** The client ID never leaves the run, even inside NetSuite's words. */
function scrub(findings, clientId) {
    if (!clientId)
        return findings;
    const clean = (text) => text.split(clientId).join('[client-id]');
    return findings.map(f => ({
        ...f,
        detail: clean(f.detail),
        ...(f.fix === undefined ? {} : { fix: clean(f.fix) })
    }));
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(593);
// EXTERNAL MODULE: ./src/cli/token.ts
var token = __webpack_require__(335);
;// CONCATENATED MODULE: ./src/cli/doctor.ts
/**
 * `netsuite-m2m doctor`: the NetSuite half of the action's doctor, from a terminal. Proves
 * the pair with a token, reads the integration's certificate list, and prints the same
 * table the action puts in its job summary (`--json`: the same as data). Nothing is
 * uploaded or revoked; the client ID is never printed.
 */








const DOCTOR_HELP = `Usage: netsuite-m2m doctor --account-id A --client-id C --certificate-id K --private-key FILE [flags]

Checks an M2M set-up in NetSuite and changes nothing: exchanges the pair for a
token, reads the integration's certificate list (every certificate with its
validity, role and entity, the active ones counted against NetSuite's limit of
5), and prints each finding as ok, warning or failure with its fix. Exits 1
when it finds a failure.

Flags: those of \`netsuite-m2m token\` (below), and
  --certificates-url URL   NetSuite's certificate endpoint (default
                           https://<account>.restlets.api.netsuite.com/services/rest/auth/oauth2/v1/clients/<client-id>/certificates);
                           given, a list that cannot be read is a failure, not a warning
  --json                   print the findings and certificates as JSON

${(token.TOKEN_HELP.split('\n\nFlags:\n')[1] ?? '').replace(/ {2}--print-token[^\n]*\n/, '')}`;
const QUIET = {
    info: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    debug: () => undefined,
    setSecret: () => undefined
};
async function runDoctor(args, io) {
    const flags = (0,cli_args/* parseFlags */.bQ)('doctor', args, {
        ...token.TOKEN_FLAGS,
        'certificates-url': { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(DOCTOR_HELP);
        return 0;
    }
    const request = (0,token.readTokenFlags)('doctor', flags, io);
    const given = (0,cli_args/* optionalString */.sx)(flags, 'certificates-url');
    const certificatesUrl = given !== undefined
        ? (0,endpoint/* checkEndpoint */.q9)(given, {
            name: '--certificates-url',
            allowCustomHost: flags['allow-custom-endpoints'] === true,
            allowCustomHostWith: '--allow-custom-endpoints'
        })
        : request.account && (0,account/* certificatesUrlFor */.PZ)(request.account, request.clientId);
    // The doctor changes nothing: its one record of writes is a dry-run's, so a write that ever
    // slipped into its checks would be reported, never made.
    const writes = new Writes(true, QUIET);
    const report = await examineNetSuite(new NetSuiteGateway(request.tokenUrl, request.scopes, QUIET, writes), {
        clientId: request.clientId,
        algorithm: request.algorithm,
        scopes: request.scopes,
        pairs: [{ stage: 'current', key: request.privateKey, certificateId: request.certificateId }],
        certificatesUrl: certificatesUrl || undefined,
        listRequired: given !== undefined,
        known: {
            stages: [{ stage: 'current', certificateId: request.certificateId }],
            uploads: {},
            retired: []
        },
        mapping: {},
        // The flags are required, so a part is never missing here.
        supply: part => `pass --${part === 'clientId' ? 'client-id' : part === 'privateKey' ? 'private-key' : 'certificate-id'}`
    });
    if (flags.json === true)
        io.out(JSON.stringify(toJson(report), null, 2));
    else {
        const healthy = isHealthy(report);
        io.out(`netsuite-m2m doctor: ${healthy ? 'healthy' : 'unhealthy'}${request.account ? ` (account ${request.account})` : ''}\n`);
        io.out(renderReport(report, new Date()));
    }
    return isHealthy(report) ? 0 : 1;
}


/***/ })

};
