export const id = 570;
export const ids = [570,683,314];
export const modules = {

/***/ 6570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REMINDER_DAYS: () => (/* binding */ REMINDER_DAYS),
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./src/action/issue-text.ts
var issue_text = __webpack_require__(4009);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/commands/shared.ts
var shared = __webpack_require__(9053);
// EXTERNAL MODULE: ./src/commands/state.ts
var commands_state = __webpack_require__(1047);
// EXTERNAL MODULE: ./src/commands/zero-touch.ts
var zero_touch = __webpack_require__(8332);
;// CONCATENATED MODULE: ./src/commands/housekeeping.ts
/**
 * What a scheduled check does besides watching expiry: revoke the previous
 * certificate once its grace period is over, notice when NetSuite forgot the
 * current certificate, and keep the scheduled workflow from being disabled.
 */





/**
 * Revokes the recorded previous certificate in NetSuite after
 * revoke-previous-after-days, then deletes the _PREVIOUS secret and variables.
 * Never the current one; never an ID other than the recorded previous one.
 */
async function revokePreviousIfDue(ctx, github) {
    const { config } = ctx;
    const n = config.names;
    if (config.revokePreviousAfterDays === 0 || !github.canReadAdmin)
        return undefined;
    // Revoking needs a token from the current credentials; without them there is nothing to read for.
    if (!config.clientId || !config.privateKey || !config.certificateId || !config.certificatesUrl)
        return undefined;
    const variables = await github.listVariables();
    const state = (0,commands_state/* readState */.u)(variables, n.state);
    if (!state.promotedAt || !state.previousCertificateId || state.revokedAt)
        return undefined;
    const dueAt = new Date(Date.parse(state.promotedAt) + config.revokePreviousAfterDays * shared/* DAY_MS */.sO);
    if (ctx.now().getTime() < dueAt.getTime()) {
        ctx.log.info(`The previous certificate ${state.previousCertificateId} will be revoked after ${(0,shared/* when */.z7)(dueAt)}.`);
        return undefined;
    }
    const previousId = state.previousCertificateId;
    const currentId = variables.get(n.certificateId) ?? config.certificateId;
    if (previousId === currentId || previousId === config.certificateId) {
        ctx.log.warning(`Not revoking ${previousId}: it is the current certificate.`);
        return undefined;
    }
    if (variables.get(n.certificateIdPrevious) !== previousId) {
        ctx.log.warning(`Not revoking ${previousId}: ${n.certificateIdPrevious} no longer holds it, so something else changed the previous stage.`);
        return undefined;
    }
    try {
        const endpoint = await (0,zero_touch/* endpointFor */.Lo)(ctx, config.privateKey, config.certificateId);
        await endpoint.revoke(previousId);
    }
    catch (error) {
        // Already gone (a sandbox refresh wipes every mapping): nothing left to revoke, so clean up.
        if (!(error instanceof netsuite_errors/* NetSuiteError */.oG && error.status === 404)) {
            ctx.log.warning(`Could not revoke the previous certificate ${previousId}: ${error instanceof Error ? error.message : String(error)} Revoke it by hand in NetSuite.`);
            return undefined;
        }
        ctx.log.info(`NetSuite no longer knows the previous certificate ${previousId}; removing it here.`);
    }
    github.writes.push(`revoke certificate ${previousId} in NetSuite`);
    await github.deleteSecret(n.keyPrevious);
    await github.deleteVariable(n.certificatePrevious);
    await github.deleteVariable(n.certificateIdPrevious);
    await (0,commands_state/* writeState */.J)(ctx, github, variables, { ...state, revokedAt: ctx.now().toISOString() });
    ctx.log.info(config.dryRun
        ? `dry-run: would revoke the previous certificate ${previousId} in NetSuite and remove the _PREVIOUS secret and variables.`
        : `Revoked the previous certificate ${previousId} in NetSuite and removed the _PREVIOUS secret and variables.`);
    return previousId;
}
/** Does NetSuite still accept the current credentials? Only invalid_client means it forgot them. */
async function checkRegistration(ctx) {
    const { config } = ctx;
    if (!config.clientId || !config.privateKey || !config.certificateId)
        return 'unchecked';
    try {
        await ctx.netsuite.prove((0,shared/* credentials */.z3)(ctx, config.privateKey, config.certificateId));
        ctx.log.info(`NetSuite accepts the current certificate ${config.certificateId}.`);
        return 'ok';
    }
    catch (error) {
        if (error instanceof netsuite_errors/* NetSuiteError */.oG && error.code === 'invalid_client')
            return 'missing';
        throw error;
    }
}
/**
 * NetSuite no longer knows the current certificate (a sandbox refresh wipes M2M
 * mappings; someone revoked it). The key still belongs to it, so an admin only
 * uploads the same certificate again and replies with its new ID: the pending
 * stage is set to the current credentials and promote does the rest.
 */
async function askForReupload(ctx, github) {
    const { config } = ctx;
    const certificate = config.certificate;
    if (!github.canReadAdmin && !config.dryRun) {
        throw new errors/* InputError */.dz(`NetSuite no longer accepts the current certificate ID ${config.certificateId}; to ask for a re-upload, check needs admin-token (it stores the key as the pending secret): use a fine-grained token or GitHub App token with Secrets and Variables: read and write (README#tokens)`);
    }
    await github.putSecret(config.names.keyPending, config.privateKey.keyObject.export({ type: 'pkcs8', format: 'pem' }));
    await github.setVariable(config.names.certificatePending, certificate.pem);
    const reason = `NetSuite no longer accepts the current certificate ID \`${config.certificateId}\` (it answered invalid_client although the certificate is valid until ${(0,shared/* when */.z7)(certificate.notAfter)}). A sandbox refresh wipes M2M mappings, and a revoked certificate looks the same. Until it is uploaded again, the integration cannot log in.`;
    return (0,shared/* openRotationIssue */.Wj)(ctx, github, {
        certificate,
        deadline: certificate.notAfter,
        reason,
        reupload: true
    });
}
/**
 * GitHub disables scheduled workflows in public repositories after 60 days
 * without activity; enabling the workflow through the API keeps it running.
 */
async function keepWorkflowAlive(ctx, github) {
    const { config } = ctx;
    if (!config.keepalive || config.eventName !== 'schedule' || !config.workflowRef)
        return;
    const file = /\.github\/workflows\/([^@]+)@/.exec(config.workflowRef)?.[1];
    if (!file)
        return;
    try {
        await github.enableWorkflow(file);
    }
    catch (error) {
        ctx.log.warning(`keepalive could not keep ${file} enabled (${error instanceof Error ? error.message : String(error)}); grant \`actions: write\` to github-token, or GitHub may disable this schedule after 60 days without activity`);
    }
}
/**
 * NetSuite forgot the current certificate but still knows the previous one
 * (someone revoked the current one): with the previous credentials' token,
 * upload the current certificate again, prove it, and store its new ID. A
 * sandbox refresh wipes every mapping, so then the issue is the only way.
 */
async function reuploadThroughApi(ctx, github) {
    const { config } = ctx;
    const n = config.names;
    if (config.upload === 'issue' || !(0,zero_touch/* apiUploadWanted */.vf)(config) || !config.previousPrivateKey) {
        return undefined;
    }
    if (!github.canReadAdmin)
        return undefined;
    const variables = await github.listVariables();
    const previousId = variables.get(n.certificateIdPrevious);
    if (!previousId)
        return undefined;
    let certificateId;
    try {
        const endpoint = await (0,zero_touch/* endpointFor */.Lo)(ctx, config.previousPrivateKey, previousId);
        certificateId = await (0,zero_touch/* placeCertificate */.TQ)(endpoint, config.certificate.pem, config, [
            previousId,
            config.certificateId
        ]);
    }
    catch (error) {
        ctx.log.warning(`Could not upload the current certificate again through NetSuite's certificate endpoint (${error instanceof Error ? error.message : String(error)}); asking an admin instead.`);
        return undefined;
    }
    if (config.dryRun)
        return certificateId;
    await (0,zero_touch/* proveUploaded */.x0)(ctx, config.privateKey, certificateId);
    await github.setVariable(n.certificateId, certificateId, variables.has(n.certificateId));
    const issue = await github.createIssue({
        title: `NetSuite ${config.accountId}${config.environment ? ` (${config.environment})` : ''}: M2M certificate registered again automatically`,
        body: `NetSuite no longer accepted the current certificate ID \`${config.certificateId}\` (invalid_client) although the certificate (\`${config.certificate.fingerprint}\`) is valid until ${config.certificate.notAfter.toISOString()}. It was uploaded again through NetSuite's certificate endpoint with the previous credentials and proven; its new ID \`${certificateId}\` is now in \`${n.certificateId}\`. No one needs to do anything, but if nobody revoked it on purpose, find out who did.`,
        labels: [config.issueLabel],
        assignees: []
    });
    if (issue)
        await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' });
    return certificateId;
}

// EXTERNAL MODULE: ./src/commands/rotate.ts + 3 modules
var rotate = __webpack_require__(2683);
;// CONCATENATED MODULE: ./src/commands/check.ts




const REMINDER_DAYS = [14, 7, 3, 1];
async function check(ctx) {
    const { config } = ctx;
    const now = ctx.now();
    const certificate = config.certificate;
    const github = await ctx.github();
    const { issue, restart } = await (0,shared/* pendingRotation */.uV)(ctx, github);
    await keepWorkflowAlive(ctx, github);
    await revokePreviousIfDue(ctx, github);
    const outputs = {
        ...(certificate ? (0,shared/* certificateOutputs */.E4)(certificate, now) : {}),
        ...(config.certificateId ? { 'certificate-id': config.certificateId } : {})
    };
    const days = certificate ? (0,shared/* daysRemaining */.g0)(certificate.notAfter, now) : undefined;
    const expired = certificate !== undefined && certificate.notAfter.getTime() <= now.getTime();
    const due = certificate === undefined ||
        certificate.notAfter.getTime() - now.getTime() <= config.renewBeforeDays * shared/* DAY_MS */.sO;
    const registration = certificate && !expired ? await checkRegistration(ctx) : 'unchecked';
    let result;
    const repairedId = registration === 'missing' && !due && !issue ? await reuploadThroughApi(ctx, github) : undefined;
    if (repairedId !== undefined) {
        ctx.log.warning(`NetSuite had lost the current certificate; it was uploaded again through the certificate endpoint and proven as ${repairedId}.`);
        result = {
            status: 'ok',
            outputs: { ...outputs, 'certificate-id': repairedId },
            stages: [],
            nextStep: 'Nothing to do: the registration was repaired automatically.',
            writes: github.writes
        };
    }
    else if (registration === 'missing' && !due) {
        const reupload = issue ?? (await askForReupload(ctx, github));
        const where = reupload ? `issue #${reupload.number}` : 'an issue (dry-run: not opened)';
        result = {
            status: 'registration-missing',
            outputs: {
                ...outputs,
                ...(reupload
                    ? { 'issue-number': String(reupload.number), 'issue-url': reupload.htmlUrl }
                    : {})
            },
            failure: `NetSuite no longer accepts the current certificate ID ${config.certificateId} (invalid_client) although the certificate is valid until ${(0,shared/* when */.z7)(certificate.notAfter)}: a sandbox refresh or a revocation removed it. ${issue ? `The pending rotation in issue #${issue.number} repairs this once promoted.` : `${where} asks an admin to upload the same certificate again and reply with its new ID.`}`,
            stages: [],
            nextStep: `Upload the certificate from ${where} in NetSuite and reply \`/certificate-id <ID>\` there.`,
            writes: github.writes
        };
    }
    else if (!due && !restart) {
        result = {
            status: 'ok',
            outputs,
            stages: [],
            nextStep: `Nothing to do until ${(0,shared/* when */.z7)(new Date(certificate.notAfter.getTime() - config.renewBeforeDays * shared/* DAY_MS */.sO))}, when a rotation starts by itself.`,
            writes: github.writes
        };
    }
    else if (issue) {
        const pending = await (0,rotate.rotationPending)(ctx, github, issue, certificate?.notAfter);
        if (certificate)
            await remind(ctx, github, issue, certificate.notAfter);
        result = { ...pending, outputs: { ...pending.outputs, ...outputs } };
    }
    else {
        const reason = restart
            ? 'A requested rotation was replaced: two rotations overlapped and left a pending key that does not belong to the pending certificate.'
            : certificate
                ? `The current certificate (\`${certificate.fingerprint.slice(0, 23)}…\`) expires on ${(0,shared/* when */.z7)(certificate.notAfter)}, in ${days} days; rotations start ${config.renewBeforeDays} days before expiry.`
                : 'There is no current certificate yet (the variable is empty): this is the first rotation.';
        const started = await (0,rotate.startRotation)(ctx, github, { reason, deadline: certificate?.notAfter });
        // check reports on the certificate it looked at: the current one, or the new one when it promoted it itself.
        result =
            started.status === 'promoted'
                ? started
                : { ...started, outputs: { ...started.outputs, ...outputs } };
    }
    // After a zero-touch rotation the stages already show the new current and the old as previous.
    if (certificate && result.status !== 'promoted') {
        result.stages.unshift({
            stage: 'current',
            certificateId: config.certificateId,
            fingerprint: certificate.fingerprint,
            notAfter: certificate.notAfter,
            state: expired
                ? 'expired'
                : registration === 'missing'
                    ? 'unknown to NetSuite'
                    : due
                        ? `renew now (${days} days left)`
                        : `ok (${days} days left)`
        });
    }
    if (registration === 'missing' && due && result.status !== 'registration-missing') {
        result = {
            ...result,
            status: 'registration-missing',
            failure: `NetSuite no longer accepts the current certificate ID ${config.certificateId} (invalid_client). ${result.nextStep}`
        };
    }
    if (expired) {
        return {
            ...result,
            status: 'expired',
            failure: `the current certificate expired on ${certificate.notAfter.toISOString()}; NetSuite refuses it. ${result.nextStep}`
        };
    }
    if (due && certificate && result.status !== 'promoted') {
        ctx.log.warning(`The NetSuite certificate expires on ${(0,shared/* when */.z7)(certificate.notAfter)} (${days} days left).`);
    }
    return result;
}
/** One comment per threshold crossed, remembered in the issue's marker so reruns never repeat it. */
async function remind(ctx, github, issue, expiry) {
    const state = (0,issue_text/* readMarker */.t7)(issue.body);
    if (!state)
        return;
    const left = expiry.getTime() - ctx.now().getTime();
    const crossed = REMINDER_DAYS.filter(threshold => left <= threshold * shared/* DAY_MS */.sO);
    const fresh = crossed.filter(threshold => !state.reminded.includes(threshold));
    if (fresh.length === 0)
        return;
    const days = Math.floor(left / shared/* DAY_MS */.sO);
    const message = left <= 0
        ? `**Reminder:** the current NetSuite certificate has expired (${expiry.toISOString()}): the integration can no longer log in. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\`.`
        : `**Reminder:** the current NetSuite certificate expires on ${expiry.toISOString()}, in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\` before then.`;
    // Comment first, then record it: a failure in between repeats a reminder rather than losing one.
    await github.comment(issue.number, message);
    await github.updateIssue(issue.number, {
        body: (0,issue_text/* replaceMarker */.ti)(issue.body, {
            ...state,
            reminded: [...new Set([...state.reminded, ...crossed])].sort((a, b) => b - a)
        })
    });
}


/***/ }),

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

