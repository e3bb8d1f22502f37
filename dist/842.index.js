export const id = 842;
export const ids = [842];
export const modules = {

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

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ showRotation),
/* harmony export */   au: () => (/* binding */ closeRotationIssue),
/* harmony export */   ov: () => (/* binding */ ISSUE_FIELDS)
/* harmony export */ });
/* unused harmony export REOPENED_NOTE */
/* harmony import */ var _issue_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5305);

const ISSUE_FIELDS = ['issueLabel', 'issueAssignees'];
const REOPENED_NOTE = 'Reopened by the rotation workflow: the pending certificate above is still stored and waiting, and closing this issue does not cancel the rotation. Upload it and reply `/certificate-id <ID>`, or run the rotate command with `restart: true` to abandon it and start another.';
/**
 * Makes the issue the record names show this rotation: updates it, reopens it
 * when closed, or opens one when there is none (or GitHub no longer has it).
 * Saves the record with the issue. Returns the issue (undefined in dry-run).
 */
async function showRotation(ctx, github, store, show) {
    const { inputs } = ctx;
    const { rotation, certificate } = show;
    const view = {
        certificate: { ...certificate, keyLabel: certificate.key.label },
        deadline: show.deadline,
        reason: rotation.reason,
        reregister: rotation.reregister,
        emergency: rotation.emergency
    };
    const title = (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .issueTitle */ .al)(inputs, view);
    const body = (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .issueBody */ .y6)(inputs, view);
    let issue = rotation.issue === undefined ? undefined : await github.findIssue(rotation.issue);
    if (issue && issue.state !== 'open') {
        await github.updateIssue(issue.number, { state: 'open', title, body });
        await github.comment(issue.number, REOPENED_NOTE);
        issue = { ...issue, state: 'open', title, body };
    }
    else if (issue && (issue.body !== body || issue.title !== title)) {
        await github.updateIssue(issue.number, { title, body });
        issue = { ...issue, title, body };
    }
    let created;
    if (!issue) {
        issue = created = await github.createIssue({
            title,
            body,
            labels: [inputs.issueLabel],
            assignees: inputs.issueAssignees
        });
    }
    const recorded = issue ? { issue: issue.number, openedBy: issue.author || rotation.openedBy } : {};
    try {
        await store.save(record => ({ ...record, rotation: { ...rotation, ...recorded } }));
    }
    catch (error) {
        // An issue the record does not name would stay open beside the one the rerun opens,
        // showing a certificate that may later leave service: close it while we still can.
        if (created)
            await closeUnrecorded(github, created.number);
        throw error;
    }
    return issue;
}
async function closeUnrecorded(github, number) {
    try {
        await closeRotationIssue(github, number, 'The rotation record could not be written after this issue was opened, so the run stopped and this issue was closed. A rerun opens the rotation issue again; follow that one.', 'not_planned');
    }
    catch {
        // GitHub is failing: the rerun's issue is the one the record will name.
    }
}
/** Comments and closes the issue the record named (never any other). */
async function closeRotationIssue(github, number, message, reason) {
    const issue = await github.findIssue(number);
    if (!issue || issue.state !== 'open')
        return;
    await github.comment(number, message);
    await github.updateIssue(number, { state: 'closed', state_reason: reason });
}


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ PENDING_FIELDS),
/* harmony export */   iO: () => (/* binding */ announceRotation),
/* harmony export */   lN: () => (/* binding */ dropPending),
/* harmony export */   uV: () => (/* binding */ pendingRotation)
/* harmony export */ });
/* unused harmony exports ADOPTED_REASON, newRotation */
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);
/* harmony import */ var _issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7449);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5568);



const PENDING_FIELDS = [..._issue_js__WEBPACK_IMPORTED_MODULE_2__/* .ISSUE_FIELDS */ .ov, 'certificate', 'pendingPrivateKey'];
const ADOPTED_REASON = 'A pending certificate was found stored without a rotation record (left by an interrupted run or an earlier release of this action); it is announced here so it can be uploaded and promoted.';
function newRotation(ctx, fields) {
    return {
        fingerprint: fields.fingerprint,
        reason: fields.reason,
        reregister: fields.reregister ?? false,
        emergency: fields.emergency ?? false,
        remindersSent: [],
        startedAt: ctx.now().toISOString()
    };
}
/** Records a new rotation of this certificate and shows it on its issue (opened, or the recorded one updated). */
async function announceRotation(ctx, github, store, fields) {
    const { certificate, deadline, ...rest } = fields;
    const rotation = newRotation(ctx, { fingerprint: certificate.fingerprint, ...rest });
    return (0,_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .showRotation */ .Eq)(ctx, github, store, { rotation, certificate, deadline });
}
/**
 * Drops the pending rotation: its issue (the one the record names) is closed
 * with the note, the pending secret and variable are deleted, the record
 * forgets it.
 */
