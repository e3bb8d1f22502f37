export const id = 314;
export const ids = [314];
export const modules = {

/***/ 4096:
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

/***/ 4643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ revokeReplaced),
/* harmony export */   m: () => (/* binding */ EMERGENCY_FIELDS)
/* harmony export */ });
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4096);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2198);
/* harmony import */ var _zero_touch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8332);
/**
 * The end of an emergency rotation: the replaced certificate belongs to a key treated as
 * compromised, so it is revoked in NetSuite at once, with the new credentials that were just
 * proven, instead of after the grace period. When that is not possible (no client ID or
 * certificate endpoint, or a role without the certificate permission) the person is told
 * exactly which certificate ID to revoke by hand.
 */




const EMERGENCY_FIELDS = [..._credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_FIELDS */ .cZ, 'certificatesUrl'];
async function revokeReplaced(ctx, via, replacedId) {
    if (!replacedId || replacedId === via.certificateId)
        return undefined;
    const url = ctx.inputs.certificatesUrl;
    const byHand = (why) => {
        const note = `Revoke the replaced certificate \`${replacedId}\` in NetSuite now (Setup > Integration > OAuth 2.0 Client Credentials (M2M) Setup): ${why}.`;
        ctx.log.warning(note.replace(/`/g, ''));
        return { revoked: false, note };
    };
    if (!ctx.inputs.clientId || !url)
        return byHand('this run has no client ID or certificate endpoint to do it');
    try {
        const endpoint = await (0,_zero_touch_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointFor */ .Lo)(ctx, url, via);
        await endpoint.revoke(replacedId);
    }
    catch (error) {
        if (!(error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NetSuiteError */ .oG && error.status === 404))
            return byHand(`NetSuite refused to revoke it (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)})`);
    }
    const note = `The replaced certificate \`${replacedId}\` was revoked in NetSuite${ctx.inputs.dryRun ? ' (dry-run: would be)' : ''}.`;
    ctx.log.warning(note.replace(/`/g, ''));
    return { revoked: true, note };
}


/***/ }),

/***/ 3314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROMOTED_MARKER: () => (/* binding */ PROMOTED_MARKER),
  "default": () => (/* binding */ promote),
  writePromotion: () => (/* binding */ writePromotion)
});

// EXTERNAL MODULE: ./src/action/command.ts
var command = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/inspect.ts + 1 modules
var inspect = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/rotation/issue-text.ts
var issue_text = __webpack_require__(5305);
// EXTERNAL MODULE: ./src/rotation/record-store.ts
var record_store = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/core/certificate-id.ts
var certificate_id = __webpack_require__(1416);
// EXTERNAL MODULE: ./src/github/gateway.ts + 2 modules
var gateway = __webpack_require__(5516);
;// CONCATENATED MODULE: ./src/commands/comment.ts
/**
 * Reading a `/certificate-id <ID>` comment from an issue_comment event. The
 * comment body is attacker-controlled: it is matched, never echoed, counts
 * only on the issue the rotation record names, and is only acted on for people
 * with write, maintain or admin permission.
 */



const ALLOWED_ROLES = ['admin', 'maintain', 'write'];
const COMMAND = /^\/certificate-id(?:[ \t]+(.*))?$/;
function asObject(value) {
    return value && typeof value === 'object' ? value : {};
}
async function readCommentRequest(ctx, github, record) {
    const event = ctx.run.event;
    const rawIssue = asObject(event.issue);
    const comment = asObject(event.comment);
    if (rawIssue.pull_request)
        return { kind: 'ignored', reason: 'the comment is on a pull request' };
    if (event.action !== undefined && event.action !== 'created') {
        return { kind: 'ignored', reason: `the comment was ${String(event.action)}, not created` };
    }
    const firstLine = String(comment.body ?? '')
        .split(/\r?\n/)[0]
        .trim();
    const match = COMMAND.exec(firstLine);
    if (!match)
        return { kind: 'ignored', reason: 'the comment does not start with /certificate-id' };
    if (typeof rawIssue.number !== 'number')
        return { kind: 'ignored', reason: 'the event carries no issue' };
    const issue = (0,gateway.toIssueRef)({
        number: rawIssue.number,
        title: String(rawIssue.title ?? ''),
        body: typeof rawIssue.body === 'string' ? rawIssue.body : '',
        state: String(rawIssue.state ?? ''),
        labels: Array.isArray(rawIssue.labels) ? rawIssue.labels : [],
        html_url: String(rawIssue.html_url ?? ''),
        created_at: String(rawIssue.created_at ?? ''),
        user: { login: String(asObject(rawIssue.user).login ?? '') }
    });
    // The record names the rotation issue (or, for a rerun finishing a promotion, the issue it closed).
    const named = [record.rotation?.issue, record.promotion?.issue];
    if (!named.includes(issue.number)) {
        return {
            kind: 'ignored',
            reason: `issue #${issue.number} is not the rotation issue the rotation record names`
        };
    }
    const author = String(asObject(comment.user).login ?? '');
    if (issue.state !== 'open') {
        await github.comment(issue.number, `@${author} this rotation issue is closed, so nothing was changed. If a rotation is still needed, run the rotation workflow again.`);
        return { kind: 'ignored', reason: `issue #${issue.number} is closed`, issue };
    }
    const role = await github.permission(author);
    if (!ALLOWED_ROLES.includes(role.base)) {
        const shown = role.name === role.base ? role.base : `${role.name}, based on ${role.base}`;
        await github.comment(issue.number, `@${author} only people with write, maintain or admin permission on this repository can promote a certificate (your permission: ${shown}). Nothing was changed; ask a maintainer to post the \`/certificate-id\` reply.`);
        return {
            kind: 'ignored',
            reason: `${author} has ${shown} permission, which may not promote`,
            issue
        };
    }
    const id = (match[1] ?? '').trim();
    if (id === '') {
        throw new errors/* InputError */.dz('the /certificate-id comment has no ID: reply `/certificate-id <ID>` with the Certificate ID NetSuite shows');
    }
    if (!certificate_id/* CERTIFICATE_ID */.u.test(id)) {
        throw new errors/* InputError */.dz('the /certificate-id comment does not hold a NetSuite certificate ID: expected letters, digits, - and _ only, as shown in the Certificate ID column in NetSuite');
    }
    return { kind: 'promote', issue, certificateId: id, author };
}

// EXTERNAL MODULE: ./src/commands/emergency.ts
var commands_emergency = __webpack_require__(4643);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/commands/credentials.ts
var credentials = __webpack_require__(4096);
;// CONCATENATED MODULE: ./src/commands/promote-text.ts




/**
 * What became current and what is kept for rollback. On a rerun the variables
 * already hold the promoted stage as current, so the previous one is read from
 * the _PREVIOUS variables.
 */
function promotedComment(ctx, promoted, certificateId, variables, replaced) {
    const n = ctx.inputs.names;
    const previous = replaced ?? {
        certificate: (0,credentials/* certificateFromVariable */.kj)(variables.get(n.certificatePrevious), n.certificatePrevious),
        id: variables.get(n.certificateIdPrevious)
    };
    return [
        `NetSuite accepted certificate \`${certificateId}\` (fingerprint \`${promoted.fingerprint}\`, valid until ${promoted.notAfter.toISOString()}). It is now current${(0,issue_text/* where */._M)(ctx.inputs)}: secret \`${n.key}\`, variables \`${n.certificate}\` and \`${n.certificateId}\`.`,
        previous.certificate
            ? `The replaced certificate${previous.id ? ` \`${previous.id}\`` : ''} (\`${previous.certificate.fingerprint}\`) is kept as \`${n.keyPrevious}\` / \`${n.certificatePrevious}\` for rollback.`
            : '',
        'The pending secret and variable were removed.'
    ]
        .filter(Boolean)
        .join('\n\n');
}
function refusalComment(certificateId, error) {
    const lines = [
        `NetSuite did not accept certificate ID \`${certificateId}\` with the pending key, so **nothing was changed**.`,
        ''
    ];
    if (error instanceof netsuite_errors/* NetSuiteError */.oG) {
        lines.push(`NetSuite answered \`${error.code}\`${error.status ? ` (HTTP ${error.status})` : ''}.`, '', `What usually causes it: ${error.hint}`);
    }
    else {
        lines.push(`The token request failed: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    lines.push('', 'Check that the certificate uploaded in NetSuite is the one in this issue (compare the fingerprint) and that the ID was copied whole, then reply again with `/certificate-id <ID>`.');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/commands/results.ts
var results = __webpack_require__(5396);
;// CONCATENATED MODULE: ./src/commands/promote.ts
/**
 * promote: prove the pending key with the certificate ID NetSuite assigned,
 * and only then make it current. Writes previous first, then current, then
 * deletes pending, then records the promotion, then closes the issue. Every
 * step is safe to run again: a half-done promotion is recognised (the current
 * certificate variable already holds the pending certificate) and finished;
 * _PREVIOUS is never overwritten with the credentials being promoted.
 */










/**
 * Given as inputs, the pending key and certificate must be one rotation's.
 * (check and rotate repair a mismatch left by two overlapping rotations: they start afresh.)
 */
function checkPendingStage(inputs) {
    const { pendingPrivateKey: key, pendingCertificate: certificate, names: n } = inputs;
    if (key && certificate && !(0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, certificate)) {
        throw new errors/* InputError */.dz(`pending-private-key does not belong to pending-certificate: pass secrets.${n.keyPending} and vars.${n.certificatePending} from the same rotation`);
    }
}
/* harmony default export */ const promote = ((0,command/* defineCommand */.NB)({
    needs: ['clientId'],
    uses: [
        ...commands_emergency/* EMERGENCY_FIELDS */.m,
        'newCertificateId',
        'certificateId',
        'pendingCertificate',
        'pendingPrivateKey',
        'privateKey'
    ],
    writesSecrets: true,
    check: inputs => checkPendingStage(inputs),
    run: async (ctx) => {
        const { inputs } = ctx;
        const n = inputs.names;
        const github = await ctx.github();
        const store = await record_store/* RecordStore */.p.open(github, n.state);
        const variables = store.variables;
        let issueNumber;
        // The issue as the comment event showed it (open when the comment was made).
        let commentedOn;
        let certificateId = inputs.newCertificateId;
        if (certificateId === undefined && ctx.run.eventName === 'issue_comment') {
            const request = await readCommentRequest(ctx, github, store.record);
            if (request.kind === 'ignored') {
                ctx.log.notice(`/certificate-id ignored: ${request.reason}. Nothing was changed.`);
                const on = request.issue;
                return {
                    ...(0,results/* emptyResult */.$)('rotation-pending', `Nothing was changed (${request.reason}). Someone with write, maintain or admin permission replies \`/certificate-id <ID>\` on the rotation issue.`),
                    outputs: (0,results/* issueOutputs */.gK)(on),
                    writes: github.writes
                };
            }
            issueNumber = request.issue.number;
            commentedOn = request.issue;
            certificateId = request.certificateId;
        }
        if (certificateId === undefined) {
            throw new errors/* InputError */.dz('promote needs the new certificate ID: set new-certificate-id, or run it on an issue_comment event whose comment starts with /certificate-id <ID>');
        }
        const currentPem = variables.get(n.certificate);
        const currentId = inputs.certificateId ?? variables.get(n.certificateId);
        const pendingCertificate = inputs.pendingCertificate ??
            (0,credentials/* certificateFromVariable */.kj)(variables.get(n.certificatePending), n.certificatePending);
        const pendingKey = inputs.pendingPrivateKey;
        issueNumber ??= store.record.rotation?.issue;
        const current = (0,credentials/* certificateFromVariable */.kj)(currentPem, n.certificate);
        const finished = !pendingKey &&
            currentId === certificateId &&
            (!pendingCertificate || current?.fingerprint === pendingCertificate.fingerprint);
        if (finished) {
            // A rerun after the promotion wrote the current stage: finish the clean-up only.
            if (pendingCertificate)
                await github.deleteVariable(n.certificatePending);
            issueNumber ??= store.record.promotion?.issue;
            if (current) {
                await recordPromotion(ctx, store, {
                    certificate: current,
                    certificateId,
                    replacedId: variables.get(n.certificateIdPrevious)
                });
            }
            if (issueNumber !== undefined) {
                const message = current
                    ? promotedComment(ctx, current, certificateId, variables)
                    : `Certificate \`${certificateId}\` is current${(0,issue_text/* where */._M)(inputs)}.`;
                await closeIssue(ctx, github, store, { number: issueNumber, message, rerun: true });
            }
            return {
                ...(0,results/* emptyResult */.$)('promoted', 'Nothing to do: already promoted.'),
                outputs: {
                    ...(current ? (0,results/* certificateOutputs */.E4)(current, ctx.now()) : {}),
                    'certificate-id': certificateId
                },
                writes: github.writes
            };
        }
        if (!pendingCertificate) {
            throw new errors/* InputError */.dz(`no rotation is pending: the variable ${n.certificatePending}${(0,issue_text/* where */._M)(inputs)} is empty; run the rotate command first`);
        }
        // Needed only now: a rerun of a finished promotion has no pending key.
        if (!pendingKey)
            throw (0,command/* missingInput */.fV)(ctx.command, 'pendingPrivateKey', n);
        if (!(0,inspect/* keyMatchesCertificate */.Yh)(pendingKey.keyObject, pendingCertificate)) {
            throw new errors/* InputError */.dz(`the pending key (secret ${n.keyPending}) does not belong to the pending certificate (variable ${n.certificatePending}): two rotations overlapped; run rotate again with restart: true to start a new rotation`);
        }
        const now = ctx.now();
        if (pendingCertificate.notAfter.getTime() <= now.getTime()) {
            throw new errors/* InputError */.dz(`the pending certificate expired on ${pendingCertificate.notAfter.toISOString()}: run rotate again with restart: true to start a new rotation`);
        }
        let token;
        try {
            token = await ctx.netsuite.prove((0,credentials/* credentials */.z3)(ctx, pendingKey, certificateId));
        }
        catch (error) {
            const failure = `NetSuite refused certificate ID ${certificateId} with the pending key; nothing was changed. ${(0,errors/* describeError */.Uc)(error)}`;
            if (issueNumber !== undefined)
                await github.comment(issueNumber, refusalComment(certificateId, error));
            return {
                status: 'failed',
                outputs: {
                    ...(0,results/* certificateOutputs */.E4)(pendingCertificate, now),
                    'certificate-id': certificateId
                },
                failure,
                stages: [
                    {
                        stage: 'pending',
                        certificateId,
                        fingerprint: pendingCertificate.fingerprint,
                        notAfter: pendingCertificate.notAfter,
                        state: 'refused by NetSuite'
                    }
                ],
                nextStep: 'Check the certificate ID in NetSuite and reply again with `/certificate-id <ID>`.',
                writes: github.writes
            };
        }
        ctx.log.info(`NetSuite accepted the pending certificate with ID ${certificateId}.`);
        // On a rerun the variables already hold the promoted stage as current: the replaced one is in _PREVIOUS.
        const rerun = current?.fingerprint === pendingCertificate.fingerprint;
        const replaced = rerun
            ? {
                certificate: (0,credentials/* certificateFromVariable */.kj)(variables.get(n.certificatePrevious), n.certificatePrevious),
                id: variables.get(n.certificateIdPrevious)
            }
            : {
                certificate: current,
                // A rerun after the ID variable was written: the replaced ID is already in _PREVIOUS.
                id: currentId === certificateId ? variables.get(n.certificateIdPrevious) : currentId
            };
        const emergency = store.record.rotation?.emergency ?? false;
        await writePromotion(ctx, github, store, {
            pendingKey,
            pendingCertificate,
            certificateId,
            current,
            currentId,
            emergency
        });
        // An emergency: the replaced key is compromised, so its certificate is revoked at once
        // (with the credentials just proven), or the closing comment names it for a person to revoke.
        const revocation = emergency
            ? await (0,commands_emergency/* revokeReplaced */.N)(ctx, { key: pendingKey, certificateId }, replaced.id)
            : undefined;
        const summary = promotedComment(ctx, pendingCertificate, certificateId, variables, emergency ? {} : replaced);
        const issue = issueNumber === undefined
            ? undefined
            : await closeIssue(ctx, github, store, {
                number: issueNumber,
                known: rerun ? undefined : commentedOn,
                message: revocation
                    ? `${summary}\n\nThis was an emergency rotation: the replaced certificate is not kept for rollback. ${revocation.note}`
                    : summary,
                rerun
            });
        return (0,results/* promotedResult */.m0)(now, {
            key: pendingKey,
            certificate: pendingCertificate,
            certificateId,
            accessToken: token.accessToken,
            state: 'promoted, verified',
            previous: emergency ? undefined : { ...replaced, state: 'kept for rollback' },
            issue,
            nextStep: 'Nothing to do: consumers reading the current secret and variables now use the new certificate.',
            writes: github.writes
        });
    }
}));
/**
 * The write sequence of a proven promotion: previous, then current, then the
 * pending secret and variable are deleted, then the record. Safe to repeat at
 * any point.
 */
