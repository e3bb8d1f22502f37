export const id = 333;
export const ids = [333];
export const modules = {

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cZ: () => (/* binding */ CREDENTIAL_FIELDS),
/* harmony export */   jJ: () => (/* binding */ checkSameStage),
/* harmony export */   kj: () => (/* binding */ certificateFromVariable),
/* harmony export */   nQ: () => (/* binding */ privateKeyPem),
/* harmony export */   z3: () => (/* binding */ credentials)
/* harmony export */ });
/* harmony import */ var _core_assertion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6125);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3795);



/** What signing an assertion reads besides the key: the client ID and the algorithm. */
const CREDENTIAL_FIELDS = ['clientId', 'algorithm'];
function privateKeyPem(key) {
    return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
}
function credentials(ctx, key, certificateId) {
    return {
        clientId: ctx.inputs.clientId ?? '',
        certificateId,
        privateKey: key.keyObject,
        algorithm: ctx.inputs.algorithm ?? (0,_core_assertion_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultAlgorithmFor */ .CD)(key.keyObject)
    };
}
/**
 * The key and certificate a step is given must be one stage's. Checked only
 * where the two must match: during a half-done promotion the key secret may
 * already hold the new key while the certificate variable does not.
 */
function checkSameStage(key, certificate, names) {
    if (key && certificate && !(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`private-key does not belong to certificate (fingerprint ${certificate.fingerprint}): pass secrets.${names.key} and vars.${names.certificate} of the same stage`);
    }
}
/** Parses a certificate held in a variable; a broken value is reported, not trusted. */
function certificateFromVariable(value, name) {
    if (value === undefined || value.trim() === '')
        return undefined;
    // The reader undoes copying damage itself, as it does for the inputs.
    return (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(value, `variable ${name}`);
}


/***/ }),

/***/ 6325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ RecordStore)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9701);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5568);


/** The variables of each stage: its certificate, and its ID where it has one. */
function stageVariables(names, stage) {
    if (stage === 'current')
        return [names.certificate, names.certificateId];
    if (stage === 'pending')
        return [names.certificatePending, undefined];
    return [names.certificatePrevious, names.certificateIdPrevious];
}
class RecordStore {
    github;
    variable;
    variables;
    current;
    constructor(github, variable, variables, current) {
        this.github = github;
        this.variable = variable;
        this.variables = variables;
        this.current = current;
    }
    /** Reads every variable once and the record among them; a damaged record stops here. */
    static async open(github, variable) {
        const variables = await github.listVariables();
        return new RecordStore(github, variable, variables, (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(variables.get(variable), variable));
    }
    get record() {
        return this.current;
    }
    /**
     * What a stage holds. Its variables are the truth once this run has read them: the values
     * a step is given were read when its job started (another run may have changed the stage
     * since) or typed in by hand. What the step was given counts only where the variables hold
     * nothing, as in a dry-run without admin-token, which cannot read them.
     */
    held(names, stage, given = {}) {
        const [certificateVariable, idVariable] = stageVariables(names, stage);
        const id = idVariable === undefined ? undefined : this.variables.get(idVariable);
        return {
            certificate: (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(this.variables.get(certificateVariable), certificateVariable) ??
                given.certificate,
            certificateId: id !== undefined && id !== '' ? id : given.certificateId
        };
    }
    /** Writes a stage variable and keeps the run's view of the variables in step. */
    async setVariable(name, value) {
        await this.github.setVariable(name, value, this.variables.has(name));
        this.variables.set(name, value);
    }
    async deleteVariable(name) {
        await this.github.deleteVariable(name);
        this.variables.delete(name);
    }
    /** Stage secrets cannot be read back; they are written through here all the same. */
    async putSecret(name, value) {
        await this.github.putSecret(name, value);
    }
    async deleteSecret(name) {
        await this.github.deleteSecret(name);
    }
    /** Writes the changed record; nothing is written when nothing changed. */
    async save(change) {
        const next = change(structuredClone(this.current));
        const value = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .serialiseRecord */ .pU)(next);
        if (this.variables.has(this.variable) && this.variables.get(this.variable) === value)
            return;
        await this.github.setVariable(this.variable, value, this.variables.has(this.variable));
        this.variables.set(this.variable, value);
        this.current = next;
    }
}


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ emptyRecord),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   XL: () => (/* binding */ withRestartRun),
/* harmony export */   mj: () => (/* binding */ withRollbackRun),
/* harmony export */   pU: () => (/* binding */ serialiseRecord)
/* harmony export */ });
/* unused harmony export RECORD_VERSION */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The rotation record: the one place the action keeps a rotation's state, as
 * versioned JSON in the variable `<certificate-id-variable>_STATE`. Only
 * admin-token can write a variable, so only people with write access to the
 * repository's settings can change it; issues, labels and comments (which
 * outsiders and triagers can change) are only views of it.
 *
 * The record is validated on read: a value this release cannot read stops the
 * run with a message naming the variable and the fix, never silently ignored.
 * The unversioned bookkeeping of earlier releases is migrated on read.
 */

