export const id = 381;
export const ids = [381];
export const modules = {

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./src/rotation/promotion.ts
var promotion = __webpack_require__(7051);
// EXTERNAL MODULE: ./src/run/command.ts
var command = __webpack_require__(852);
// EXTERNAL MODULE: ./src/run/missing-input.ts
var missing_input = __webpack_require__(1936);
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
var gateway = __webpack_require__(3700);
;// CONCATENATED MODULE: ./src/rotation/comment.ts
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
    // The issue of a finished promotion (reopened by anyone who can triage) only ever finishes
    // that promotion: a rerun of its run. Another ID there would promote some other rotation.
    const promotion = record.promotion;
    if (issue.number !== record.rotation?.issue &&
        issue.number === promotion?.issue &&
        id !== promotion.certificateId) {
        await github.comment(issue.number, `@${author} this issue's rotation was already promoted, so nothing was changed. A pending rotation is promoted only from the issue that announces it.`);
        return {
            kind: 'ignored',
            reason: `issue #${issue.number} belongs to a promotion that is finished`,
            issue
        };
    }
    return { kind: 'promote', issue, certificateId: id, author };
}

// EXTERNAL MODULE: ./src/rotation/emergency.ts
var emergency = __webpack_require__(8643);
// EXTERNAL MODULE: ./src/rotation/retirement.ts
var retirement = __webpack_require__(2887);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/rotation/credentials.ts
var credentials = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/rotation/promote-text.ts




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