async function writePromotion(ctx, github, store, p) {
    const { inputs } = ctx;
    const n = inputs.names;
    const variables = store.variables;
    const { pendingKey, pendingCertificate, certificateId, current, currentId } = p;
    const alreadyCurrent = current?.fingerprint === pendingCertificate.fingerprint;
    // On a rerun after the ID variable (or the whole current stage) was written, the replaced ID
    // already sits in _PREVIOUS.
    const rerun = alreadyCurrent || currentId === certificateId;
    const replacedId = rerun ? variables.get(n.certificateIdPrevious) : current && currentId;
    if (p.emergency && current && !alreadyCurrent) {
        // A compromised key is never kept for rollback.
        await github.deleteSecret(n.keyPrevious);
        await github.deleteVariable(n.certificatePrevious);
        await github.deleteVariable(n.certificateIdPrevious);
        ctx.log.warning(`Emergency rotation: the replaced certificate${replacedId ? ` ${replacedId}` : ''} is not kept as _PREVIOUS; revoke it in NetSuite if it is still active.`);
    }
    else if (current && !alreadyCurrent) {
        // Previous first: the credentials being replaced, never the ones being promoted.
        if (inputs.privateKey && !(0,inspect/* sameKey */.el)(inputs.privateKey.keyObject, pendingKey.keyObject)) {
            await github.putSecret(n.keyPrevious, (0,credentials/* privateKeyPem */.nQ)(inputs.privateKey));
        }
        else if (!inputs.privateKey) {
            ctx.log.warning(`private-key was not given, so the replaced key is not kept in ${n.keyPrevious}; rollback will not be possible`);
        }
        await github.setVariable(n.certificatePrevious, current.pem, variables.has(n.certificatePrevious));
        if (replacedId && !rerun) {
            await github.setVariable(n.certificateIdPrevious, replacedId, variables.has(n.certificateIdPrevious));
        }
    }
    // Key and ID next to each other: the pair consumers use is mismatched only between these two calls.
    await github.putSecret(n.key, (0,credentials/* privateKeyPem */.nQ)(pendingKey));
    await github.setVariable(n.certificateId, certificateId, variables.has(n.certificateId));
    await github.setVariable(n.certificate, pendingCertificate.pem, variables.has(n.certificate));
    await github.deleteSecret(n.keyPending);
    await github.deleteVariable(n.certificatePending);
    variables.delete(n.certificatePending);
    await recordPromotion(ctx, store, {
        certificate: pendingCertificate,
        certificateId,
        replacedId: p.emergency ? undefined : replacedId
    });
}
/**
 * The promotion in the record: the open rotation and any rollback in flight are
 * done with, the upload entry too; the replaced ID is due for revocation.
 */