async function dropPending(ctx, github, store, note) {
    const n = ctx.inputs.names;
    const recorded = store.record.rotation;
    if (recorded?.issue !== undefined) {
        await (0,_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .closeRotationIssue */ .au)(github, recorded.issue, note, 'not_planned');
    }
    await store.deleteSecret(n.keyPending);
    await store.deleteVariable(n.certificatePending);
    await store.save(record => ({ ...record, rotation: undefined }));
}
/**
 * `reason` is what this run would say starting a rotation: a pair left by an
 * interrupted run of the same command (no record at all) is announced with it.
 */
async function pendingRotation(ctx, github, store, reason) {
    const { inputs } = ctx;
    const n = inputs.names;
    const recorded = store.record.rotation;
    const certificate = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(store.variables.get(n.certificatePending), n.certificatePending);
    const key = inputs.pendingPrivateKey;
    if (certificate && key && !(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate)) {
        // Two overlapping runs can leave the key of one next to the certificate of the other: such a
        // pair can never be promoted, so it is replaced by a fresh rotation.
        ctx.log.warning('The pending key and the pending certificate come from two overlapping rotations; starting afresh.');
        if (recorded?.issue !== undefined) {
            await (0,_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .closeRotationIssue */ .au)(github, recorded.issue, 'Two rotations overlapped, so the stored pending key does not belong to the certificate above; it can never be promoted. This issue is closed and a fresh rotation replaces it. Give the workflows a shared `concurrency` group to prevent this.', 'not_planned');
        }
        await store.save(record => ({ ...record, rotation: undefined }));
        return { kind: 'none', overlapped: true };
    }
    if (!certificate) {
        if (recorded) {
            if (recorded.issue !== undefined) {
                await (0,_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .closeRotationIssue */ .au)(github, recorded.issue, `The pending certificate is no longer stored (the variable \`${n.certificatePending}\` is empty), so this rotation cannot be finished. The next rotation starts on a new issue.`, 'not_planned');
            }
            await store.save(record => ({ ...record, rotation: undefined }));
        }
        return { kind: 'none', overlapped: false };
    }
    if (recorded?.fingerprint === certificate.fingerprint) {
        return { kind: 'pending', rotation: recorded, certificate, adopted: false };
    }
    const reregister = inputs.certificate?.fingerprint === certificate.fingerprint;
    const rotation = {
        ...newRotation(ctx, {
            fingerprint: certificate.fingerprint,
            reason: recorded || reregister ? ADOPTED_REASON : reason,
            reregister
        }),
        ...(recorded?.issue !== undefined ? { issue: recorded.issue, openedBy: recorded.openedBy } : {})
    };
    ctx.log.info(`Adopting the stored pending certificate ${certificate.fingerprint} into the rotation record.`);
    return { kind: 'pending', rotation, certificate, adopted: true };
}


/***/ }),

