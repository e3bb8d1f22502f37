export const id = 356;
export const ids = [356];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(852);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3795);
/* harmony import */ var _rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5305);
/* harmony import */ var _rotation_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9701);
/* harmony import */ var _rotation_record_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6325);
/* harmony import */ var _rotation_credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5568);
/* harmony import */ var _rotation_results_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8900);
/**
 * rollback: prove the _PREVIOUS credentials against NetSuite and, only when
 * they still work, swap them with the current ones, so a second rollback
 * undoes the first. The swap is recorded first (with the run ID), so a rerun of
 * the same run finishes the same swap instead of swapping back, and only while
 * the variables still hold one side of it; a rerun of a finished rollback
 * changes nothing.
 */








function stageRef(stage) {
    return {
        fingerprint: stage.certificate.fingerprint,
        certificateId: stage.certificateId,
        pem: stage.certificate.pem
    };
}
const ROLLBACK_FIELDS = [..._rotation_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDENTIAL_FIELDS */ .cZ, 'certificateId'];
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_run_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)({
    needs: ['clientId', 'privateKey', 'previousPrivateKey'],
    uses: ROLLBACK_FIELDS,
    writesSecrets: true,
    run: async (ctx) => {
        const store = await _rotation_record_store_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordStore */ .p.open(await ctx.github(), ctx.inputs.names.state);
        const held = heldStages(ctx, store);
        const record = store.record;
        const inFlight = record.rollback?.runId === ctx.run.runId ? record.rollback : undefined;
        const finished = inFlight
            ? undefined
            : record.rollbackRuns.find(run => ctx.run.runId !== '' && run.runId === ctx.run.runId);
        if (finished)
            return alreadyRolledBack(ctx, held, finished.fingerprint);
        const target = inFlight ? interruptedSwap(ctx, held, inFlight) : newSwap(ctx, held);
        const keys = [ctx.inputs.privateKey, ctx.inputs.previousPrivateKey];
        const newCurrentKey = keyFor(keys, target.current.certificate);
        if (!newCurrentKey) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`previous-private-key does not belong to the previous certificate (${target.current.certificate.fingerprint}): pass secrets.${ctx.inputs.names.keyPrevious}`);
        }
        const now = ctx.now();
        let token;
        try {
            token = await ctx.netsuite.prove((0,_rotation_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .credentials */ .z3)(ctx, newCurrentKey, target.current.certificateId));
        }
        catch (error) {
            return refusedResult(target.current, error, now);
        }
        if (!inFlight)
            await recordSwapStarted(ctx, store, target);
        await writeSwap(ctx, store, target, {
            newCurrentKey,
            newPreviousKey: keyFor(keys, target.previous.certificate)
        });
        await recordSwapFinished(ctx, store, target, now);
        return rolledBackResult(target, { key: newCurrentKey, accessToken: token.accessToken, now });
    }
}));
function heldStages(ctx, store) {
    const n = ctx.inputs.names;
    const current = store.held(n, 'current', { certificateId: ctx.inputs.certificateId });
    const previous = store.held(n, 'previous');
    return {
        current: current.certificate,
        currentId: current.certificateId,
        previous: previous.certificate,
        previousId: previous.certificateId
    };
}
function keyFor(keys, certificate) {
    return keys.find(key => key !== undefined && (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate));
}
/** A rerun of a finished rollback never swaps again: done if its result still stands. */
function alreadyRolledBack(ctx, held, fingerprint) {
    const { current, currentId } = held;
    if (current && current.fingerprint === fingerprint && currentId) {
        ctx.log.info(`This run already rolled back to ${currentId}; nothing to do.`);
        return {
            status: 'rolled-back',
            outputs: { ...(0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateOutputs */ .E4)(current, ctx.now()), 'certificate-id': currentId },
            stages: [],
            nextStep: 'Nothing to do: this rollback was already done.'
        };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`this run (${ctx.run.runId}) already finished its rollback, and the stages have changed since (${ctx.inputs.names.certificate}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(ctx.inputs)} holds another certificate); a rerun does not swap again. Nothing was changed; to roll back now, start a new run of the rollback workflow`);
}
/** Finish the swap this run started, only while the current variable still holds one side of it. */
function interruptedSwap(ctx, held, inFlight) {
    const n = ctx.inputs.names;
    const sides = [inFlight.from.fingerprint, inFlight.to.fingerprint];
    if (!held.current || !sides.includes(held.current.fingerprint)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`the interrupted rollback of run ${ctx.run.runId} can no longer be finished: ${n.certificate}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(ctx.inputs)} holds neither side of it any more (something changed the stages since). Nothing was changed; to roll back now, start a new run of the rollback workflow`);
    }
    const known = [held.current, held.previous];
    const fromRecord = (stage) => ({
        certificate: known.find(c => c?.fingerprint === stage.fingerprint) ??
            (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(stage.pem, `${n.state} (rollback)`),
        certificateId: stage.certificateId
    });
    ctx.log.info('Finishing the rollback this run started before it was interrupted.');
    return { current: fromRecord(inFlight.to), previous: fromRecord(inFlight.from) };
}
/** The previous stage becomes current and the current one previous, when both are whole and differ. */
function newSwap(ctx, held) {
    const n = ctx.inputs.names;
    const { current, currentId, previous, previousId } = held;
    if (!previous || !previousId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`nothing to roll back to: the variables ${n.certificatePrevious} and ${n.certificateIdPrevious}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(ctx.inputs)} are empty`);
    }
    if (!current || !currentId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`rollback needs the current certificate and ID in ${n.certificate} and ${n.certificateId}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(ctx.inputs)}`);
    }
    if (previous.fingerprint === current.fingerprint || previousId === currentId) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`nothing to roll back to: ${n.certificatePrevious} and ${n.certificate}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(ctx.inputs)} hold the same certificate`);
    }
    return {
        current: { certificate: previous, certificateId: previousId },
        previous: { certificate: current, certificateId: currentId }
    };
}
function refusedResult(stage, error, now) {
    return {
        status: 'failed',
        outputs: {
            ...(0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateOutputs */ .E4)(stage.certificate, now),
            'certificate-id': stage.certificateId
        },
        failure: `rollback refused: the previous credentials no longer work in NetSuite, so nothing was changed. ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`,
        stages: [(0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_6__/* .stageRow */ .ru)('previous', stage.certificate, stage.certificateId, 'refused by NetSuite')],
        nextStep: 'The previous certificate was revoked or expired; rotate instead.'
    };
}
/** The swap is recorded first (with the run ID), so a rerun of this run finishes it. */
async function recordSwapStarted(ctx, store, target) {
    await store.save(next => ({
        ...next,
        rollback: {
            runId: ctx.run.runId,
            from: stageRef(target.previous),
            to: stageRef(target.current)
        }
    }));
}
/** Current first: it is proven, and consumers read it. */
async function writeSwap(ctx, store, target, keys) {
    const n = ctx.inputs.names;
    await store.putSecret(n.key, (0,_rotation_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyPem */ .nQ)(keys.newCurrentKey));
    await store.setVariable(n.certificateId, target.current.certificateId);
    await store.setVariable(n.certificate, target.current.certificate.pem);
    if (keys.newPreviousKey) {
        await store.putSecret(n.keyPrevious, (0,_rotation_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyPem */ .nQ)(keys.newPreviousKey));
    }
    else {
        // What it held is now the current key: never left beside a certificate it does not fit.
        await store.deleteSecret(n.keyPrevious);
        ctx.log.warning(`The replaced key was not among the inputs, so ${n.keyPrevious} could not be updated (the key it held, now current, was removed from it); a second rollback will not be possible`);
    }
    await store.setVariable(n.certificateIdPrevious, target.previous.certificateId);
    await store.setVariable(n.certificatePrevious, target.previous.certificate.pem);
}
/** Done: the run is remembered (a rerun changes nothing), and the certificate now in
 * _PREVIOUS is the one a later check may revoke. */