async function recordPromotion(ctx, store, promoted) {
    const fingerprint = promoted.certificate.fingerprint;
    await store.save(record => {
        const uploads = Object.fromEntries(Object.entries(record.uploads).filter(([uploaded]) => uploaded !== fingerprint));
        const rotation = record.rotation;
        const same = record.promotion?.fingerprint === fingerprint;
        // A rerun keeps what the first run recorded about the replaced certificate.
        const previousCertificateId = same
            ? record.promotion?.previousCertificateId
            : promoted.replacedId;
        return {
            ...record,
            rotation: undefined,
            rollback: undefined,
            uploads,
            promotion: {
                at: same && record.promotion ? record.promotion.at : ctx.now().toISOString(),
                certificateId: promoted.certificateId,
                fingerprint,
                ...(previousCertificateId ? { previousCertificateId } : {}),
                ...(rotation?.issue !== undefined
                    ? { issue: rotation.issue, openedBy: rotation.openedBy }
                    : record.promotion?.issue !== undefined && same
                        ? { issue: record.promotion.issue, openedBy: record.promotion.openedBy }
                        : {})
            }
        };
    });
}
const PROMOTED_MARKER = '<!-- netsuite-m2m-rotate:promoted -->';
/**
 * Comments the summary and closes the issue. On a rerun the issue may already
 * be closed or carry the summary, so it looks first; only comments by the
 * login that opened the issue (the action) count, never anyone else's.
 */