/***/ 7051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ closingMessage),
/* harmony export */   Zw: () => (/* binding */ recordPromotion),
/* harmony export */   iC: () => (/* binding */ makeCurrent),
/* harmony export */   wS: () => (/* binding */ closeIssue)
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
    const previous = store.held(n, 'previous');
    if (p.current?.fingerprint === p.pendingCertificate.fingerprint) {
        return { certificate: previous.certificate, id: previous.certificateId };
    }
    return {
        certificate: p.current,
        id: p.currentId === p.certificateId ? previous.certificateId : p.currentId
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
 * A proven pending pair becomes current: what it replaces is read first (the writes move it),
 * then the promotion is written, then the certificates that left service are revoked with the
 * credentials just proven (or named in the returned note). A person's reply and the automatic
 * promotion both end here.
 */
async function makeCurrent(ctx, store, p) {
    const replaced = replacedStage(store, ctx.inputs.names, p);
    await writePromotion(ctx, store, p);
    const via = { key: p.pendingKey, certificateId: p.certificateId };
    const settled = await (0,_retirement_js__WEBPACK_IMPORTED_MODULE_1__/* .settleRetirements */ .Sr)(ctx, store, via, [p.certificateId]);
    return { replaced, settled };
}
/**
 * The write sequence of a proven promotion: previous, then current, then the
 * pending secret and variable are deleted, then the record. Safe to repeat at
 * any point.
 */
async function writePromotion(ctx, store, p) {
    const { inputs } = ctx;
    const n = inputs.names;
    const { pendingKey, pendingCertificate, certificateId, current, currentId } = p;
    const alreadyCurrent = current?.fingerprint === pendingCertificate.fingerprint;
    // On a rerun after the ID variable (or the whole current stage) was written, the replaced ID
    // already sits in _PREVIOUS.
    const rerun = alreadyCurrent || currentId === certificateId;
    const replacedId = rerun ? store.held(n, 'previous').certificateId : current && currentId;
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
        await keepReplacedKey(ctx, store, pendingKey, current);
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
 * Previous first: the replaced key goes to _PREVIOUS only when it is the replaced
 * certificate's, never the one being promoted (already written by a stopped run). Without
 * it, the key left there from an earlier generation is removed: _PREVIOUS holds the
 * replaced pair or no key, never a key beside a certificate it does not fit.
 */
async function keepReplacedKey(ctx, store, pendingKey, replaced) {
    const n = ctx.inputs.names;
    const key = ctx.inputs.privateKey;
    if (key && (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .sameKey */ .el)(key.keyObject, pendingKey.keyObject))
        return;
    if (key && (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .keyMatchesCertificate */ .Yh)(key.keyObject, replaced)) {
        await store.putSecret(n.keyPrevious, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .privateKeyPem */ .nQ)(key));
        return;
    }
    await store.deleteSecret(n.keyPrevious);
    ctx.log.warning(key
        ? `private-key does not belong to the replaced certificate (fingerprint ${replaced.fingerprint}), so it is not kept in ${n.keyPrevious} (any key there was removed); rollback will not be possible. Pass secrets.${n.key} as private-key.`
        : `private-key was not given, so the replaced key is not kept in ${n.keyPrevious} (any key there was removed); rollback will not be possible`);
}
/**
 * Which certificates leave service when `p` is promoted: in an emergency the replaced one and
 * the previous one (a leak usually reaches both keys); otherwise the previous one, whose key
 * _PREVIOUS no longer keeps once the replaced credentials take its place.
 */
function leavingOnPromotion(store, n, p) {
    const previousId = store.held(n, 'previous').certificateId;
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


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vu: () => (/* binding */ ROTATION_FIELDS),
  KK: () => (/* binding */ resumesAutomatically),
  Ec: () => (/* binding */ rotationPending),
  DP: () => (/* binding */ startRotation)
});

// EXTERNAL MODULE: ./src/rotation/emergency.ts
var emergency = __webpack_require__(8643);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/rotation/issue-text.ts
var issue_text = __webpack_require__(5305);
// EXTERNAL MODULE: ./src/rotation/promotion.ts
var promotion = __webpack_require__(7051);
// EXTERNAL MODULE: ./src/rotation/results.ts
var results = __webpack_require__(8900);
// EXTERNAL MODULE: ./src/rotation/zero-touch.ts
var zero_touch = __webpack_require__(2188);
;// CONCATENATED MODULE: ./src/rotation/zero-touch-promote.ts
/**
 * The end of a zero-touch rotation: prove the uploaded certificate, promote it
 * exactly as promote does, and leave a closed issue as the record.
 */