/***/ 2683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotate: () => (/* binding */ rotate),
  rotationPending: () => (/* binding */ rotationPending),
  startRotation: () => (/* binding */ startRotation)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/validity.ts
var validity = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/core/key-types.ts
var key_types = __webpack_require__(4368);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/asn1.js
var asn1 = __webpack_require__(7357);
var asn1_default = /*#__PURE__*/__webpack_require__.n(asn1);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/util.js
var util = __webpack_require__(7456);
var util_default = /*#__PURE__*/__webpack_require__.n(util);
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
function time(date) {
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
        seq([time(request.notBefore), time(request.notAfter)]),
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
function toPem(label, derBytes) {
    const lines = derBytes.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

;// CONCATENATED MODULE: ./src/core/generate.ts






const generateKeyPairAsync = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
const DAY_MS = 86_400_000;
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
    const notAfter = new Date(notBefore.getTime() + validityDays * DAY_MS);
    const certificateDer = buildSelfSignedCertificate({
        publicKey,
        privateKey,
        kind: spec.kind,
        hash: spec.hash,
        subject,
        notBefore,
        notAfter
    });
    const certificatePem = toPem('CERTIFICATE', certificateDer);
    return {
        keyType: options.keyType,
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
        certificatePem,
        fingerprint: new external_node_crypto_.X509Certificate(certificateDer).fingerprint256,
        notBefore,
        notAfter
    };
}

// EXTERNAL MODULE: ./src/core/inspect.ts
var inspect = __webpack_require__(2379);
// EXTERNAL MODULE: ./src/action/issue-text.ts
var issue_text = __webpack_require__(4009);
// EXTERNAL MODULE: ./src/commands/shared.ts
var shared = __webpack_require__(9053);
// EXTERNAL MODULE: ./src/commands/zero-touch.ts
var zero_touch = __webpack_require__(8332);
// EXTERNAL MODULE: ./src/commands/promote.ts + 2 modules
var promote = __webpack_require__(3314);
;// CONCATENATED MODULE: ./src/commands/zero-touch-promote.ts




async function promoteUploaded(ctx, github, rotation) {
    const { config } = ctx;
    const n = config.names;
    const { variables, pending, certificateId } = rotation;
    const token = await (0,zero_touch/* proveUploaded */.x0)(ctx, pending.key, certificateId);
    ctx.log.info(`NetSuite accepted the uploaded certificate ${certificateId}.`);
    const current = (0,shared/* certificateFromVariable */.kj)(variables.get(n.certificate), n.certificate) ?? config.certificate;
    const currentId = config.certificateId ?? variables.get(n.certificateId);
    await (0,promote.writePromotion)(ctx, github, {
        variables,
        pendingKey: pending.key,
        pendingCertificate: pending.certificate,
        certificateId,
        current,
        currentId
    });
    const now = ctx.now();
    const revokeOn = config.revokePreviousAfterDays > 0
        ? (0,shared/* when */.z7)(new Date(now.getTime() + config.revokePreviousAfterDays * shared/* DAY_MS */.sO))
        : undefined;
    const record = [
        `The NetSuite M2M certificate of account \`${config.accountId}\`${(0,issue_text/* where */._M)(config)} was rotated automatically through NetSuite's certificate endpoint; no one needs to do anything.`,
        '',
        '| | certificate ID | fingerprint (SHA-256) | valid until |',
        '|---|---|---|---|',
        `| new (current) | \`${certificateId}\` | \`${pending.certificate.fingerprint}\` | ${pending.certificate.notAfter.toISOString()} |`,
        current
            ? `| old (previous) | \`${currentId ?? ''}\` | \`${current.fingerprint}\` | ${current.notAfter.toISOString()} |`
            : '',
        '',
        revokeOn && current
            ? `The old certificate stays usable for rollback until ${revokeOn}, when a scheduled check revokes it in NetSuite (revoke-previous-after-days: ${config.revokePreviousAfterDays}).`
            : 'The old certificate is not revoked automatically (revoke-previous-after-days: 0).'
    ]
        .filter(line => line !== '')
        .join('\n');
    // The record carries the label but no rotation marker: it is never mistaken for a pending rotation.
    const issue = await github.createIssue({
        title: `NetSuite ${config.accountId}${config.environment ? ` (${config.environment})` : ''}: M2M certificate rotated automatically`,
        body: record,
        labels: [config.issueLabel],
        assignees: []
    });
    if (issue)
        await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' });
    return (0,shared/* promotedResult */.m0)(now, {
        certificate: pending.certificate,
        certificateId,
        accessToken: token.accessToken,
        state: 'rotated automatically, verified',
        previous: {
            certificate: current,
            id: currentId,
            state: revokeOn ? `revoked after ${revokeOn}` : 'kept'
        },
        issue,
        nextStep: 'Nothing to do: the rotation finished without a person.',
        writes: github.writes
    });
}

;// CONCATENATED MODULE: ./src/commands/rotate.ts
/**
 * rotate: generate a key pair and certificate, store the key as the pending
 * secret, the certificate as the pending variable, then open the issue, in that
 * order, so an issue never announces a certificate whose key was not stored.
 * A rotation that is pending is never regenerated.
 */







const PEM_BLOCK = /```pem\n([\s\S]*?)```/;
async function rotate(ctx) {
    const github = await ctx.github();
    // Read before any write: a token that cannot read issues fails here, having written nothing.
    const { issue } = await (0,shared/* pendingRotation */.uV)(ctx, github);
    const deadline = ctx.config.certificate?.notAfter;
    if (issue)
        return rotationPending(ctx, github, issue, deadline);
    const reason = ctx.config.certificate
        ? `A rotation was requested. The current certificate (${ctx.config.certificate.fingerprint.slice(0, 23)}…) expires on ${(0,shared/* when */.z7)(ctx.config.certificate.notAfter)}.`
        : 'A rotation was requested and there is no current certificate yet.';
    return startRotation(ctx, github, { reason, deadline });
}
async function startRotation(ctx, github, why) {
    const { config } = ctx;
    if (!github.canReadAdmin && !config.dryRun) {
        throw new errors/* InputError */.dz(`${config.command} needs admin-token to start a rotation (it stores the new key as an Actions secret): GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with Secrets and Variables: read and write (README#tokens)`);
    }
    const api = (0,zero_touch/* apiUploadWanted */.vf)(config);
    const variables = api ? await github.listVariables() : undefined;
    const pending = (variables && reusablePending(ctx, variables)) ?? (await generateAndStore(ctx, github));
    let note;
    if (api && variables) {
        const outcome = await (0,zero_touch/* uploadPending */.PI)(ctx, github, variables, pending);
        if (outcome.kind === 'uploaded') {
            if (config.dryRun)
                return dryRunApiResult(ctx, github, pending.certificate);
            return promoteUploaded(ctx, github, {
                variables,
                pending,
                certificateId: outcome.certificateId
            });
        }
        note = outcome.note;
    }
    const { certificate } = pending;
    const reason = note
        ? `${why.reason}\n\n> [!NOTE]\n> This rotation could not be done automatically: ${note}`
        : why.reason;
    const issue = await (0,shared/* openRotationIssue */.Wj)(ctx, github, {
        certificate,
        deadline: why.deadline,
        reason
    });
    return {
        status: 'rotation-started',
        outputs: {
            ...(0,shared/* certificateOutputs */.E4)(certificate, ctx.now()),
            ...(issue ? { 'issue-number': String(issue.number), 'issue-url': issue.htmlUrl } : {})
        },
        stages: [
            {
                stage: 'pending',
                fingerprint: certificate.fingerprint,
                notAfter: certificate.notAfter,
                state: 'waiting for upload'
            }
        ],
        nextStep: issue
            ? `An admin uploads the certificate in NetSuite and replies \`/certificate-id <ID>\` on issue #${issue.number}.`
            : 'dry-run: nothing was written; run without dry-run to start the rotation.',
        writes: github.writes
    };
}
/** Generates the key pair and stores it: the pending secret first, then the pending variable. */
async function generateAndStore(ctx, github) {
    const { config } = ctx;
    const generated = await generateCredentials({
        keyType: config.keyType,
        validityDays: config.validityDays,
        subject: config.subject,
        now: ctx.now()
    });
    (0,shared/* maskPem */.rL)(ctx, generated.privateKeyPem);
    const certificate = (0,inspect/* parseCertificate */.hB)(generated.certificatePem, 'generated certificate');
    ctx.log.info(`Generated ${certificate.key.label} certificate ${certificate.fingerprint}, valid until ${certificate.notAfter.toISOString()}`);
    await github.putSecret(config.names.keyPending, generated.privateKeyPem);
    await github.setVariable(config.names.certificatePending, generated.certificatePem, false);
    return { key: (0,inspect/* parsePrivateKey */.QW)(generated.privateKeyPem, 'generated key'), certificate };
}
/**
 * A rerun of an automatic rotation that failed after storing its pending key:
 * reuse it (it may already be uploaded) instead of generating another.
 */
function reusablePending(ctx, variables) {
    const key = ctx.config.pendingPrivateKey;
    const certificate = (0,shared/* certificateFromVariable */.kj)(variables.get(ctx.config.names.certificatePending), ctx.config.names.certificatePending);
    if (!key || !certificate || !(0,shared/* sameKey */.el)(key.keyObject, certificate.x509.publicKey))
        return undefined;
    if (certificate.notAfter.getTime() <= ctx.now().getTime())
        return undefined;
    ctx.log.info(`Reusing the pending certificate ${certificate.fingerprint} stored by an earlier run.`);
    return { key, certificate };
}
function dryRunApiResult(ctx, github, certificate) {
    return {
        status: 'rotation-started',
        outputs: (0,shared/* certificateOutputs */.E4)(certificate, ctx.now()),
        stages: [
            {
                stage: 'pending',
                fingerprint: certificate.fingerprint,
                notAfter: certificate.notAfter,
                state: 'would be uploaded and promoted'
            }
        ],
        nextStep: 'dry-run: run without dry-run to upload, prove and promote the new certificate automatically.',
        writes: [
            ...github.writes,
            'upload the certificate to NetSuite',
            'prove it with a token exchange',
            'promote it (previous, current, delete pending)'
        ]
    };
}
/** A rotation is already pending: keep its issue current, generate nothing. */
async function rotationPending(ctx, github, issue, deadline) {
    const state = (0,issue_text/* readMarker */.t7)(issue.body);
    const pem = PEM_BLOCK.exec(issue.body)?.[1];
    const announced = pem ? (0,inspect/* parseCertificate */.hB)(pem, `certificate in issue #${issue.number}`) : undefined;
    if (announced && state && !state.reupload) {
        // The deadline moves when the current certificate changed since the issue was opened.
        const reason = issue.body.split('\n')[1] ?? '';
        const body = (0,issue_text/* issueBody */.y6)(ctx.config, { ...announced, keyLabel: announced.key.label }, deadline, state, reason);
        if (body !== issue.body) {
            await github.updateIssue(issue.number, { body });
            issue.body = body;
        }
    }
    ctx.log.info(`A rotation is already pending on issue #${issue.number}${(0,issue_text/* where */._M)(ctx.config)}; nothing new is generated.`);
    return {
        status: 'rotation-pending',
        outputs: {
            ...(announced ? (0,shared/* certificateOutputs */.E4)(announced, ctx.now()) : {}),
            'issue-number': String(issue.number),
            'issue-url': issue.htmlUrl
        },
        stages: announced
            ? [
                {
                    stage: 'pending',
                    fingerprint: announced.fingerprint,
                    notAfter: announced.notAfter,
                    state: 'waiting for upload'
                }
            ]
            : [],
        nextStep: `An admin uploads the certificate from issue #${issue.number} in NetSuite and replies \`/certificate-id <ID>\` there.`,
        writes: github.writes
    };
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


/***/ }),