async function closeIssue(ctx, github, store, close) {
    const { number } = close;
    // A first run on a comment event knows the issue is open; anything else looks first.
    const fresh = close.known ?? (await github.findIssue(number));
    if (!fresh || fresh.state === 'closed')
        return fresh;
    let summarised = false;
    if (close.rerun) {
        const opener = (store.record.promotion?.openedBy ?? fresh.author).toLowerCase();
        const comments = await github.comments(number);
        summarised = comments.some(comment => comment.author.toLowerCase() === opener && comment.body.includes(PROMOTED_MARKER));
    }
    if (!summarised)
        await github.comment(number, `${close.message}\n\n${PROMOTED_MARKER}`);
    await github.updateIssue(number, { state: 'closed', state_reason: 'completed' });
    ctx.log.info(`Closed issue #${number}.`);
    return fresh;
}


/***/ }),

/***/ 5396:
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
    return { status, outputs: {}, stages: [], nextStep, writes: [] };
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
        writes: p.writes,
        madeCurrent: { key: p.key, certificate: p.certificate, certificateId: p.certificateId }
    };
}


/***/ }),

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ ZERO_TOUCH_FIELDS),
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   NF: () => (/* binding */ checkUploadNeeds),
/* harmony export */   PI: () => (/* binding */ uploadPending),
/* harmony export */   TQ: () => (/* binding */ placeCertificate),
/* harmony export */   eW: () => (/* binding */ currentCredentials),
/* harmony export */   x0: () => (/* binding */ proveUploaded),
/* harmony export */   yX: () => (/* binding */ apiUpload)
/* harmony export */ });
/* unused harmony exports MAX_ACTIVE_CERTIFICATES, PERMISSION, CapReached */
/* harmony import */ var _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2198);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4096);


