export const id = 314;
export const ids = [314];
export const modules = {

/***/ 3314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote),
  writePromotion: () => (/* binding */ writePromotion)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/action/issue-text.ts
var issue_text = __webpack_require__(4009);
// EXTERNAL MODULE: ./src/action/config.ts + 4 modules
var config = __webpack_require__(2038);
// EXTERNAL MODULE: ./src/github/gateway.ts + 4 modules
var gateway = __webpack_require__(7523);
;// CONCATENATED MODULE: ./src/commands/comment.ts
/**
 * Reading a `/certificate-id <ID>` comment from an issue_comment event. The
 * comment body is attacker-controlled: it is matched, never echoed, and only
 * acted on for people with write, maintain or admin permission.
 */




const ALLOWED_ROLES = ['admin', 'maintain', 'write'];
const COMMAND = /^\/certificate-id(?:[ \t]+(.*))?$/;
function record(value) {
    return value && typeof value === 'object' ? value : {};
}
async function readCommentRequest(ctx, github) {
    const event = ctx.config.event;
    const rawIssue = record(event.issue);
    const comment = record(event.comment);
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
        created_at: String(rawIssue.created_at ?? '')
    });
    if (!(0,issue_text/* isRotationIssue */.ez)(issue, ctx.config)) {
        return {
            kind: 'ignored',
            reason: `issue #${issue.number} is not the rotation issue of this account`
        };
    }
    const author = String(record(comment.user).login ?? '');
    if (issue.state !== 'open') {
        await github.comment(issue.number, `@${author} this rotation issue is closed, so nothing was changed. If a rotation is still needed, run the rotation workflow again.`);
        return { kind: 'ignored', reason: `issue #${issue.number} is closed`, issue };
    }
    const role = await github.permission(author);
    if (!ALLOWED_ROLES.includes(role)) {
        await github.comment(issue.number, `@${author} only people with write, maintain or admin permission on this repository can promote a certificate (your permission: ${role}). Nothing was changed; ask a maintainer to post the \`/certificate-id\` reply.`);
        return {
            kind: 'ignored',
            reason: `${author} has ${role} permission, which may not promote`,
            issue
        };
    }
    const id = (match[1] ?? '').trim();
    if (id === '') {
        throw new errors/* InputError */.dz('the /certificate-id comment has no ID: reply `/certificate-id <ID>` with the Certificate ID NetSuite shows');
    }
    if (!config/* CERTIFICATE_ID */.uU.test(id)) {
        throw new errors/* InputError */.dz('the /certificate-id comment does not hold a NetSuite certificate ID: expected letters, digits, - and _ only, as shown in the Certificate ID column in NetSuite');
    }
    return { kind: 'promote', issue, certificateId: id, author };
}

// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/commands/shared.ts
var shared = __webpack_require__(9053);
;// CONCATENATED MODULE: ./src/commands/promote-text.ts



/**
 * What became current and what is kept for rollback. On a rerun the variables
 * already hold the promoted stage as current, so the previous one is read from
 * the _PREVIOUS variables.
 */