const PROMOTE_UPLOADED_FIELDS = [
    ...emergency/* EMERGENCY_FIELDS */.m,
    'privateKey',
    'certificate',
    'certificateId',
    'issueLabel',
    'revokePreviousAfterDays'
];
async function promoteUploaded(ctx, github, store, rotation) {
    const { inputs } = ctx;
    const n = inputs.names;
    const { pending, certificateId, emergency } = rotation;
    const token = await (0,zero_touch/* proveUploaded */.x0)(ctx, pending.key, certificateId);
    ctx.log.info(`NetSuite accepted the uploaded certificate ${certificateId}.`);
    const { certificate: current, certificateId: currentId } = store.held(n, 'current', {
        certificate: inputs.certificate,
        certificateId: inputs.certificateId
    });
    // What the promotion replaced is read before the writes move it (a rerun finds it in
    // _PREVIOUS; in an emergency it is gone, and the ledger's note names it); the certificates
    // that left service are revoked now, with the new credentials.
    const { replaced, settled } = await (0,promotion/* makeCurrent */.iC)(ctx, store, {
        pendingKey: pending.key,
        pendingCertificate: pending.certificate,
        certificateId,
        current,
        currentId,
        emergency
    });
    const now = ctx.now();
    // The day a scheduled check revokes the replaced certificate (never kept in an emergency).
    const revokeOn = emergency ? undefined : revocationDay(now, inputs.revokePreviousAfterDays);
    const issue = await recordAutomaticRotation(ctx, github, {
        pending,
        certificateId,
        replaced: emergency ? { id: replaced.id } : replaced,
        emergency,
        revokeOn,
        note: settled.note
    });
    return (0,results/* promotedResult */.m0)(now, {
        key: pending.key,
        certificate: pending.certificate,
        certificateId,
        accessToken: token.accessToken,
        state: 'rotated automatically, verified',
        previous: emergency
            ? undefined
            : {
                certificate: replaced.certificate,
                id: replaced.id,
                state: revokeOn ? `revoked after ${revokeOn}` : 'kept'
            },
        issue,
        nextStep: 'Nothing to do: the rotation finished without a person.'
    });
}
function revocationDay(promoted, afterDays) {
    return afterDays > 0 ? (0,time/* formatDate */.Yq)((0,time/* addDays */.fi)(promoted, afterDays)) : undefined;
}
/** The record of an automatic rotation: a closed issue a person can read later. It carries
 * the label but no rotation marker, so it is never mistaken for a pending rotation. */