// EXTERNAL MODULE: ./src/rotation/results.ts
var results = __webpack_require__(8900);
// EXTERNAL MODULE: ./src/rotation/zero-touch.ts
var zero_touch = __webpack_require__(2188);
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
        ...emergency/* EMERGENCY_FIELDS */.m,
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
                await store.deleteVariable(n.certificatePending);
            issueNumber ??= store.record.promotion?.issue;
            if (current) {
                await (0,promotion/* recordPromotion */.Zw)(ctx, store, {
                    certificate: current,
                    certificateId,
                    replacedId: variables.get(n.certificateIdPrevious)
                });
            }
            if (issueNumber !== undefined) {
                const message = current
                    ? promotedComment(ctx, current, certificateId, variables)
                    : `Certificate \`${certificateId}\` is current${(0,issue_text/* where */._M)(inputs)}.`;
                await (0,promotion/* closeIssue */.wS)(ctx, github, store, { number: issueNumber, message, rerun: true });
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
            throw (0,missing_input/* missingInput */.f)(ctx.command, 'pendingPrivateKey', n, ctx.run);
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
            await rememberReply(store, pendingCertificate.fingerprint, certificateId);
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
        const mapping = await mappingRefusal(ctx, { key: pendingKey, certificateId }, currentId);
        if (mapping) {
            if (issueNumber !== undefined)
                await github.comment(issueNumber, mapping.comment);
            return {
                status: 'failed',
                outputs: {
                    ...(0,results/* certificateOutputs */.E4)(pendingCertificate, now),
                    'certificate-id': certificateId
                },
                failure: `${mapping.failure} Nothing was changed.`,
                stages: [
                    (0,results/* stageRow */.ru)('pending', pendingCertificate, certificateId, 'mapped to another role or entity')
                ],
                nextStep: mapping.nextStep,
                writes: github.writes
            };
        }
        const rerun = current?.fingerprint === pendingCertificate.fingerprint;
        const replaced = (0,promotion/* replacedStage */.dw)(store, n, {
            pendingCertificate,
            certificateId,
            current,
            currentId
        });
        const emergency = store.record.rotation?.emergency ?? false;
        await (0,promotion/* writePromotion */.xy)(ctx, store, {
            pendingKey,
            pendingCertificate,
            certificateId,
            current,
            currentId,
            emergency
        });
        // Certificates that left service (in an emergency the replaced and the previous one) are
        // revoked at once with the credentials just proven, or the closing comment names them.
        const settled = await (0,retirement/* settleRetirements */.Sr)(ctx, store, { key: pendingKey, certificateId }, [
            certificateId
        ]);
        const summary = promotedComment(ctx, pendingCertificate, certificateId, variables, emergency ? {} : replaced);
        const issue = issueNumber === undefined
            ? undefined
            : await (0,promotion/* closeIssue */.wS)(ctx, github, store, {
                number: issueNumber,
                known: rerun ? undefined : commentedOn,
                message: (0,promotion/* closingMessage */.Ds)(summary, emergency, settled.note),
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
/** A certificate ID a writer replied with that could not be proven (NetSuite down, or a
 * wrong ID): the rotation remembers it, so dropping the rotation can name it for revocation. */
async function rememberReply(store, fingerprint, certificateId) {
    const rotation = store.record.rotation;
    if (!rotation || rotation.fingerprint !== fingerprint)
        return;
    const replied = rotation.repliedIds ?? [];
    if (replied.includes(certificateId))
        return;
    await store.save(record => ({
        ...record,
        rotation: record.rotation && {
            ...record.rotation,
            repliedIds: [...replied, certificateId].slice(-10)
        }
    }));
}
/**
 * The admin's mapping: a token exchange proves a certificate, not that the integration's calls
 * will still be allowed. Where the certificate list can be read (with the credentials just
 * proven), a new certificate mapped to another role or entity than the current one is refused.
 */
async function mappingRefusal(ctx, via, currentId) {
    const url = ctx.inputs.certificatesUrl;
    if (!url || !currentId || currentId === via.certificateId)
        return undefined;
    const listed = await readableList(ctx, url, [via, (0,zero_touch/* currentCredentials */.eW)(ctx.inputs)]);
    if (!listed)
        return undefined;
    const now = listed.find(c => c.id === currentId);
    const next = listed.find(c => c.id === via.certificateId);
    if (!now?.role || !next?.role)
        return undefined;
    if (now.role === next.role && now.entity === next.entity)
        return undefined;
    const mapped = (c) => `role ${c.role ?? '?'} and entity ${c.entity ?? '?'}`;
    const failure = `certificate ${via.certificateId} is mapped to ${mapped(next)} in NetSuite, but the current certificate ${currentId} to ${mapped(now)}: the integration's calls could fail under the other role.`;
    const nextStep = `In NetSuite, revoke certificate ${via.certificateId}, upload the same certificate again for ${mapped(now)}, and reply \`/certificate-id <ID>\` with its new ID.`;
    return {
        failure,
        nextStep,
        comment: `The certificate \`${via.certificateId}\` is mapped to **${mapped(next)}**, but the current certificate \`${currentId}\` to **${mapped(now)}**, so **nothing was changed**: a token proves the certificate, not that the integration's calls are still allowed under another role.\n\n${nextStep}`
    };
}
/** NetSuite's certificate list, read with the first credentials whose role may read it (the
 * new certificate's role may lack the permission where the current one's has it). */
async function readableList(ctx, url, candidates) {
    let why = 'no credentials to read it';
    for (const via of candidates) {
        if (!via)
            continue;
        try {
            return await (await (0,zero_touch/* endpointFor */.Lo)(ctx, url, via)).list();
        }
        catch (error) {
            why = (0,errors/* describeError */.Uc)(error);
        }
    }
    ctx.log.info(`The role and entity of the new certificate could not be compared with the current one's (NetSuite's certificate list could not be read: ${why}).`);
    return undefined;
}


/***/ }),

/***/ 8643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ EMERGENCY_FIELDS)
/* harmony export */ });
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5568);
/**
 * What revoking a certificate reads: the credentials that sign the token for NetSuite's
 * certificate endpoint, and the endpoint. An emergency (and every other certificate that
 * leaves service) is revoked through the ledger in `retirement.ts`.
 */

const EMERGENCY_FIELDS = [..._credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .CREDENTIAL_FIELDS */ .cZ, 'certificatesUrl'];


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

/***/ 7051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ closingMessage),
/* harmony export */   Zw: () => (/* binding */ recordPromotion),
/* harmony export */   dw: () => (/* binding */ replacedStage),
/* harmony export */   wS: () => (/* binding */ closeIssue),
/* harmony export */   xy: () => (/* binding */ writePromotion)
/* harmony export */ });
/* unused harmony export PROMOTED_MARKER */
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);
/* harmony import */ var _retirement_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2887);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5568);



/**
 * The stage a promotion replaces (or replaced, on a rerun): the current one, or, once the
 * variables already hold the promoted certificate or its ID, the one in _PREVIOUS.
 */