function promotedComment(ctx, promoted, certificateId, variables, replaced) {
    const n = ctx.config.names;
    const previous = replaced ?? {
        certificate: (0,shared/* certificateFromVariable */.kj)(variables.get(n.certificatePrevious), n.certificatePrevious),
        id: variables.get(n.certificateIdPrevious)
    };
    return [
        `NetSuite accepted certificate \`${certificateId}\` (fingerprint \`${promoted.fingerprint}\`, valid until ${promoted.notAfter.toISOString()}). It is now current${(0,issue_text/* where */._M)(ctx.config)}: secret \`${n.key}\`, variables \`${n.certificate}\` and \`${n.certificateId}\`.`,
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
        lines.push(`The token request failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    lines.push('', 'Check that the certificate uploaded in NetSuite is the one in this issue (compare the fingerprint) and that the ID was copied whole, then reply again with `/certificate-id <ID>`.');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/commands/state.ts
var commands_state = __webpack_require__(1047);
;// CONCATENATED MODULE: ./src/commands/promote.ts
/**
 * promote: prove the pending key with the certificate ID NetSuite assigned,
 * and only then make it current. Writes previous first, then current, then
 * deletes pending, then closes the issue. Every step is safe to run again: a
 * half-done promotion is recognised (the current certificate variable already
 * holds the pending certificate) and finished; _PREVIOUS is never overwritten
 * with the credentials being promoted.
 */






async function promote(ctx) {
    const { config } = ctx;
    const n = config.names;
    const github = await ctx.github();
    let issue;
    let certificateId = config.newCertificateId;
    if (certificateId === undefined && config.eventName === 'issue_comment') {
        const request = await readCommentRequest(ctx, github);
        if (request.kind === 'ignored') {
            ctx.log.notice(`/certificate-id ignored: ${request.reason}. Nothing was changed.`);
            const on = request.issue;
            return {
                ...(0,shared/* emptyResult */.$)('rotation-pending', `Nothing was changed (${request.reason}). Someone with write, maintain or admin permission replies \`/certificate-id <ID>\` on the rotation issue.`),
                outputs: on ? { 'issue-number': String(on.number), 'issue-url': on.htmlUrl } : {},
                writes: github.writes
            };
        }
        issue = request.issue;
        certificateId = request.certificateId;
    }
    if (certificateId === undefined) {
        throw new errors/* InputError */.dz('promote needs the new certificate ID: set new-certificate-id, or run it on an issue_comment event whose comment starts with /certificate-id <ID>');
    }
    const variables = await github.listVariables();
    const currentPem = variables.get(n.certificate);
    const currentId = config.certificateId ?? variables.get(n.certificateId);
    const pendingCertificate = config.pendingCertificate ??
        (0,shared/* certificateFromVariable */.kj)(variables.get(n.certificatePending), n.certificatePending);
    const pendingKey = config.pendingPrivateKey;
    issue ??= await (0,shared/* findRotationIssue */.pN)(ctx, github, pendingCertificate?.fingerprint);
    const current = (0,shared/* certificateFromVariable */.kj)(currentPem, n.certificate);
    const finished = !pendingKey &&
        currentId === certificateId &&
        (!pendingCertificate || current?.fingerprint === pendingCertificate.fingerprint);
    if (finished) {
        // A rerun after the promotion wrote the current stage: finish the clean-up only.
        if (pendingCertificate)
            await github.deleteVariable(n.certificatePending);
        if (issue) {
            const message = current
                ? promotedComment(ctx, current, certificateId, variables)
                : `Certificate \`${certificateId}\` is current${(0,issue_text/* where */._M)(config)}.`;
            await closeIssue(ctx, github, issue, message, true);
        }
        return {
            ...(0,shared/* emptyResult */.$)('promoted', 'Nothing to do: already promoted.'),
            outputs: {
                ...(current ? (0,shared/* certificateOutputs */.E4)(current, ctx.now()) : {}),
                'certificate-id': certificateId
            },
            writes: github.writes
        };
    }
    if (!pendingCertificate) {
        throw new errors/* InputError */.dz(`no rotation is pending: the variable ${n.certificatePending}${(0,issue_text/* where */._M)(config)} is empty; run the rotate command first`);
    }
    if (!pendingKey) {
        throw new errors/* InputError */.dz(`promote needs pending-private-key: pass \`pending-private-key: \${{ secrets.${n.keyPending} }}\``);
    }
    if (!(0,shared/* sameKey */.el)(pendingKey.keyObject, pendingCertificate.x509.publicKey)) {
        throw new errors/* InputError */.dz(`the pending key (secret ${n.keyPending}) does not belong to the pending certificate (variable ${n.certificatePending}): two rotations overlapped; run rotate again after closing the rotation issue`);
    }
    const now = ctx.now();
    if (pendingCertificate.notAfter.getTime() <= now.getTime()) {
        throw new errors/* InputError */.dz(`the pending certificate expired on ${pendingCertificate.notAfter.toISOString()}: close the rotation issue and run rotate again`);
    }
    let token;
    try {
        token = await ctx.netsuite.prove((0,shared/* credentials */.z3)(ctx, pendingKey, certificateId));
    }
    catch (error) {
        const failure = `NetSuite refused certificate ID ${certificateId} with the pending key; nothing was changed. ${error instanceof Error ? error.message : String(error)}`;
        if (issue)
            await github.comment(issue.number, refusalComment(certificateId, error));
        return {
            status: 'failed',
            outputs: { ...(0,shared/* certificateOutputs */.E4)(pendingCertificate, now), 'certificate-id': certificateId },
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
    await writePromotion(ctx, github, {
        variables,
        pendingKey,
        pendingCertificate,
        certificateId,
        current,
        currentId
    });
    // On a rerun the variables already hold the promoted stage as current: the replaced one is in _PREVIOUS.
    const rerun = current?.fingerprint === pendingCertificate.fingerprint;
    const replaced = rerun
        ? {
            certificate: (0,shared/* certificateFromVariable */.kj)(variables.get(n.certificatePrevious), n.certificatePrevious),
            id: variables.get(n.certificateIdPrevious)
        }
        : {
            certificate: current,
            // A rerun after the ID variable was written: the replaced ID is already in _PREVIOUS.
            id: currentId === certificateId ? variables.get(n.certificateIdPrevious) : currentId
        };
    if (issue) {
        await closeIssue(ctx, github, issue, promotedComment(ctx, pendingCertificate, certificateId, variables, replaced), rerun);
    }
    return (0,shared/* promotedResult */.m0)(now, {
        certificate: pendingCertificate,
        certificateId,
        accessToken: token.accessToken,
        state: 'promoted, verified',
        previous: { ...replaced, state: 'kept for rollback' },
        issue,
        nextStep: 'Nothing to do: consumers reading the current secret and variables now use the new certificate.',
        writes: github.writes
    });
}
/**
 * The write sequence of a proven promotion: previous, then current, then the
 * pending secret and variable are deleted. Safe to repeat at any point.
 */
async function writePromotion(ctx, github, p) {
    const { config } = ctx;
    const n = config.names;
    const { variables, pendingKey, pendingCertificate, certificateId, current, currentId } = p;
    const alreadyCurrent = current?.fingerprint === pendingCertificate.fingerprint;
    const state = (0,commands_state/* readState */.u)(variables, n.state);
    if (current && !alreadyCurrent) {
        // Previous first: the credentials being replaced, never the ones being promoted.
        if (config.privateKey && !(0,shared/* sameKey */.el)(config.privateKey.keyObject, pendingKey.keyObject)) {
            await github.putSecret(n.keyPrevious, (0,shared/* privateKeyPem */.nQ)(config.privateKey));
        }
        else if (!config.privateKey) {
            ctx.log.warning(`private-key was not given, so the replaced key is not kept in ${n.keyPrevious}; rollback will not be possible`);
        }
        await github.setVariable(n.certificatePrevious, current.pem, variables.has(n.certificatePrevious));
        if (currentId && currentId !== certificateId) {
            await github.setVariable(n.certificateIdPrevious, currentId, variables.has(n.certificateIdPrevious));
            // Recorded with the previous stage, so a later check can revoke exactly this ID.
            await (0,commands_state/* writeState */.J)(ctx, github, variables, {
                ...state,
                promotedAt: ctx.now().toISOString(),
                previousCertificateId: currentId,
                revokedAt: undefined
            });
        }
    }
    // Key and ID next to each other: the pair consumers use is mismatched only between these two calls.
    await github.putSecret(n.key, (0,shared/* privateKeyPem */.nQ)(pendingKey));
    await github.setVariable(n.certificateId, certificateId, variables.has(n.certificateId));
    await github.setVariable(n.certificate, pendingCertificate.pem, variables.has(n.certificate));
    await github.deleteSecret(n.keyPending);
    await github.deleteVariable(n.certificatePending);
    // The upload record keeps a rerun from uploading twice; it is done with once pending is gone.
    if (state.pendingUpload) {
        await (0,commands_state/* writeState */.J)(ctx, github, variables, {
            ...state,
            ...(current && !alreadyCurrent && currentId && currentId !== certificateId
                ? {
                    promotedAt: ctx.now().toISOString(),
                    previousCertificateId: currentId,
                    revokedAt: undefined
                }
                : {}),
            pendingUpload: undefined
        });
    }
}
const PROMOTED_MARKER = '<!-- netsuite-m2m-rotate:promoted -->';
/**
 * Comments the summary and closes the issue. On a rerun the issue may already
 * be closed or carry the summary (the event payload is as it was when the run
 * started), so then it looks first.
 */
async function closeIssue(ctx, github, issue, message, rerun) {
    if (rerun) {
        const fresh = await github.getIssue(issue.number);
        if (fresh.state === 'closed')
            return;
        const comments = await github.comments(issue.number);
        if (!comments.some(body => body.includes(PROMOTED_MARKER))) {
            await github.comment(issue.number, `${message}\n\n${PROMOTED_MARKER}`);
        }
    }
    else {
        await github.comment(issue.number, `${message}\n\n${PROMOTED_MARKER}`);
    }
    await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' });
    ctx.log.info(`Closed issue #${issue.number}.`);
}


/***/ }),

/***/ 1047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writeState),
/* harmony export */   u: () => (/* binding */ readState)
/* harmony export */ });
function readState(variables, name) {
    const raw = variables.get(name);
    if (!raw)
        return {};
    try {
        const parsed = JSON.parse(raw);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
async function writeState(ctx, github, variables, state) {
    const name = ctx.config.names.state;
    const value = JSON.stringify(state);
    await github.setVariable(name, value, variables.has(name));
    // Later steps of this run read the state from the same map.
    variables.set(name, value);
}


/***/ })

};