async function recordAutomaticRotation(ctx, github, done) {
    const { inputs } = ctx;
    const { pending, certificateId, replaced, emergency, revokeOn } = done;
    const body = [
        `The NetSuite M2M certificate of account \`${inputs.accountId}\`${(0,issue_text/* where */._M)(inputs)} was rotated automatically through NetSuite's certificate endpoint; no one needs to do anything.`,
        '',
        '| | certificate ID | fingerprint (SHA-256) | valid until |',
        '|---|---|---|---|',
        `| new (current) | \`${certificateId}\` | \`${pending.certificate.fingerprint}\` | ${pending.certificate.notAfter.toISOString()} |`,
        replaced.certificate
            ? `| old (previous) | \`${replaced.id ?? ''}\` | \`${replaced.certificate.fingerprint}\` | ${replaced.certificate.notAfter.toISOString()} |`
            : '',
        '',
        emergency
            ? `This was an emergency rotation: the old certificate${replaced.id ? ` \`${replaced.id}\`` : ''} is not kept for rollback.`
            : revokeOn && replaced.certificate
                ? `The old certificate stays usable for rollback until ${revokeOn}, when a scheduled check revokes it in NetSuite (revoke-previous-after-days: ${inputs.revokePreviousAfterDays}).`
                : 'The old certificate is not revoked automatically (revoke-previous-after-days: 0).',
        done.note
    ]
        .filter(line => line !== '')
        .join('\n');
    const issue = await github.createIssue({
        title: `NetSuite ${inputs.accountId}${inputs.environment ? ` (${inputs.environment})` : ''}: M2M certificate rotated automatically`,
        body,
        labels: [inputs.issueLabel],
        assignees: []
    });
    if (issue)
        await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' });
    return issue;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/validity.ts
var validity = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/core/key-types.ts
var key_types = __webpack_require__(4368);
// EXTERNAL MODULE: ./src/core/pem.ts + 1 modules
var pem = __webpack_require__(2304);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/asn1.js
var asn1 = __webpack_require__(7357);
var asn1_default = /*#__PURE__*/__webpack_require__.n(asn1);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/util.js
var util = __webpack_require__(7456);
var util_default = /*#__PURE__*/__webpack_require__.n(util);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/x509.ts
/**
 * A minimal X.509 v3 certificate builder. node-forge can only sign RSA
 * certificates, so forge serves here just as a DER encoder (it is already a
 * dependency) while node:crypto, i.e. OpenSSL, generates the
 * keys, exports the SubjectPublicKeyInfo and makes the signature. One path for
 * RSA and EC alike. RFC 5280 section 4.1.
 */




const U = (asn1_default()).Class.UNIVERSAL;
const T = (asn1_default()).Type;
const seq = (items) => asn1_default().create(U, T.SEQUENCE, true, items);
const set = (items) => asn1_default().create(U, T.SET, true, items);
const oid = (id) => asn1_default().create(U, T.OID, false, asn1_default().oidToDer(id).getBytes());
const octets = (bytes) => asn1_default().create(U, T.OCTETSTRING, false, bytes.toString('binary'));
const bool = (value) => asn1_default().create(U, T.BOOLEAN, false, String.fromCharCode(value ? 0xff : 0));
const explicit = (tag, inner) => asn1_default().create((asn1_default()).Class.CONTEXT_SPECIFIC, tag, true, [inner]);
const der = (node) => Buffer.from(asn1_default().toDer(node).getBytes(), 'binary');
const fromDer = (bytes) => asn1_default().fromDer(bytes.toString('binary'));
/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 on. */
function x509_time(date) {
    return date.getUTCFullYear() < 2050
        ? asn1_default().create(U, T.UTCTIME, false, asn1_default().dateToUtcTime(date))
        : asn1_default().create(U, T.GENERALIZEDTIME, false, asn1_default().dateToGeneralizedTime(date));
}
const ATTRIBUTES = {
    CN: '2.5.4.3',
    C: '2.5.4.6',
    L: '2.5.4.7',
    ST: '2.5.4.8',
    O: '2.5.4.10',
    OU: '2.5.4.11',
    SERIALNUMBER: '2.5.4.5',
    EMAILADDRESS: '1.2.840.113549.1.9.1'
};
const SPECIAL = ',+"\\<>;=# /';
/** Splits at `separator` where it is not escaped with a backslash; escapes are kept. */
function splitUnescaped(text, separator) {
    const parts = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\' && i + 1 < text.length) {
            current += text[i] + text[++i];
        }
        else if (text[i] === separator) {
            parts.push(current);
            current = '';
        }
        else
            current += text[i];
    }
    parts.push(current);
    return parts;
}
/** RFC 4514 section 3 escapes: `\,` and the other specials, or `\XX` for a byte of UTF-8. */
function unescapeValue(raw, subject) {
    const bytes = [];
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] !== '\\') {
            bytes.push(...Buffer.from(raw[i], 'utf8'));
            continue;
        }
        const next = raw.slice(i + 1, i + 3);
        if (next === '') {
            throw new errors/* InputError */.dz(`subject "${subject}" ends with a lone \\: write \\\\ for a backslash`);
        }
        if (/^[0-9A-Fa-f]{2}$/.test(next)) {
            bytes.push(parseInt(next, 16));
            i += 2;
        }
        else if (SPECIAL.includes(next[0])) {
            bytes.push(next.charCodeAt(0));
            i += 1;
        }
        else {
            throw new errors/* InputError */.dz(`subject "${subject}": \\${next[0]} is not an RFC 4514 escape: escape only , + " \\ < > ; = # and spaces, or write a byte as \\XX`);
        }
    }
    const value = Buffer.from(bytes).toString('utf8');
    if (value.includes('\ufffd')) {
        throw new errors/* InputError */.dz(`subject "${subject}" has \\XX escapes that are not UTF-8`);
    }
    return value;
}
function parseAttribute(part, rdn, raw) {
    const eq = part.indexOf('=');
    const type = part.slice(0, eq).trim().toUpperCase();
    const value = eq <= 0 ? '' : unescapeValue(part.slice(eq + 1).trim(), raw);
    if (eq <= 0 || !ATTRIBUTES[type] || value === '') {
        throw new errors/* InputError */.dz(`subject "${raw}" is malformed at "${rdn.trim()}": write attribute=value pairs separated by commas, the most specific first, e.g. CN=NetSuite M2M acme/erp-sync,O=Acme,C=US (attributes: ${Object.keys(ATTRIBUTES).join(', ')}); escape a + in a value as \\+ and a comma as \\,`);
    }
    if (type === 'C' && !/^[A-Z]{2}$/.test(value)) {
        throw new errors/* InputError */.dz(`subject country "C=${value}" must be a two-letter code such as US`);
    }
    if (value.length > 200)
        throw new errors/* InputError */.dz(`subject ${type} is longer than 200 characters`);
    return { type, value };
}
/**
 * Parses a subject into RDNs in DER order. An RFC 4514 string
 * (`CN=NetSuite M2M acme/erp,O=Acme,C=US`) lists the most specific RDN first,
 * so its DER order is the reverse; OpenSSL's `-subj` form (`/C=US/O=Acme/CN=x`)
 * is written in DER order. Both take `+` for multi-valued RDNs and backslash
 * escapes (`\,`, `\+`, `\XX`).
 */