function replacedStage(store, n, p) {
    const variables = store.variables;
    if (p.current?.fingerprint === p.pendingCertificate.fingerprint) {
        return {
            certificate: (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateFromVariable */ .kj)(variables.get(n.certificatePrevious), n.certificatePrevious),
            id: variables.get(n.certificateIdPrevious)
        };
    }
    return {
        certificate: p.current,
        id: p.currentId === p.certificateId ? variables.get(n.certificateIdPrevious) : p.currentId
    };
}
/** The promotion's comment, with what became of the certificates that left service. */
function closingMessage(summary, emergency, note) {
    const parts = [
        emergency
            ? 'This was an emergency rotation: the replaced certificate is not kept for rollback.'
            : '',
        note
    ].filter(part => part !== '');
    return parts.length > 0 ? `${summary}\n\n${parts.join(' ')}` : summary;
}
/**
 * The write sequence of a proven promotion: previous, then current, then the
 * pending secret and variable are deleted, then the record. Safe to repeat at
 * any point.
 */
async function writePromotion(ctx, store, p) {
    const { inputs } = ctx;
    const n = inputs.names;
    const variables = store.variables;
    const { pendingKey, pendingCertificate, certificateId, current, currentId } = p;
    const alreadyCurrent = current?.fingerprint === pendingCertificate.fingerprint;
    // On a rerun after the ID variable (or the whole current stage) was written, the replaced ID
    // already sits in _PREVIOUS.
    const rerun = alreadyCurrent || currentId === certificateId;
    const replacedId = rerun ? variables.get(n.certificateIdPrevious) : current && currentId;
    // Written to the ledger before any stage changes: a run stopped half way leaves them due
    // (so its rerun, which finds _PREVIOUS already holding the replaced stage, adds nothing).
    if (current && !rerun)
        await (0,_retirement_js__WEBPACK_IMPORTED_MODULE_1__/* .recordLeaving */ .yU)(ctx, store, leavingOnPromotion(store, n, p));
    if (p.emergency && current && !alreadyCurrent) {
        // A compromised key is never kept for rollback.
        await store.deleteSecret(n.keyPrevious);
        await store.deleteVariable(n.certificatePrevious);
        await store.deleteVariable(n.certificateIdPrevious);
        ctx.log.warning(`Emergency rotation: the replaced certificate${replacedId ? ` ${replacedId}` : ''} is not kept as _PREVIOUS; revoke it in NetSuite if it is still active.`);
    }
    else if (current && !alreadyCurrent) {
        // Previous first: the credentials being replaced, never the ones being promoted.
        if (inputs.privateKey && !(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .sameKey */ .el)(inputs.privateKey.keyObject, pendingKey.keyObject)) {
            await store.putSecret(n.keyPrevious, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .privateKeyPem */ .nQ)(inputs.privateKey));
        }
        else if (!inputs.privateKey) {
            ctx.log.warning(`private-key was not given, so the replaced key is not kept in ${n.keyPrevious}; rollback will not be possible`);
        }
        await store.setVariable(n.certificatePrevious, current.pem);
        if (replacedId && !rerun) {
            await store.setVariable(n.certificateIdPrevious, replacedId);
        }
    }
    // Key and ID next to each other: the pair consumers use is mismatched only between these two calls.
    await store.putSecret(n.key, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .privateKeyPem */ .nQ)(pendingKey));
    await store.setVariable(n.certificateId, certificateId);
    await store.setVariable(n.certificate, pendingCertificate.pem);
    await store.deleteSecret(n.keyPending);
    await store.deleteVariable(n.certificatePending);
    await recordPromotion(ctx, store, {
        certificate: pendingCertificate,
        certificateId,
        replacedId: p.emergency ? undefined : replacedId
    });
}
/**
 * Which certificates leave service when `p` is promoted: in an emergency the replaced one and
 * the previous one (a leak usually reaches both keys); otherwise the previous one, whose key
 * _PREVIOUS no longer keeps once the replaced credentials take its place.
 */
function leavingOnPromotion(store, n, p) {
    const previousId = store.variables.get(n.certificateIdPrevious);
    const promotion = store.record.promotion;
    const previousRevoked = promotion?.previousCertificateId === previousId && promotion?.previousRevokedAt !== undefined;
    const stillActive = (id) => id && id !== p.certificateId && !(id === previousId && previousRevoked) ? id : undefined;
    if (p.emergency) {
        const reason = 'its key is treated as compromised (emergency rotation)';
        return [
            { certificateId: stillActive(p.currentId), what: 'the replaced certificate', reason },
            { certificateId: stillActive(previousId), what: 'the previous certificate', reason }
        ];
    }
    if (previousId === p.currentId)
        return [];
    return [
        {
            certificateId: stillActive(previousId),
            what: 'the previous certificate',
            reason: 'a newer promotion replaced it as previous, so its key is no longer kept'
        }
    ];
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

/***/ 2887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ settleRetirements),
/* harmony export */   dF: () => (/* binding */ WHERE_TO_REVOKE),
/* harmony export */   yU: () => (/* binding */ recordLeaving)
/* harmony export */ });
/* unused harmony export dueCertificates */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2198);
/* harmony import */ var _zero_touch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2188);
/* harmony import */ var _core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5543);