async function recordSwapFinished(ctx, store, target, now) {
    await store.save(next => ({
        ...next,
        rollback: undefined,
        rollbackRuns: ctx.run.runId === ''
            ? next.rollbackRuns
            : (0,_rotation_record_js__WEBPACK_IMPORTED_MODULE_3__/* .withRollbackRun */ .mj)(next.rollbackRuns, {
                runId: ctx.run.runId,
                fingerprint: target.current.certificate.fingerprint
            }),
        promotion: {
            at: now.toISOString(),
            certificateId: target.current.certificateId,
            fingerprint: target.current.certificate.fingerprint,
            previousCertificateId: target.previous.certificateId
        }
    }));
}
function rolledBackResult(target, made) {
    const { current, previous } = target;
    return {
        status: 'rolled-back',
        outputs: {
            ...(0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateOutputs */ .E4)(current.certificate, made.now),
            'certificate-id': current.certificateId,
            'access-token': made.accessToken
        },
        stages: [
            (0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_6__/* .stageRow */ .ru)('current', current.certificate, current.certificateId, 'rolled back, verified'),
            (0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_6__/* .stageRow */ .ru)('previous', previous.certificate, previous.certificateId, 'kept; rollback again to return to it')
        ],
        nextStep: 'Consumers now use the previous certificate again. Rotate when the cause is fixed.',
        madeCurrent: {
            key: made.key,
            certificate: current.certificate,
            certificateId: current.certificateId
        }
    };
}