function parseDistinguishedName(raw) {
    const text = raw.trim();
    const slashForm = text.startsWith('/');
    const rdns = slashForm ? splitUnescaped(text.slice(1), '/') : splitUnescaped(text, ',');
    const parsed = rdns.map(rdn => splitUnescaped(rdn, '+').map(part => parseAttribute(part, rdn, raw)));
    return slashForm ? parsed : parsed.reverse();
}
const compareDer = (a, b) => Buffer.compare(der(a), der(b));
function x509_name(rdns) {
    return seq(rdns.map(rdn => 
    // A SET OF is DER-encoded in the order of its members' encodings (X.690 11.6).
    set(rdn
        .map(({ type, value }) => {
        const stringType = type === 'C' ? T.PRINTABLESTRING : type === 'EMAILADDRESS' ? T.IA5STRING : T.UTF8;
        const encoded = stringType === T.UTF8 ? util_default().encodeUtf8(value) : value;
        return seq([oid(ATTRIBUTES[type]), asn1_default().create(U, stringType, false, encoded)]);
    })
        .sort(compareDer))));
}
/** Signature AlgorithmIdentifier per key kind and hash (RFC 4055, RFC 5758). */
function signatureAlgorithm(kind, hash) {
    if (kind === 'rsa') {
        const ids = {
            sha256: '1.2.840.113549.1.1.11',
            sha384: '1.2.840.113549.1.1.12',
            sha512: '1.2.840.113549.1.1.13'
        };
        return seq([oid(ids[hash]), asn1_default().create(U, T.NULL, false, '')]);
    }
    const ids = {
        sha256: '1.2.840.10045.4.3.2',
        sha384: '1.2.840.10045.4.3.3',
        sha512: '1.2.840.10045.4.3.4'
    };
    return seq([oid(ids[hash])]);
}
function extension(id, critical, value) {
    return seq([oid(id), ...(critical ? [bool(true)] : []), octets(der(value))]);
}
/** Builds and self-signs the certificate; returns its DER. */
function buildSelfSignedCertificate(request) {
    const spkiDer = request.publicKey.export({ type: 'spki', format: 'der' });
    const spki = fromDer(spkiDer);
    // RFC 5280 4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING value.
    // forge decodes an RSA key's BIT STRING into children but keeps the raw bytes
    // (with the leading unused-bits octet) in bitStringContents.
    const bitString = spki.value[1];
    const raw = bitString.bitStringContents ?? bitString.value;
    const keyBits = Buffer.from(raw, 'binary').subarray(1);
    const keyId = (0,external_node_crypto_.createHash)('sha1').update(keyBits).digest();
    // Random positive 128-bit serial (RFC 5280 4.1.2.2: positive, at most 20 octets).
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] = (serial[0] & 0x7f) | 0x01;
    const algorithm = signatureAlgorithm(request.kind, request.hash);
    const tbs = seq([
        explicit(0, asn1_default().create(U, T.INTEGER, false, String.fromCharCode(2))),
        asn1_default().create(U, T.INTEGER, false, serial.toString('binary')),
        algorithm,
        x509_name(request.subject),
        seq([x509_time(request.notBefore), x509_time(request.notAfter)]),
        x509_name(request.subject),
        spki,
        explicit(3, seq([
            extension('2.5.29.19', true, seq([])), // basicConstraints: CA:FALSE
            // keyUsage: digitalSignature only (bit 0 -> 0x80, 7 unused bits)
            extension('2.5.29.15', true, asn1_default().create(U, T.BITSTRING, false, '\x07\x80')),
            extension('2.5.29.14', false, octets(keyId)) // subjectKeyIdentifier
        ]))
    ]);
    const tbsDer = der(tbs);
    const signature = (0,external_node_crypto_.sign)(request.hash, tbsDer, request.privateKey);
    const certificate = seq([
        tbs,
        signatureAlgorithm(request.kind, request.hash),
        asn1_default().create(U, T.BITSTRING, false, '\x00' + signature.toString('binary'))
    ]);
    return der(certificate);
}