const RECORD_VERSION = 1;
/** How many finished rollback runs are remembered, so a rerun of one is recognised. */
const ROLLBACK_RUNS_KEPT = 20;
function emptyRecord() {
    return {
        version: RECORD_VERSION,
        uploads: {},
        rollbackRuns: [],
        notifications: {},
        targets: {},
        retired: [],
        restartRuns: []
    };
}
/** Keys only the versioned record has: a value holding one of them but no `version` was
 * edited by hand, not written by an earlier release. */
const VERSIONED_KEYS = [
    'rotation',
    'uploads',
    'promotion',
    'rollback',
    'rollbackRuns',
    'notifications',
    'targets',
    'retired',
    'restartRuns'
];
class Shape {
    problems;
    path;
    constructor(problems, path) {
        this.problems = problems;
        this.path = path;
    }
    fail(field, expected) {
        this.problems.push(`${this.path}${field} must be ${expected}`);
        return undefined;
    }
    string(value, field, optional = false) {
        if (value === undefined && optional)
            return undefined;
        return typeof value === 'string' ? value : this.fail(field, 'a string');
    }
    number(value, field, optional = false) {
        if (value === undefined && optional)
            return undefined;
        return typeof value === 'number' && Number.isInteger(value) && value > 0
            ? value
            : this.fail(field, 'a positive whole number');
    }
    boolean(value, field) {
        if (value === undefined)
            return false;
        return typeof value === 'boolean' ? value : (this.fail(field, 'true or false') ?? false);
    }
    object(value, field) {
        if (value === undefined)
            return undefined;
        return isObject(value) ? value : this.fail(field, 'an object');
    }
    strings(value, field) {
        const object = this.object(value, field) ?? {};
        const out = {};
        for (const [key, entry] of Object.entries(object)) {
            const text = this.string(entry, `${field}.${key}`);
            if (text !== undefined)
                out[key] = text;
        }
        return out;
    }
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function stage(shape, value, field) {
    if (!isObject(value)) {
        return shape.fail(field, 'an object');
    }
    const fingerprint = shape.string(value.fingerprint, `${field}.fingerprint`);
    const certificateId = shape.string(value.certificateId, `${field}.certificateId`);
    const pem = shape.string(value.pem, `${field}.pem`);
    return fingerprint !== undefined && certificateId !== undefined && pem !== undefined
        ? { fingerprint, certificateId, pem }
        : undefined;
}
/** The record as read, section by section; every field that breaks the schema is a problem. */
function validate(raw, problems) {
    const shape = new Shape(problems, '');
    const record = emptyRecord();
    const rotation = shape.object(raw.rotation, 'rotation');
    if (rotation)
        record.rotation = openRotation(rotation, problems);
    record.uploads = shape.strings(raw.uploads, 'uploads');
    const promotion = shape.object(raw.promotion, 'promotion');
    if (promotion)
        record.promotion = lastPromotion(promotion, problems);
    const rollback = shape.object(raw.rollback, 'rollback');
    if (rollback) {
        const inFlight = rollbackInFlight(shape, rollback);
        if (inFlight)
            record.rollback = inFlight;
    }
    if (raw.rollbackRuns !== undefined)
        record.rollbackRuns = finishedRollbacks(raw.rollbackRuns, problems);
    record.notifications = shape.strings(raw.notifications, 'notifications');
    record.retired = retiredList(raw.retired, problems);
    record.restartRuns = runIds(raw.restartRuns, problems);
    record.targets = targetsReceived(shape.object(raw.targets, 'targets') ?? {}, problems);
    return record;
}
function openRotation(rotation, problems) {
    const at = new Shape(problems, 'rotation.');
    const sent = Array.isArray(rotation.remindersSent) ? rotation.remindersSent : [];
    return {
        fingerprint: at.string(rotation.fingerprint, 'fingerprint') ?? '',
        issue: at.number(rotation.issue, 'issue', true),
        openedBy: at.string(rotation.openedBy, 'openedBy', true),
        reason: at.string(rotation.reason, 'reason', true) ?? '',
        reregister: at.boolean(rotation.reregister, 'reregister'),
        emergency: at.boolean(rotation.emergency, 'emergency'),
        remindersSent: sent.filter((n) => typeof n === 'number'),
        startedAt: at.string(rotation.startedAt, 'startedAt', true) ?? '',
        repliedIds: Array.isArray(rotation.repliedIds)
            ? rotation.repliedIds.filter((id) => typeof id === 'string')
            : undefined
    };
}
function lastPromotion(promotion, problems) {
    const at = new Shape(problems, 'promotion.');
    return {
        at: at.string(promotion.at, 'at') ?? '',
        certificateId: at.string(promotion.certificateId, 'certificateId', true),
        fingerprint: at.string(promotion.fingerprint, 'fingerprint', true),
        previousCertificateId: at.string(promotion.previousCertificateId, 'previousCertificateId', true),
        previousRevokedAt: at.string(promotion.previousRevokedAt, 'previousRevokedAt', true),
        issue: at.number(promotion.issue, 'issue', true),
        openedBy: at.string(promotion.openedBy, 'openedBy', true)
    };
}
function rollbackInFlight(shape, rollback) {
    const runId = shape.string(rollback.runId, 'rollback.runId');
    const from = stage(shape, rollback.from, 'rollback.from');
    const to = stage(shape, rollback.to, 'rollback.to');
    return runId !== undefined && from && to ? { runId, from, to } : undefined;
}
function finishedRollbacks(value, problems) {
    const runs = Array.isArray(value) ? value : [];
    const valid = runs.filter((run) => isObject(run) && typeof run.runId === 'string' && typeof run.fingerprint === 'string');
    if (!Array.isArray(value) || valid.length !== runs.length)
        problems.push('rollbackRuns must be a list of {runId, fingerprint}');
    return valid.map(run => ({ runId: run.runId, fingerprint: run.fingerprint }));
}
function targetsReceived(targets, problems) {
    const out = {};
    for (const [target, value] of Object.entries(targets)) {
        const at = new Shape(problems, `targets.${target}.`);
        const entry = at.object(value, '') ?? {};
        const fingerprint = at.string(entry.fingerprint, 'fingerprint');
        const certificateId = at.string(entry.certificateId, 'certificateId');
        const when = at.string(entry.at, 'at');
        if (fingerprint !== undefined && certificateId !== undefined && when !== undefined)
            out[target] = { fingerprint, certificateId, at: when };
    }
    return out;
}
function retiredList(value, problems) {
    if (value === undefined)
        return [];
    const list = Array.isArray(value) ? value : [];
    const out = [];
    for (const [index, entry] of list.entries()) {
        const at = new Shape(problems, `retired[${index}].`);
        const item = at.object(entry, '') ?? {};
        const certificateId = at.string(item.certificateId, 'certificateId');
        const what = at.string(item.what, 'what');
        const reason = at.string(item.reason, 'reason');
        const dueAt = at.string(item.dueAt, 'dueAt');
        const revokedAt = at.string(item.revokedAt, 'revokedAt', true);
        if (certificateId && what && reason !== undefined && dueAt)
            out.push({ certificateId, what, reason, dueAt, ...(revokedAt ? { revokedAt } : {}) });
    }
    if (!Array.isArray(value))
        problems.push('retired must be a list');
    return out;
}
function runIds(value, problems) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some(id => typeof id !== 'string')) {
        problems.push('restartRuns must be a list of run IDs');
        return [];
    }
    return value;
}
/** The bookkeeping of releases before the record had a version. */
function migrate(raw) {
    const record = emptyRecord();
    const text = (value) => typeof value === 'string' ? value : undefined;
    const promotedAt = text(raw.promotedAt);
    if (promotedAt) {
        record.promotion = {
            at: promotedAt,
            previousCertificateId: text(raw.previousCertificateId),
            previousRevokedAt: text(raw.revokedAt)
        };
    }
    const upload = isObject(raw.pendingUpload) ? raw.pendingUpload : undefined;
    const fingerprint = text(upload?.fingerprint);
    const certificateId = text(upload?.certificateId);
    if (fingerprint && certificateId)
        record.uploads[fingerprint] = certificateId;
    const runId = text(raw.rollbackRunId);
    const target = isObject(raw.rollbackTarget) ? raw.rollbackTarget : undefined;
    if (runId && target) {
        const split = (value, pem) => {
            const [fp, id] = (text(value) ?? '').split(' ');
            const body = text(pem);
            return fp && id && body ? { fingerprint: fp, certificateId: id, pem: body } : undefined;
        };
        const to = split(target.current, target.currentPem);
        const from = split(target.previous, target.previousPem);
        // Finished or not, its rerun finishes it only while the variables hold one side of it.
        if (to && from)
            record.rollback = { runId, from, to };
    }
    return record;
}
/**
 * Reads the record from the variable's value; an absent or empty variable is an
 * empty record. Throws an error naming the variable and the fix otherwise.
 */