/***/ }),

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

/***/ 5305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   al: () => (/* binding */ issueTitle),
/* harmony export */   y6: () => (/* binding */ issueBody)
/* harmony export */ });
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
/* harmony import */ var _core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5543);


function where(inputs) {
    return inputs.environment ? ` in the \`${inputs.environment}\` environment` : '';
}
function issueTitle(inputs, view) {
    const env = inputs.environment ? ` (${inputs.environment})` : '';
    if (view.reregister)
        return `NetSuite ${inputs.accountId}${env}: upload the current M2M certificate again`;
    if (view.emergency)
        return `URGENT: NetSuite ${inputs.accountId}${env}: the M2M key is compromised or revoked, upload the new certificate`;
    return `NetSuite ${inputs.accountId}${env}: upload the new M2M certificate`;
}
function issueBody(inputs, view) {
    const n = inputs.names;
    const { certificate, deadline } = view;
    const fileName = `netsuite-${inputs.account}-${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(certificate.notBefore)}.pem`;
    return [
        ...(view.emergency
            ? [
                '> [!CAUTION]',
                '> **Urgent.** The current key is treated as compromised: once the new certificate is promoted, the replaced one is revoked in NetSuite (or the closing comment names it for you to revoke) and it is not kept for rollback.',
                ''
            ]
            : []),
        `### Why`,
        view.reason,
        '',
        view.reregister
            ? `Nothing new was generated: the current private key (secret \`${n.key}\`${where(inputs)}) still belongs to this certificate, so NetSuite only needs to know it again.`
            : `A new key pair is ready. Its private key is stored only in the encrypted secret \`${n.keyPending}\`${where(inputs)}; the certificate below is public and also in the variable \`${n.certificatePending}\`.`,
        '',
        '| | |',
        '|---|---|',
        `| Account | \`${inputs.accountId}\` |`,
        `| Key | ${certificate.keyLabel} |`,
        `| SHA-256 fingerprint | \`${certificate.fingerprint}\` |`,
        `| Valid from | ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDateTime */ .r6)(certificate.notBefore)} |`,
        `| Valid until | ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDateTime */ .r6)(certificate.notAfter)} |`,
        `| Deadline | ${deadline ? `${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDateTime */ .r6)(deadline)} (the current certificate expires then)` : 'none yet: there is no current certificate, the integration cannot log in until this is done'} |`,
        '',
        '### 1. Save the certificate as a file',
        `Copy the block below, including the BEGIN and END lines, into a file named \`${fileName}\` (any name ending in \`.pem\` works).`,
        '',
        '```pem',
        certificate.pem.trim(),
        '```',
        '',
        '### 2. Upload it in NetSuite',
        `1. Sign in to NetSuite account \`${inputs.accountId}\` with a role that can manage OAuth 2.0 client credentials (Administrator).`,
        `2. Go to **${_core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .M2M_SETUP_PAGE */ .V}**.`,
        '3. Click **Create New**.',
        "4. Pick the **Entity** and **Role** the integration runs as (the same as today's mapping), and the integration's **Application**.",
        `5. Under **Certificate**, choose the file \`${fileName}\`, then click **Save**.`,
        '6. Copy the **Certificate ID** of the new row.',
        '',
        '### 3. Reply here',
        'Post a comment whose first line is:',
        '',
        '```',
        '/certificate-id <the certificate ID>',
        '```',
        '',
        'Only people with write, maintain or admin permission on this repository can do this, and only on this issue (the one the rotation record names). The action then signs a token request with the new key and that ID; only when NetSuite accepts it does the new certificate become current (the old one is kept as previous) and this issue closes. If NetSuite refuses, nothing changes and a comment here says why.',
        '',
        'Closing this issue does not cancel the rotation: the next scheduled check reopens it. To abandon this rotation and start another, run the rotate command with `restart: true`.'
    ].join('\n');
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


/***/ })

};