;// CONCATENATED MODULE: ./src/core/generate.ts








const generateKeyPairAsync = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/** notBefore sits a minute in the past so a slightly slow clock elsewhere accepts it at once. */
const CLOCK_SKEW_MS = 60_000;
/** Keys come from OpenSSL through node:crypto (no JavaScript prime search). */
async function generateKey(keyType) {
    const spec = key_types/* KEY_SPECS */.ZD[keyType];
    return spec.kind === 'rsa'
        ? generateKeyPairAsync('rsa', { modulusLength: spec.bits, publicExponent: 0x10001 })
        : generateKeyPairAsync('ec', { namedCurve: spec.curve });
}
async function generateCredentials(options) {
    const validityDays = (0,validity/* validateValidityDays */.m)(options.validityDays);
    const subject = parseDistinguishedName(options.subject);
    const spec = key_types/* KEY_SPECS */.ZD[options.keyType];
    const { privateKey, publicKey } = await generateKey(options.keyType);
    const now = options.now ?? new Date();
    const notBefore = new Date(Math.floor((now.getTime() - CLOCK_SKEW_MS) / 1000) * 1000);
    const notAfter = new Date(notBefore.getTime() + validityDays * time/* DAY_MS */.sO);
    const certificateDer = buildSelfSignedCertificate({
        publicKey,
        privateKey,
        kind: spec.kind,
        hash: spec.hash,
        subject,
        notBefore,
        notAfter
    });
    const certificatePem = (0,pem/* toPem */.s)('CERTIFICATE', certificateDer);
    return {
        keyType: options.keyType,
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
        certificatePem,
        fingerprint: new external_node_crypto_.X509Certificate(certificateDer).fingerprint256,
        notBefore,
        notAfter
    };
}

// EXTERNAL MODULE: ./src/core/inspect.ts + 1 modules
var inspect = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/rotation/issue.ts
var rotation_issue = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/rotation/pending.ts
var rotation_pending = __webpack_require__(8405);
// EXTERNAL MODULE: ./src/rotation/credentials.ts
var credentials = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/rotation/start-rotation.ts
/**
 * Starting a rotation and showing one that is pending: what `rotate` does, and what `check`
 * does when the current certificate nears its end or NetSuite no longer knows it.
 */











/** What starting or showing a rotation reads, an automatic upload and promotion included. */
const ROTATION_FIELDS = [
    ...rotation_pending/* PENDING_FIELDS */.Gi,
    ...zero_touch/* ZERO_TOUCH_FIELDS */.D9,
    ...PROMOTE_UPLOADED_FIELDS,
    'keyType',
    'validityDays',
    'subject'
];
/**
 * A pending pair an automatic rotation stored before it failed (no issue yet,
 * key at hand): the rerun finishes it through the API, reusing the pair and
 * any upload the record holds, instead of asking a person.
 */