/** What uploading through NetSuite's certificate endpoint reads. */
const ZERO_TOUCH_FIELDS = [
    ..._credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .CREDENTIAL_FIELDS */ .cZ,
    'privateKey',
    'certificateId',
    'upload',
    'certificatesUrl',
    'roleId',
    'entityId'
];
/** NetSuite 2026.1: at most 5 active certificates per integration record. */
const MAX_ACTIVE_CERTIFICATES = 5;
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
    const token = await ctx.netsuite.prove((0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentials */ .z3)(ctx, via.key, via.certificateId), [
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
            throw error ?? new Error(note);
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
        const placed = await placeCertificate(endpoint, pending.certificate.pem, api, inUse);
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
async function placeCertificate(endpoint, pem, api, inUse = []) {
    const existing = await endpoint.list();
    const active = existing.filter(certificate => certificate.active);
    if (active.length >= MAX_ACTIVE_CERTIFICATES) {
        const candidates = active
            .filter(certificate => !inUse.includes(certificate.id))
            .sort((a, b) => (a.validUntil?.getTime() ?? 0) - (b.validUntil?.getTime() ?? 0));
        const suggestion = candidates[0]
            ? `Revoke one that is no longer used, e.g. the oldest not in use here, ${candidates[0].id},`
            : 'All of them are in use here; revoke one you know is unused';
        throw new CapReached(`the integration record already has ${active.length} active certificates (NetSuite allows ${MAX_ACTIVE_CERTIFICATES}): ${active.map(c => c.id).join(', ')}. ${suggestion} in Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup; never the current one.`);
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
/** Proves the uploaded certificate, allowing NetSuite a few seconds to learn it. */
async function proveUploaded(ctx, key, certificateId) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.netsuite.prove((0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentials */ .z3)(ctx, key, certificateId));
        }
        catch (error) {
            const unknownYet = error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG && error.code === 'invalid_client';
            if (!unknownYet || attempt >= PROPAGATION_ATTEMPTS)
                throw error;
            await new Promise(resolve => setTimeout(resolve, PROPAGATION_DELAY_MS));
        }
    }
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
        '2. Go to **Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup**.',
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
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   mj: () => (/* binding */ withRollbackRun),
/* harmony export */   pU: () => (/* binding */ serialiseRecord)
/* harmony export */ });
/* unused harmony exports RECORD_VERSION, emptyRecord */
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
    return { version: RECORD_VERSION, uploads: {}, rollbackRuns: [], notifications: {}, targets: {} };
}
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
function validate(raw, problems) {
    const shape = new Shape(problems, '');
    const record = emptyRecord();
    const rotation = shape.object(raw.rotation, 'rotation');
    if (rotation) {
        const at = new Shape(problems, 'rotation.');
        const sent = Array.isArray(rotation.remindersSent) ? rotation.remindersSent : [];
        record.rotation = {
            fingerprint: at.string(rotation.fingerprint, 'fingerprint') ?? '',
            issue: at.number(rotation.issue, 'issue', true),
            openedBy: at.string(rotation.openedBy, 'openedBy', true),
            reason: at.string(rotation.reason, 'reason', true) ?? '',
            reregister: at.boolean(rotation.reregister, 'reregister'),
            emergency: at.boolean(rotation.emergency, 'emergency'),
            remindersSent: sent.filter((n) => typeof n === 'number'),
            startedAt: at.string(rotation.startedAt, 'startedAt', true) ?? ''
        };
    }
    record.uploads = shape.strings(raw.uploads, 'uploads');
    const promotion = shape.object(raw.promotion, 'promotion');
    if (promotion) {
        const at = new Shape(problems, 'promotion.');
        record.promotion = {
            at: at.string(promotion.at, 'at') ?? '',
            certificateId: at.string(promotion.certificateId, 'certificateId', true),
            fingerprint: at.string(promotion.fingerprint, 'fingerprint', true),
            previousCertificateId: at.string(promotion.previousCertificateId, 'previousCertificateId', true),
            previousRevokedAt: at.string(promotion.previousRevokedAt, 'previousRevokedAt', true),
            issue: at.number(promotion.issue, 'issue', true),
            openedBy: at.string(promotion.openedBy, 'openedBy', true)
        };
    }
    const rollback = shape.object(raw.rollback, 'rollback');
    if (rollback) {
        const runId = shape.string(rollback.runId, 'rollback.runId');
        const from = stage(shape, rollback.from, 'rollback.from');
        const to = stage(shape, rollback.to, 'rollback.to');
        if (runId !== undefined && from && to)
            record.rollback = { runId, from, to };
    }
    if (raw.rollbackRuns !== undefined) {
        const runs = Array.isArray(raw.rollbackRuns) ? raw.rollbackRuns : [];
        const valid = runs.filter((run) => isObject(run) && typeof run.runId === 'string' && typeof run.fingerprint === 'string');
        if (!Array.isArray(raw.rollbackRuns) || valid.length !== runs.length)
            problems.push('rollbackRuns must be a list of {runId, fingerprint}');
        record.rollbackRuns = valid.map(run => ({ runId: run.runId, fingerprint: run.fingerprint }));
    }
    record.notifications = shape.strings(raw.notifications, 'notifications');
    const targets = shape.object(raw.targets, 'targets') ?? {};
    for (const [target, value] of Object.entries(targets)) {
        const at = new Shape(problems, `targets.${target}.`);
        const entry = at.object(value, '') ?? {};
        const fingerprint = at.string(entry.fingerprint, 'fingerprint');
        const certificateId = at.string(entry.certificateId, 'certificateId');
        const when = at.string(entry.at, 'at');
        if (fingerprint !== undefined && certificateId !== undefined && when !== undefined)
            record.targets[target] = { fingerprint, certificateId, at: when };
    }
    return record;
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
    const fix = `restore its last good value from the repository's settings history, or delete the variable to start the record afresh (a stored pending rotation is then adopted)`;
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
    if (raw.version === undefined)
        return migrate(raw);
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
/** Remembers a finished rollback run, keeping the newest few. */
function withRollbackRun(runs, finished) {
    return [...runs.filter(run => run.runId !== finished.runId), finished].slice(-ROLLBACK_RUNS_KEPT);
}


/***/ })

};
