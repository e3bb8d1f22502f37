export const id = 389;
export const ids = [389];
export const modules = {

/***/ 8389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ doctor)
});

// EXTERNAL MODULE: ./src/run/command.ts
var command = __webpack_require__(852);
// EXTERNAL MODULE: ./src/run/missing-input.ts
var missing_input = __webpack_require__(1936);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/rotation/results.ts
var results = __webpack_require__(8900);
// EXTERNAL MODULE: ./src/rotation/zero-touch.ts
var zero_touch = __webpack_require__(2188);
// EXTERNAL MODULE: ./src/core/assertion.ts + 10 modules
var assertion = __webpack_require__(6125);
// EXTERNAL MODULE: ./src/core/inspect.ts + 1 modules
var inspect = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/netsuite/certificates.ts
var certificates = __webpack_require__(6605);
// EXTERNAL MODULE: ./src/doctor/report.ts
var doctor_report = __webpack_require__(5933);
// EXTERNAL MODULE: ./src/core/netsuite-pages.ts
var netsuite_pages = __webpack_require__(5543);
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
    const active = (0,doctor_report/* activeCount */.mP)(rows);
    const findings = [];
    const near = (0,certificates/* nearLimitWarning */.q7)(active);
    findings.push({
        check: 'active certificates',
        level: active >= doctor_report/* ACTIVE_LIMIT */.hB ? 'failure' : near ? 'warning' : 'ok',
        detail: near ?? `${active} of ${doctor_report/* ACTIVE_LIMIT */.hB} active (NetSuite's limit per integration record)`,
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
            detail: `the role may list the integration's certificates ("${zero_touch/* PERMISSION */.oC}")`
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
    if (!(error instanceof netsuite_errors/* NetSuiteError */.oG) || error.operation === 'token exchange')
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
            detail: `NetSuite refused the certificate list (${error.code}, HTTP ${error.status}): the role lacks "${zero_touch/* PERMISSION */.oC}" or the token lacks rest_webservices; ${why}`,
            fix: `give the role of the current certificate the permission "${zero_touch/* PERMISSION */.oC}" (Setup > Users/Roles > Manage Roles > Permissions > Setup), and enable REST Web Services on the integration record`
        };
    }
    return {
        check: 'certificate list',
        level,
        detail: `not read: ${(0,errors/* describeError */.Uc)(error)}`,
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
    if (!(error instanceof netsuite_errors/* NetSuiteError */.oG)) {
        return { detail: (0,errors/* describeError */.Uc)(error), fix: 'check token-url and the network, then rerun' };
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

// EXTERNAL MODULE: ./src/doctor/expiry.ts
var expiry = __webpack_require__(6636);
// EXTERNAL MODULE: ./src/github/actions-scope.ts
var actions_scope = __webpack_require__(6841);
;// CONCATENATED MODULE: ./src/doctor/github-access.ts

const UNPROVEN = 'read access proven; write access cannot be proven without writing (fine-grained and App tokens do not show their permissions), so make sure it is read and write';
async function githubAccessFindings(check) {
    const findings = [];
    findings.push(await scopeFinding(check, check.source, 'admin-token'));
    for (const target of check.targets) {
        findings.push(await scopeFinding(check, target, `admin-token: target ${(0,actions_scope/* scopeLabel */.$)(target)}`));
    }
    return findings;
}
/** The permission a fine-grained token or GitHub App needs for this scope's secrets and variables. */
function permissionFor(scope) {
    if (scope.kind === 'organization')
        return `the organization permissions Secrets and Variables (read and write) on ${scope.org} (GitHub App: organization_secrets and organization_actions_variables: write)`;
    const repo = `${scope.owner}/${scope.repo}`;
    return scope.kind === 'environment'
        ? `Environments, Secrets and Variables (read and write) on ${repo}`
        : `Secrets and Variables (read and write) on ${repo}`;
}
async function scopeFinding(check, scope, name) {
    const where = (0,actions_scope/* scopeLabel */.$)(scope);
    const fail = (detail, fix = `give admin-token ${permissionFor(scope)} (README#tokens)`) => ({
        check: name,
        level: 'failure',
        detail,
        fix
    });
    if (scope.kind !== 'organization') {
        const repository = await check.probe.repository(scope.owner, scope.repo);
        if (repository.status === 401)
            return fail(refusedToken(repository), 'set admin-token to a fine-grained token or GitHub App token (README#tokens)');
        if (repository.status === 404)
            return fail(`GitHub answered 404 for ${scope.owner}/${scope.repo}: it does not exist or admin-token cannot see it`);
        if (repository.visibility === 'public' && scope !== check.source) {
            return fail(`${where} is a public repository: the action never copies a private key there`, 'remove it from targets, or make the repository private');
        }
    }
    const secrets = await check.probe.secrets(scope);
    if (secrets.status !== 200)
        return fail(refusal(secrets, 'secrets', scope));
    const variables = await check.probe.variables(scope, check.variableName);
    if (variables.status !== 200)
        return fail(refusal(variables, 'variables', scope));
    return {
        check: name,
        level: 'ok',
        detail: `${where}: Actions secrets and variables readable; ${UNPROVEN}`
    };
}
function refusedToken(answer) {
    return answer.status === 401
        ? 'admin-token is not set, or GitHub refused it (401 Bad credentials: expired or revoked)'
        : `GitHub answered ${answer.status}`;
}
function refusal(answer, what, scope) {
    const where = (0,actions_scope/* scopeLabel */.$)(scope);
    if (answer.status === 401)
        return refusedToken(answer);
    if (answer.status === 404) {
        return scope.kind === 'environment'
            ? `GitHub answered 404 for the ${what} of ${where}: the environment "${scope.environment}" does not exist (create it under Settings > Environments) or admin-token cannot see it`
            : `GitHub answered 404 for the ${what} of ${where}: it does not exist or admin-token cannot see it`;
    }
    const wants = answer.wants ? ` (GitHub asks for ${answer.wants})` : '';
    return `admin-token may not read the Actions ${what} of ${where}: GitHub answered ${answer.status}${wants}`;
}

;// CONCATENATED MODULE: ./src/doctor/inputs.ts
/**
 * The inputs a real run would need, beyond the pairs NetSuite is asked about: the
 * certificates themselves (every reason NetSuite would refuse one), settings that work
 * against each other, and how uploads would go.
 */

function inputFindings(settings, now) {
    const findings = [];
    for (const { stage, certificate } of settings.certificates) {
        if (!certificate)
            continue;
        // Expiry has its own finding; what is left is what NetSuite refuses or quietly changes.
        for (const finding of (0,inspect/* netsuiteFindings */.ki)(certificate, now).filter(f => !/^expired on /.test(f.problem))) {
            findings.push({
                check: `${stage} certificate`,
                level: finding.verdict === 'refused' ? 'failure' : 'warning',
                detail: finding.problem,
                fix: finding.fix
            });
        }
    }
    if (settings.renewBeforeDays <= settings.failBeforeDays) {
        findings.push({
            check: 'renew-before-days',
            level: 'warning',
            detail: `renew-before-days (${settings.renewBeforeDays}) is not above fail-before-days (${settings.failBeforeDays}): verify fails before a rotation even starts`,
            fix: 'keep renew-before-days well above fail-before-days (defaults 60 and 7)'
        });
    }
    findings.push({
        check: 'upload',
        level: 'ok',
        detail: settings.apiUploads
            ? `upload: ${settings.upload}: new certificates are uploaded through NetSuite's certificate endpoint`
            : `upload: ${settings.upload}: new certificates are uploaded by an admin, asked by an issue${settings.upload === 'auto' ? ' (for API uploads, pass netsuite-role-id and netsuite-entity-id)' : ''}`
    });
    return findings;
}

// EXTERNAL MODULE: ./src/github/variables.ts
var variables = __webpack_require__(4086);
// EXTERNAL MODULE: ./src/rotation/record.ts
var record = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/rotation/record-store.ts
var record_store = __webpack_require__(6325);
;// CONCATENATED MODULE: ./src/doctor/stored-stages.ts
/**
 * The three stages as a real run would find them: the current pair from the inputs, the
 * previous and pending pairs from their inputs and the variables, and what the rotation
 * record remembers (uploads by fingerprint, the previous ID of the last promotion). Read
 * through the rotation record's own store; nothing is written.
 */





/** The variables and the record, or empty ones with a finding saying why they could not be read. */
async function readStore(github, names, findings) {
    const empty = { variables: new variables/* Variables */.u(), record: (0,record/* emptyRecord */.FR)() };
    if (!github.canReadAdmin)
        return empty;
    try {
        const store = await record_store/* RecordStore */.p.open(github, names.state);
        findings.push({
            check: 'rotation record',
            level: 'ok',
            detail: `variable ${names.state} ${store.variables.has(names.state) ? 'read' : 'not there yet (the first rotation writes it)'}`
        });
        return { variables: store.variables, record: store.record };
    }
    catch (error) {
        // A damaged record is a finding; a refused read is judged with admin-token's access below.
        if (error instanceof errors/* InputError */.dz)
            findings.push({ check: 'rotation record', level: 'failure', detail: (0,errors/* describeError */.Uc)(error) });
        return empty;
    }
}
function certificateIn(variables, name, findings) {
    try {
        const value = variables.get(name);
        return value === undefined || value.trim() === ''
            ? undefined
            : (0,inspect/* parseCertificate */.hB)(value, `variable ${name}`);
    }
    catch (error) {
        findings.push({
            check: `variable ${name}`,
            level: 'failure',
            detail: (0,errors/* describeError */.Uc)(error),
            fix: `store the certificate PEM in ${name} again`
        });
        return undefined;
    }
}
async function storedStages(github, inputs) {
    const findings = [];
    const n = inputs.names;
    const { variables, record } = await readStore(github, n, findings);
    const currentCertificate = inputs.certificate ?? certificateIn(variables, n.certificate, findings);
    const current = {
        stage: 'current',
        key: inputs.privateKey,
        certificateId: inputs.certificateId,
        certificate: inputs.certificate
    };
    const previousCertificate = certificateIn(variables, n.certificatePrevious, findings);
    const previous = {
        stage: 'previous',
        key: inputs.previousPrivateKey,
        certificateId: variables.get(n.certificateIdPrevious) ?? record.promotion?.previousCertificateId,
        certificate: previousCertificate
    };
    const pendingCertificate = inputs.pendingCertificate ?? certificateIn(variables, n.certificatePending, findings);
    const pending = {
        stage: 'pending',
        key: inputs.pendingPrivateKey,
        certificateId: pendingCertificate && record.uploads[pendingCertificate.fingerprint],
        certificate: pendingCertificate
    };
    const pairs = [current];
    if (previous.key || previous.certificateId)
        pairs.push(previous);
    if (pending.key || pending.certificate)
        pairs.push(pending);
    const fingerprint = (pair, certificate) => (pair.certificate ?? certificate)?.fingerprint;
    return {
        pairs,
        known: {
            stages: [
                {
                    stage: 'current',
                    certificateId: current.certificateId,
                    fingerprint: fingerprint(current, currentCertificate)
                },
                {
                    stage: 'previous',
                    certificateId: previous.certificateId,
                    fingerprint: fingerprint(previous)
                },
                {
                    stage: 'pending',
                    certificateId: pending.certificateId,
                    fingerprint: record.rotation?.fingerprint ?? fingerprint(pending)
                }
            ],
            uploads: record.uploads,
            retired: record.retired.map(r => r.certificateId)
        },
        currentCertificate,
        rotationPending: record.rotation !== undefined || pendingCertificate !== undefined,
        findings
    };
}

;// CONCATENATED MODULE: ./src/commands/doctor.ts











/** What doctor reads: everything a real run of the other commands would need. */
const DOCTOR_FIELDS = [
    'clientId',
    'privateKey',
    'certificateId',
    'certificate',
    'previousPrivateKey',
    'pendingPrivateKey',
    'pendingCertificate',
    'algorithm',
    'scopes',
    'renewBeforeDays',
    'failBeforeDays',
    'certificatesUrl',
    'upload',
    'roleId',
    'entityId',
    'targets'
];
/* harmony default export */ const doctor = ((0,command/* defineCommand */.NB)({
    needs: [],
    uses: DOCTOR_FIELDS,
    // It writes nothing: admin-token is judged, not required.
    writesSecrets: false,
    readOnly: true,
    run: async (ctx) => {
        const { inputs } = ctx;
        const now = ctx.now();
        const github = await ctx.github();
        const { report, certificate } = await examine(ctx, github, now);
        for (const finding of report.findings)
            logFinding(ctx.log, finding);
        const healthy = (0,doctor_report/* isHealthy */.Wr)(report);
        return {
            status: healthy ? 'healthy' : 'unhealthy',
            outputs: {
                ...(certificate ? (0,results/* certificateOutputs */.E4)(certificate, now) : {}),
                ...(inputs.certificateId ? { 'certificate-id': inputs.certificateId } : {})
            },
            failure: (0,doctor_report/* failureSummary */.jg)(report),
            stages: [],
            nextStep: healthy
                ? 'Nothing to fix: the set-up works. Run doctor again after changing it.'
                : 'Fix each failure (see the fix column), then run doctor again.',
            report
        };
    }
}));
/** Every finding, in the order a person fixes them: inputs, NetSuite, expiry, GitHub. */
async function examine(ctx, github, now) {
    const { inputs } = ctx;
    const stages = await storedStages(github, inputs);
    // Uploads would go through NetSuite's API: the list and the permission are then needed.
    const apiUploads = (0,zero_touch/* apiUpload */.yX)(inputs) !== undefined;
    const netsuite = await examineNetSuite(ctx.netsuite, {
        clientId: inputs.clientId,
        algorithm: inputs.algorithm,
        scopes: inputs.scopes,
        pairs: stages.pairs,
        certificatesUrl: inputs.certificatesUrl,
        listRequired: apiUploads,
        known: stages.known,
        mapping: { roleId: inputs.roleId, entityId: inputs.entityId },
        supply: part => (0,missing_input/* missingInput */.f)('doctor', part, inputs.names).message.replace(/^doctor needs /, '')
    });
    const certificate = stages.currentCertificate;
    const pending = stages.pairs.find(pair => pair.stage === 'pending')?.certificate;
    const settings = { ...inputs, apiUploads, rotationPending: stages.rotationPending };
    const findings = [
        ...inputFindings({
            ...settings,
            certificates: [
                { stage: 'current', certificate },
                { stage: 'pending', certificate: pending }
            ]
        }, now),
        ...stages.findings,
        ...netsuite.findings,
        ...(certificate ? (0,expiry/* expiryFindings */.G2)(certificate.notAfter, now, settings) : []),
        ...(await githubFindings(ctx, github))
    ];
    return { report: { findings, certificates: netsuite.certificates }, certificate };
}
async function githubFindings(ctx, github) {
    const { owner, repo } = ctx.run.repository;
    const environment = ctx.inputs.environment;
    const findings = await githubAccessFindings({
        probe: github.accessProbe(),
        source: environment
            ? { kind: 'environment', owner, repo, environment }
            : { kind: 'repository', owner, repo },
        targets: ctx.inputs.targets,
        variableName: ctx.inputs.names.certificate
    });
    try {
        await github.checkIssueAccess();
        findings.push({
            check: 'github-token',
            level: 'ok',
            detail: 'can read issues; writing them cannot be proven without writing, so grant `issues: write` in the workflow'
        });
    }
    catch (error) {
        findings.push({ check: 'github-token', level: 'failure', detail: (0,errors/* describeError */.Uc)(error) });
    }
    return findings;
}
const MARK = { ok: '✓', warning: '!', failure: '✗' };
function logFinding(log, finding) {
    const line = `${MARK[finding.level]} ${finding.check}: ${finding.detail}${finding.fix ? ` Fix: ${finding.fix}` : ''}`;
    if (finding.level === 'warning')
        log.warning(line);
    else
        log.info(line);
}


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ sameName),
/* harmony export */   u: () => (/* binding */ Variables)
/* harmony export */ });
/**
 * Actions variables by name. GitHub treats secret and variable names without
 * regard to case and answers them in upper case, so every lookup here does the
 * same: `netsuite_cert` and `NETSUITE_CERT` are one variable.
 */
class Variables {
    values = new Map();
    constructor(entries = []) {
        for (const [name, value] of entries)
            this.set(name, value);
    }
    /** How many variables there are. */
    get size() {
        return this.values.size;
    }
    get(name) {
        return this.values.get(name.toUpperCase());
    }
    has(name) {
        return this.values.has(name.toUpperCase());
    }
    set(name, value) {
        this.values.set(name.toUpperCase(), value);
    }
    delete(name) {
        this.values.delete(name.toUpperCase());
    }
}
/** Two GitHub names (labels, secrets, variables) are the same name when they differ only in case. */
function sameName(a, b) {
    return a.toUpperCase() === b.toUpperCase();
}


/***/ })

};