function resumesAutomatically(ctx, pending) {
    const { inputs } = ctx;
    const key = inputs.pendingPrivateKey;
    return (pending.kind === 'pending' &&
        pending.adopted &&
        pending.rotation.issue === undefined &&
        !pending.rotation.reregister &&
        (0,zero_touch/* apiUpload */.yX)(inputs) !== undefined &&
        (0,zero_touch/* currentCredentials */.eW)(inputs) !== undefined &&
        key !== undefined &&
        (0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, pending.certificate));
}
async function startRotation(ctx, github, store, why) {
    const { inputs } = ctx;
    const via = why.via === 'none' ? undefined : (why.via ?? (0,zero_touch/* currentCredentials */.eW)(inputs));
    const api = via && (0,zero_touch/* apiUpload */.yX)(inputs);
    const pending = (api && reusablePending(ctx, store)) || (await generateAndStore(ctx, store));
    let note;
    if (api && via) {
        const outcome = await (0,zero_touch/* uploadPending */.PI)(ctx, store, pending, { via, api });
        if (outcome.kind !== 'fallback') {
            if (outcome.kind === 'would-upload' || inputs.dryRun) {
                return dryRunApiResult(ctx, pending.certificate);
            }
            return promoteUploaded(ctx, github, store, {
                pending,
                certificateId: outcome.certificateId,
                emergency: why.emergency ?? false
            });
        }
        note = outcome.note;
    }
    const { certificate } = pending;
    const reason = note
        ? `${why.reason}\n\n> [!NOTE]\n> This rotation could not be done automatically: ${note}`
        : why.reason;
    const issue = await (0,rotation_pending/* announceRotation */.iO)(ctx, github, store, {
        certificate,
        reason,
        deadline: why.deadline,
        emergency: why.emergency
    });
    return {
        status: 'rotation-started',
        outputs: {
            ...(0,results/* certificateOutputs */.E4)(certificate, ctx.now()),
            ...(0,results/* issueOutputs */.gK)(issue)
        },
        stages: [(0,results/* stageRow */.ru)('pending', certificate, undefined, 'waiting for upload')],
        nextStep: issue
            ? `An admin uploads the certificate in NetSuite and replies \`/certificate-id <ID>\` on issue #${issue.number}.`
            : 'dry-run: nothing was written; run without dry-run to start the rotation.'
    };
}
/** Generates the key pair and stores it: the pending secret first, then the pending variable. */
async function generateAndStore(ctx, store) {
    const { inputs } = ctx;
    const n = inputs.names;
    const generated = await generateCredentials({
        keyType: inputs.keyType,
        validityDays: inputs.validityDays,
        subject: inputs.subject,
        now: ctx.now()
    });
    ctx.log.setSecret(generated.privateKeyPem);
    const certificate = (0,inspect/* parseCertificate */.hB)(generated.certificatePem, 'generated certificate');
    ctx.log.info(`Generated ${certificate.key.label} certificate ${certificate.fingerprint}, valid until ${certificate.notAfter.toISOString()}`);
    await store.putSecret(n.keyPending, generated.privateKeyPem);
    await store.setVariable(n.certificatePending, generated.certificatePem);
    return { key: (0,inspect/* parsePrivateKey */.QW)(generated.privateKeyPem, 'generated key'), certificate };
}
/**
 * A rerun of an automatic rotation that failed after storing its pending key:
 * reuse it (it may already be uploaded) instead of generating another.
 */
function reusablePending(ctx, store) {
    const key = ctx.inputs.pendingPrivateKey;
    const n = ctx.inputs.names;
    const certificate = (0,credentials/* certificateFromVariable */.kj)(store.variables.get(n.certificatePending), n.certificatePending);
    if (!key || !certificate || !(0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, certificate))
        return undefined;
    if (certificate.notAfter.getTime() <= ctx.now().getTime())
        return undefined;
    ctx.log.info(`Reusing the pending certificate ${certificate.fingerprint} stored by an earlier run.`);
    return { key, certificate };
}
function dryRunApiResult(ctx, certificate) {
    return {
        status: 'rotation-started',
        outputs: (0,results/* certificateOutputs */.E4)(certificate, ctx.now()),
        stages: [(0,results/* stageRow */.ru)('pending', certificate, undefined, 'would be uploaded and promoted')],
        nextStep: 'dry-run: run without dry-run to upload, prove and promote the new certificate automatically.',
        dryRunStoppedBefore: [
            'prove it with a token exchange',
            'promote it (previous, current, delete pending)'
        ]
    };
}
/** A rotation is already pending: keep its issue open and current, generate nothing. */
async function rotationPending(ctx, github, store, pending, deadline) {
    const { certificate, rotation } = pending;
    const issue = await (0,rotation_issue/* showRotation */.Eq)(ctx, github, store, { rotation, certificate, deadline });
    const on = issue ? `issue #${issue.number}` : 'the rotation issue';
    // A pending pair announced for the first time (a rerun after the issue could not be opened).
    const announced = issue !== undefined && issue.number !== rotation.issue;
    ctx.log.info(`A rotation is already pending on ${on}${(0,issue_text/* where */._M)(ctx.inputs)}; nothing new is generated.`);
    return {
        status: announced ? 'rotation-started' : 'rotation-pending',
        outputs: {
            ...(0,results/* certificateOutputs */.E4)(certificate, ctx.now()),
            ...(0,results/* issueOutputs */.gK)(issue)
        },
        stages: [(0,results/* stageRow */.ru)('pending', certificate, undefined, 'waiting for upload')],
        nextStep: `An admin uploads the certificate from ${on} in NetSuite and replies \`/certificate-id <ID>\` there.`
    };
}


/***/ })

};