const WHERE_TO_REVOKE = _core_netsuite_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .M2M_SETUP_PAGE */ .V;
/** Writes the leaving certificates to the ledger (once each); call before the stages change. */
async function recordLeaving(ctx, store, leaving) {
    const now = ctx.now();
    const fresh = leaving.filter((l) => !!l.certificateId && !store.record.retired.some(r => r.certificateId === l.certificateId));
    if (fresh.length === 0)
        return;
    await store.save(record => ({
        ...record,
        retired: [
            ...record.retired,
            ...fresh.map(l => ({
                certificateId: l.certificateId,
                what: l.what,
                reason: l.reason,
                dueAt: (l.dueAt ?? now).toISOString()
            }))
        ]
    }));
}
/** The ledger's certificates due now and not revoked yet, never one of `inUse`. */
function dueCertificates(ctx, store, inUse) {
    const now = ctx.now().getTime();
    return store.record.retired.filter(r => !r.revokedAt && new Date(r.dueAt).getTime() <= now && !inUse.includes(r.certificateId));
}
/**
 * Revokes every due certificate with `via` (credentials NetSuite accepts); a certificate
 * NetSuite no longer knows counts as done. Marks them in the ledger; the rest are named.
 */
async function settleRetirements(ctx, store, via, inUse) {
    const due = dueCertificates(ctx, store, [...inUse, via?.certificateId]);
    if (due.length === 0)
        return { revoked: [], gone: [], byHand: [], note: '' };
    const url = ctx.inputs.certificatesUrl;
    if (!via || !ctx.inputs.clientId || !url) {
        return named(ctx, { revoked: [], gone: [], byHand: due }, 'this run has no credentials and certificate endpoint to do it');
    }
    const revoked = [];
    const gone = [];
    const byHand = [];
    let why = '';
    try {
        const endpoint = await (0,_zero_touch_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointFor */ .Lo)(ctx, url, via);
        for (const certificate of due) {
            try {
                await endpoint.revoke(certificate.certificateId);
                revoked.push(certificate);
            }
            catch (error) {
                // Already gone from NetSuite (a sandbox refresh): nothing is left to revoke.
                if (error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetSuiteError */ .oG && error.status === 404)
                    gone.push(certificate);
                else {
                    byHand.push(certificate);
                    why = `NetSuite refused to revoke it (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)})`;
                }
            }
        }
    }
    catch (error) {
        return named(ctx, { revoked: [], gone: [], byHand: due }, `no token for the certificate endpoint (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)})`);
    }
    const done = [...revoked, ...gone];
    if (done.length > 0 && !ctx.inputs.dryRun) {
        const at = ctx.now().toISOString();
        const ids = new Set(done.map(r => r.certificateId));
        await store.save(record => ({
            ...record,
            retired: record.retired.map(r => (ids.has(r.certificateId) ? { ...r, revokedAt: at } : r))
        }));
    }
    return named(ctx, { revoked, gone, byHand }, why);
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The note and the log lines: what was revoked, and what a person must revoke, and where. */
function named(ctx, what, why) {
    const would = ctx.inputs.dryRun ? ' (dry-run: would be)' : '';
    const lines = [
        ...what.revoked.map(r => `${capitalised(r.what)} \`${r.certificateId}\` was revoked in NetSuite${would} (${r.reason}).`),
        ...what.gone.map(r => `${capitalised(r.what)} \`${r.certificateId}\` is no longer in NetSuite, so nothing was left to revoke.`),
        ...what.byHand.map(r => `Revoke ${r.what} \`${r.certificateId}\` in NetSuite now (${WHERE_TO_REVOKE}): ${r.reason}, and ${why}.`)
    ];
    for (const line of lines)
        ctx.log.warning(line.replace(/`/g, ''));
    return { ...what, note: lines.join(' ') };
}


/***/ })

};