/***/ 8332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   PI: () => (/* binding */ uploadPending),
/* harmony export */   TQ: () => (/* binding */ placeCertificate),
/* harmony export */   vf: () => (/* binding */ apiUploadWanted),
/* harmony export */   x0: () => (/* binding */ proveUploaded)
/* harmony export */ });
/* unused harmony exports MAX_ACTIVE_CERTIFICATES, PERMISSION, CapReached */
/* harmony import */ var _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2198);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9053);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1047);



/** NetSuite 2026.1: at most 5 active certificates per integration record. */
const MAX_ACTIVE_CERTIFICATES = 5;
/** A freshly uploaded certificate can take a moment before the token endpoint knows it. */
const PROPAGATION_ATTEMPTS = 5;
const PROPAGATION_DELAY_MS = 2000;
const PERMISSION = 'Manage own OAuth 2.0 Client Credentials certificates';
function apiUploadWanted(config) {
    if (config.upload === 'issue')
        return false;
    const ready = config.clientId !== undefined &&
        config.privateKey !== undefined &&
        config.certificateId !== undefined &&
        config.roleId !== undefined &&
        config.entityId !== undefined &&
        config.certificatesUrl !== undefined;
    return config.upload === 'api' || ready;
}
/** A token from the current credentials, with the scope the certificate endpoint needs. */
async function endpointFor(ctx, key, certificateId) {
    const token = await ctx.netsuite.prove((0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .credentials */ .z3)(ctx, key, certificateId), ['rest_webservices']);
    return ctx.netsuite.certificates(ctx.config.certificatesUrl, token.accessToken);
}
function refusedForPermission(error) {
    return error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG && (error.status === 401 || error.status === 403);
}
/**
 * Uploads the pending certificate, or finds the ID of the one this rotation
 * already uploaded (a rerun after a failure later on must not upload twice).
 */