function parseRecord(value, variable) {
    if (value === undefined || value.trim() === '')
        return emptyRecord();
    // GitHub keeps no history of a variable's values: the fix is to correct it or start afresh.
    const fix = `correct it by hand (the README's "The rotation record" describes every field), or delete the variable to start the record afresh (a stored pending rotation is then adopted, and certificates it listed as due for revocation must then be revoked by hand)`;
    let raw;
    try {
        raw = JSON.parse(value);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} is not valid JSON, so the rotation record cannot be read: ${fix}`);
    }
    if (!isObject(raw)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} does not hold a rotation record (a JSON object): ${fix}`);
    }
    if (raw.version === undefined) {
        const edited = VERSIONED_KEYS.filter(key => key in raw);
        if (edited.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} holds a rotation record without "version" (it has ${edited.join(', ')}), so it was edited by hand and cannot be trusted: ${fix}; a record this release writes starts with "version": ${RECORD_VERSION}`);
        }
        return migrate(raw);
    }
    if (raw.version !== RECORD_VERSION) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} holds a rotation record of version ${JSON.stringify(raw.version)}, which this release does not know (it reads version ${RECORD_VERSION}): use the release that wrote it, or ${fix}`);
    }
    const problems = [];
    const record = validate(raw, problems);
    if (problems.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} holds a damaged rotation record (${problems.slice(0, 3).join('; ')}): ${fix}`);
    }
    return record;
}
/** Keys in a fixed order, so an unchanged record serialises to the same text and is not rewritten. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .filter(key => value[key] !== undefined)
        .sort()
        .map(key => [key, canonical(value[key])]));
}
function serialiseRecord(record) {
    return JSON.stringify(canonical(record));
}
/** Remembers a run that restarted a rotation, keeping the newest few. */
function withRestartRun(runs, runId) {
    return [...runs.filter(run => run !== runId), runId].slice(-ROLLBACK_RUNS_KEPT);
}
/** Remembers a finished rollback run, keeping the newest few. */
function withRollbackRun(runs, finished) {
    return [...runs.filter(run => run.runId !== finished.runId), finished].slice(-ROLLBACK_RUNS_KEPT);
}


/***/ }),

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   E4: () => (/* binding */ certificateOutputs),
/* harmony export */   gK: () => (/* binding */ issueOutputs),
/* harmony export */   m0: () => (/* binding */ promotedResult),
/* harmony export */   ru: () => (/* binding */ stageRow)
/* harmony export */ });
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);

function certificateOutputs(certificate, now) {
    return {
        'expires-at': certificate.notAfter.toISOString(),
        'days-remaining': String((0,_core_time_js__WEBPACK_IMPORTED_MODULE_0__/* .daysUntil */ .AQ)(certificate.notAfter, now)),
        fingerprint: certificate.fingerprint,
        certificate: certificate.pem
    };
}
/** The issue-number and issue-url outputs, when there is an issue. */
function issueOutputs(issue) {
    return issue ? { 'issue-number': String(issue.number), 'issue-url': issue.htmlUrl } : {};
}
function emptyResult(status, nextStep) {
    return { status, outputs: {}, stages: [], nextStep };
}
function stageRow(stage, certificate, certificateId, state) {
    return {
        stage,
        certificateId,
        fingerprint: certificate.fingerprint,
        notAfter: certificate.notAfter,
        state
    };
}
/** The result of a proven promotion, by a person's reply or without one. */
function promotedResult(now, p) {
    return {
        status: 'promoted',
        outputs: {
            ...certificateOutputs(p.certificate, now),
            'certificate-id': p.certificateId,
            'access-token': p.accessToken,
            ...issueOutputs(p.issue)
        },
        stages: [
            stageRow('current', p.certificate, p.certificateId, p.state),
            ...(p.previous?.certificate
                ? [stageRow('previous', p.previous.certificate, p.previous.id, p.previous.state)]
                : [])
        ],
        nextStep: p.nextStep,
        madeCurrent: { key: p.key, certificate: p.certificate, certificateId: p.certificateId }
    };
}


/***/ }),

/***/ 2188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ ZERO_TOUCH_FIELDS),
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   NF: () => (/* binding */ checkUploadNeeds),
/* harmony export */   PI: () => (/* binding */ uploadPending),
/* harmony export */   TQ: () => (/* binding */ placeCertificate),
/* harmony export */   eW: () => (/* binding */ currentCredentials),
/* harmony export */   oC: () => (/* binding */ PERMISSION),
/* harmony export */   x0: () => (/* binding */ proveUploaded),
/* harmony export */   yX: () => (/* binding */ apiUpload)
/* harmony export */ });
/* unused harmony export CapReached */
/* harmony import */ var _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2198);
/* harmony import */ var _netsuite_certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6605);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5568);
/* harmony import */ var _core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5543);




/** What uploading through NetSuite's certificate endpoint reads. */
const ZERO_TOUCH_FIELDS = [
    ..._credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .CREDENTIAL_FIELDS */ .cZ,
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
    const token = await ctx.netsuite.prove((0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .credentials */ .z3)(ctx, via.key, via.certificateId), [
        'rest_webservices'
    ]);
    return ctx.netsuite.certificates(url, token.accessToken);
}
function refusedForPermission(error) {
    return error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG && (error.status === 401 || error.status === 403);
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
        return fallbackOrThrow(`the current credentials could not get a token with the rest_webservices scope (${error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG ? error.code : 'network'}); enable REST Web Services on the integration record.`, error);
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
class CapReached extends Error {
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
    if (active.length >= _netsuite_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ACTIVE_CERTIFICATES */ .NO) {
        const candidates = active
            .filter(certificate => !inUse.includes(certificate.id))
            .sort((a, b) => (a.validUntil?.getTime() ?? 0) - (b.validUntil?.getTime() ?? 0));
        const suggestion = candidates[0]
            ? `Revoke one that is no longer used, e.g. the oldest not in use here, ${candidates[0].id},`
            : 'All of them are in use here; revoke one you know is unused';
        throw new CapReached(`the integration record already has ${active.length} active certificates (NetSuite allows ${_netsuite_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ACTIVE_CERTIFICATES */ .NO}): ${active.map(c => c.id).join(', ')}. ${suggestion} in ${_core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .M2M_SETUP_PAGE */ .V}; never the current one.`);
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
        throw new _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG('uploading the certificate', 'unexpected_response', 200, `the upload answer named no certificate ID and the list shows ${added.length} new entries`);
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
            return await ctx.netsuite.prove((0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .credentials */ .z3)(ctx, key, certificateId));
        }
        catch (error) {
            const unknownYet = error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG && error.code === 'invalid_client';
            if (!unknownYet || attempt >= PROPAGATION_ATTEMPTS)
                throw error;
            await new Promise(resolve => setTimeout(resolve, PROPAGATION_DELAY_MS));
        }
    }
}


/***/ })

};