async function uploadPending(ctx, github, variables, pending) {
    const { config } = ctx;
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .u)(variables, config.names.state);
    if (state.pendingUpload?.fingerprint === pending.certificate.fingerprint) {
        ctx.log.info(`This certificate was already uploaded as ${state.pendingUpload.certificateId}; not uploading again.`);
        return { kind: 'uploaded', certificateId: state.pendingUpload.certificateId };
    }
    const fallbackOrThrow = (note, error) => {
        if (config.upload === 'api')
            throw error ?? new Error(note);
        ctx.log.warning(`Uploading through NetSuite's certificate endpoint was not possible: ${note} Falling back to the issue.`);
        return { kind: 'fallback', note };
    };
    let endpoint;
    try {
        endpoint = await endpointFor(ctx, config.privateKey, config.certificateId);
    }
    catch (error) {
        return fallbackOrThrow(`the current credentials could not get a token with the rest_webservices scope (${error instanceof _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG ? error.code : 'network'}); enable REST Web Services on the integration record.`, error);
    }
    try {
        // Never suggest revoking the current certificate, or the previous one still in its grace period.
        const inUse = [config.certificateId, state.revokedAt ? undefined : state.previousCertificateId];
        const certificateId = await placeCertificate(endpoint, pending.certificate.pem, config, inUse);
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .writeState */ .J)(ctx, github, variables, {
            ...state,
            pendingUpload: { fingerprint: pending.certificate.fingerprint, certificateId }
        });
        ctx.log.info(config.dryRun
            ? 'dry-run: would upload the new certificate to NetSuite'
            : `Uploaded the new certificate to NetSuite as ${certificateId}.`);
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
 * NetSuite gave it, refusing first when the integration is at its cap.
 */
async function placeCertificate(endpoint, pem, config, inUse = []) {
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
    const certificateId = await endpoint.upload(pem, config.roleId, config.entityId);
    if (certificateId !== undefined)
        return certificateId;
    // The answer named no ID: the one new entry in the list is ours.
    const added = (await endpoint.list()).filter(certificate => !before.has(certificate.id));
    if (added.length !== 1) {
        throw new _netsuite_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetSuiteError */ .oG('uploading the certificate', 'unexpected_response', 200, `the upload answer named no certificate ID and the list shows ${added.length} new entries`);
    }
    return added[0].id;
}
/** Proves the uploaded certificate, allowing NetSuite a few seconds to learn it. */
async function proveUploaded(ctx, key, certificateId) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.netsuite.prove((0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .credentials */ .z3)(ctx, key, certificateId));
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
