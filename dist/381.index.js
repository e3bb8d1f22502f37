export const id = 381;
export const ids = [381,98];
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
// EXTERNAL MODULE: ./src/github/gateway.ts + 1 modules
var gateway = __webpack_require__(2098);
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
/** A string field of the event; anything else (absent, or not a string) reads as ''. */
function comment_text(value) {
    return typeof value === 'string' ? value : '';
}
async function readCommentRequest(ctx, github, record) {
    const command = commandIn(ctx.run.event);
    if ('kind' in command)
        return command;
    const issue = eventIssue(command.issue);
    const author = comment_text(asObject(command.comment.user).login);
    const refused = await mayNotPromote(github, record, issue, author);
    if (refused)
        return refused;
    const id = certificateIdIn(command.argument);
    const finished = await finishedPromotion(github, record, { issue, author, id });
    return finished ?? { kind: 'promote', issue, certificateId: id, author };
}
/** A newly created `/certificate-id` comment on an issue, or why the event is not one. */
function commandIn(event) {
    const rawIssue = asObject(event.issue);
    const comment = asObject(event.comment);
    if (rawIssue.pull_request)
        return { kind: 'ignored', reason: 'the comment is on a pull request' };
    if (event.action !== undefined && event.action !== 'created') {
        return {
            kind: 'ignored',
            reason: `the comment was ${comment_text(event.action) || JSON.stringify(event.action)}, not created`
        };
    }
    const firstLine = comment_text(comment.body).split(/\r?\n/)[0].trim();
    const match = COMMAND.exec(firstLine);
    if (!match)
        return { kind: 'ignored', reason: 'the comment does not start with /certificate-id' };
    if (typeof rawIssue.number !== 'number')
        return { kind: 'ignored', reason: 'the event carries no issue' };
    return {
        issue: { ...rawIssue, number: rawIssue.number },
        comment,
        argument: match[1] ?? ''
    };
}
function eventIssue(rawIssue) {
    return (0,gateway.toIssueRef)({
        number: rawIssue.number,
        title: comment_text(rawIssue.title),
        body: typeof rawIssue.body === 'string' ? rawIssue.body : '',
        state: comment_text(rawIssue.state),
        labels: Array.isArray(rawIssue.labels) ? rawIssue.labels : [],
        html_url: comment_text(rawIssue.html_url),
        created_at: comment_text(rawIssue.created_at),
        user: { login: comment_text(asObject(rawIssue.user).login) }
    });
}
/**
 * Only the issue the record names, only while it is open, only people with write,
 * maintain or admin permission. Refusals a person should see are answered on the issue.
 */
async function mayNotPromote(github, record, issue, author) {
    // The record names the rotation issue (or, for a rerun finishing a promotion, the issue it closed).
    const named = [record.rotation?.issue, record.promotion?.issue];
    if (!named.includes(issue.number)) {
        return {
            kind: 'ignored',
            reason: `issue #${issue.number} is not the rotation issue the rotation record names`
        };
    }
    if (issue.state !== 'open') {
        await github.comment(issue.number, `@${author} this rotation issue is closed, so nothing was changed. If a rotation is still needed, run the rotation workflow again.`);
        return { kind: 'ignored', reason: `issue #${issue.number} is closed`, issue };
    }
    const role = await github.permission(author);
    if (ALLOWED_ROLES.includes(role.base))
        return undefined;
    const shown = role.name === role.base ? role.base : `${role.name}, based on ${role.base}`;
    await github.comment(issue.number, `@${author} only people with write, maintain or admin permission on this repository can promote a certificate (your permission: ${shown}). Nothing was changed; ask a maintainer to post the \`/certificate-id\` reply.`);
    return {
        kind: 'ignored',
        reason: `${author} has ${shown} permission, which may not promote`,
        issue
    };
}
/** The ID after `/certificate-id`, held to NetSuite's certificate ID shape. */
function certificateIdIn(argument) {
    const id = argument.trim();
    if (id === '') {
        throw new errors/* InputError */.dz('the /certificate-id comment has no ID: reply `/certificate-id <ID>` with the Certificate ID NetSuite shows');
    }
    if (!certificate_id/* CERTIFICATE_ID */.u.test(id)) {
        throw new errors/* InputError */.dz('the /certificate-id comment does not hold a NetSuite certificate ID: expected letters, digits, - and _ only, as shown in the Certificate ID column in NetSuite');
    }
    return id;
}
/**
 * The issue of a finished promotion (reopened by anyone who can triage) only ever finishes
 * that promotion: a rerun of its run. Another ID there would promote some other rotation.
 */
async function finishedPromotion(github, record, reply) {
    const { issue, author, id } = reply;
    const promotion = record.promotion;
    if (issue.number === record.rotation?.issue ||
        issue.number !== promotion?.issue ||
        id === promotion.certificateId)
        return undefined;
    await github.comment(issue.number, `@${author} this issue's rotation was already promoted, so nothing was changed. A pending rotation is promoted only from the issue that announces it.`);
    return {
        kind: 'ignored',
        reason: `issue #${issue.number} belongs to a promotion that is finished`,
        issue
    };
}

// EXTERNAL MODULE: ./src/rotation/emergency.ts
var emergency = __webpack_require__(8643);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
;// CONCATENATED MODULE: ./src/rotation/promote-text.ts



/**
 * What became current and what is kept for rollback: `previous` is what the promotion
 * replaced (on a rerun, what the record store says _PREVIOUS holds; nothing in an emergency).
 */
function promotedComment(ctx, promoted, certificateId, previous) {
    const n = ctx.inputs.names;
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

// EXTERNAL MODULE: ./src/rotation/credentials.ts
var credentials = __webpack_require__(5568);
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
const PROMOTE_FIELDS = [
    ...emergency/* EMERGENCY_FIELDS */.m,
    'newCertificateId',
    'certificateId',
    'pendingCertificate',
    'pendingPrivateKey',
    'privateKey'
];
/* harmony default export */ const promote = ((0,command/* defineCommand */.NB)({
    needs: ['clientId'],
    uses: PROMOTE_FIELDS,
    writesSecrets: true,
    check: inputs => checkPendingStage(inputs),
    run: async (ctx) => {
        const github = await ctx.github();
        const store = await record_store/* RecordStore */.p.open(github, ctx.inputs.names.state);
        const reply = await certificateIdToPromote(ctx, github, store);
        if ('status' in reply)
            return reply;
        const stages = heldStages(ctx, store);
        const issueNumber = reply.issue?.number ?? store.record.rotation?.issue;
        if (alreadyPromoted(stages, reply.certificateId)) {
            return finishPromotion(ctx, github, store, { ...stages, ...reply, issueNumber });
        }
        const pending = provablePending(ctx, stages);
        const { certificateId } = reply;
        let token;
        try {
            token = await ctx.netsuite.prove((0,credentials/* credentials */.z3)(ctx, pending.key, certificateId));
        }
        catch (error) {
            if (issueNumber !== undefined)
                await github.comment(issueNumber, refusalComment(certificateId, error));
            await rememberReply(store, pending.certificate.fingerprint, certificateId);
            return refusedResult(ctx, pending.certificate, certificateId, error);
        }
        ctx.log.info(`NetSuite accepted the pending certificate with ID ${certificateId}.`);
        const via = { key: pending.key, certificateId };
        const mapping = await mappingRefusal(ctx, via, stages.currentId);
        if (mapping) {
            if (issueNumber !== undefined)
                await github.comment(issueNumber, mapping.comment);
            return mappingRefusedResult(ctx, pending.certificate, certificateId, mapping);
        }
        return promoteProven(ctx, github, store, {
            ...stages,
            pending,
            certificateId,
            accessToken: token.accessToken,
            issueNumber,
            commentedOn: reply.issue
        });
    }
}));
/** The certificate ID to promote: the input, or a writer's `/certificate-id` reply (with the
 * issue it was made on, open when the comment was made); a reply that is not one is ignored. */
async function certificateIdToPromote(ctx, github, store) {
    const given = ctx.inputs.newCertificateId;
    if (given === undefined && ctx.run.eventName === 'issue_comment') {
        const request = await readCommentRequest(ctx, github, store.record);
        if (request.kind !== 'ignored')
            return { certificateId: request.certificateId, issue: request.issue };
        ctx.log.notice(`/certificate-id ignored: ${request.reason}. Nothing was changed.`);
        return {
            ...(0,results/* emptyResult */.$)('rotation-pending', `Nothing was changed (${request.reason}). Someone with write, maintain or admin permission replies \`/certificate-id <ID>\` on the rotation issue.`),
            outputs: (0,results/* issueOutputs */.gK)(request.issue)
        };
    }
    if (given === undefined) {
        throw new errors/* InputError */.dz('promote needs the new certificate ID: set new-certificate-id, or run it on an issue_comment event whose comment starts with /certificate-id <ID>');
    }
    return { certificateId: given };
}
function heldStages(ctx, store) {
    const { inputs } = ctx;
    const current = store.held(inputs.names, 'current', { certificateId: inputs.certificateId });
    const pending = store.held(inputs.names, 'pending', { certificate: inputs.pendingCertificate });
    return {
        current: current.certificate,
        currentId: current.certificateId,
        pendingCertificate: pending.certificate,
        // Secrets cannot be read back: the pending key is always the one the step was given.
        pendingKey: inputs.pendingPrivateKey
    };
}
/** A rerun after the promotion wrote the current stage: the pending key is gone, the current
 * ID is the one replied, and the current certificate the pending one (when it is still there). */
function alreadyPromoted(held, certificateId) {
    return (!held.pendingKey &&
        held.currentId === certificateId &&
        (!held.pendingCertificate || held.current?.fingerprint === held.pendingCertificate.fingerprint));
}
/** Finishes the clean-up of a promotion already written: pending variable, record, issue. */
async function finishPromotion(ctx, github, store, done) {
    const n = ctx.inputs.names;
    const { current, certificateId } = done;
    if (done.pendingCertificate)
        await store.deleteVariable(n.certificatePending);
    const issueNumber = done.issueNumber ?? store.record.promotion?.issue;
    if (current) {
        await (0,promotion/* recordPromotion */.Zw)(ctx, store, {
            certificate: current,
            certificateId,
            replacedId: store.held(n, 'previous').certificateId
        });
    }
    if (issueNumber !== undefined) {
        const message = current
            ? promotedComment(ctx, current, certificateId, previousStage(store, n))
            : `Certificate \`${certificateId}\` is current${(0,issue_text/* where */._M)(ctx.inputs)}.`;
        await (0,promotion/* closeIssue */.wS)(ctx, github, store, { number: issueNumber, message, rerun: true });
    }
    return {
        ...(0,results/* emptyResult */.$)('promoted', 'Nothing to do: already promoted.'),
        outputs: {
            ...(current ? (0,results/* certificateOutputs */.E4)(current, ctx.now()) : {}),
            'certificate-id': certificateId
        }
    };
}
/** The pending pair, when it can be proven: both there, one rotation's, not expired. */
function provablePending(ctx, held) {
    const n = ctx.inputs.names;
    const { pendingCertificate, pendingKey } = held;
    if (!pendingCertificate) {
        throw new errors/* InputError */.dz(`no rotation is pending: the variable ${n.certificatePending}${(0,issue_text/* where */._M)(ctx.inputs)} is empty; run the rotate command first`);
    }
    // Needed only now: a rerun of a finished promotion has no pending key.
    if (!pendingKey)
        throw (0,missing_input/* missingInput */.f)(ctx.command, 'pendingPrivateKey', n, ctx.run);
    if (!(0,inspect/* keyMatchesCertificate */.Yh)(pendingKey.keyObject, pendingCertificate)) {
        throw new errors/* InputError */.dz(`the pending key (secret ${n.keyPending}) does not belong to the pending certificate (variable ${n.certificatePending}): two rotations overlapped; run rotate again with restart: true to start a new rotation`);
    }
    if (pendingCertificate.notAfter.getTime() <= ctx.now().getTime()) {
        throw new errors/* InputError */.dz(`the pending certificate expired on ${pendingCertificate.notAfter.toISOString()}: run rotate again with restart: true to start a new rotation`);
    }
    return { key: pendingKey, certificate: pendingCertificate };
}
function refusedResult(ctx, pending, certificateId, error) {
    return {
        status: 'failed',
        outputs: { ...(0,results/* certificateOutputs */.E4)(pending, ctx.now()), 'certificate-id': certificateId },
        failure: `NetSuite refused certificate ID ${certificateId} with the pending key; nothing was changed. ${(0,errors/* describeError */.Uc)(error)}`,
        stages: [(0,results/* stageRow */.ru)('pending', pending, certificateId, 'refused by NetSuite')],
        nextStep: 'Check the certificate ID in NetSuite and reply again with `/certificate-id <ID>`.'
    };
}
function mappingRefusedResult(ctx, pending, certificateId, mapping) {
    return {
        status: 'failed',
        outputs: { ...(0,results/* certificateOutputs */.E4)(pending, ctx.now()), 'certificate-id': certificateId },
        failure: `${mapping.failure} Nothing was changed.`,
        stages: [(0,results/* stageRow */.ru)('pending', pending, certificateId, 'mapped to another role or entity')],
        nextStep: mapping.nextStep
    };
}
/** Writes the proven promotion, settles what left service, and closes the issue. */
async function promoteProven(ctx, github, store, p) {
    const { pending, certificateId, current, currentId } = p;
    const rerun = current?.fingerprint === pending.certificate.fingerprint;
    const emergency = store.record.rotation?.emergency ?? false;
    // Certificates that left service (in an emergency the replaced and the previous one) are
    // revoked at once with the credentials just proven, or the closing comment names them.
    const { replaced, settled } = await (0,promotion/* makeCurrent */.iC)(ctx, store, {
        pendingKey: pending.key,
        pendingCertificate: pending.certificate,
        certificateId,
        current,
        currentId,
        emergency
    });
    const summary = promotedComment(ctx, pending.certificate, certificateId, emergency ? {} : replaced);
    const issue = p.issueNumber === undefined
        ? undefined
        : await (0,promotion/* closeIssue */.wS)(ctx, github, store, {
            number: p.issueNumber,
            known: rerun ? undefined : p.commentedOn,
            message: (0,promotion/* closingMessage */.Ds)(summary, emergency, settled.note),
            rerun
        });
    return (0,results/* promotedResult */.m0)(ctx.now(), {
        key: pending.key,
        certificate: pending.certificate,
        certificateId,
        accessToken: p.accessToken,
        state: 'promoted, verified',
        previous: emergency ? undefined : { ...replaced, state: 'kept for rollback' },
        issue,
        nextStep: 'Nothing to do: consumers reading the current secret and variables now use the new certificate.'
    });
}
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
/** What the record store says _PREVIOUS holds, as the promotion's comment names it. */
function previousStage(store, n) {
    const { certificate, certificateId } = store.held(n, 'previous');
    return { certificate, id: certificateId };
}


/***/ }),

/***/ 2098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubGateway: () => (/* binding */ GitHubGateway),
  toIssueRef: () => (/* binding */ toIssueRef)
});

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/actions-scopes.ts + 2 modules
var actions_scopes = __webpack_require__(960);
;// CONCATENATED MODULE: ./src/github/access-probe.ts
/**
 * Read-only questions about where admin-token may keep Actions secrets and variables: a
 * repository, one of its environments, or the organization. Each answer is GitHub's status
 * (and the permission GitHub names when it refuses), never an exception for a refusal, so
 * the doctor can judge every scope in one run. Nothing here writes: GitHub tells a token's
 * write permission only by accepting a write, so read access is what can be proven.
 */


class AccessProbe {
    client;
    /** `client` is undefined when admin-token is not set: every answer is then 401. */
    constructor(client) {
        this.client = client;
    }
    /** Reads the scope's public key for secrets: what sealing a secret there needs first. */
    async secrets(scope) {
        return this.ask(`GET ${(0,actions_scopes/* base */.E3)(scope, 'secrets')}/public-key`, {});
    }
    /**
     * Reads the scope's variables: one page of the list in a repository or environment; in
     * the organization (which serves no list here) the variable `name`, where 404 means it
     * does not exist yet and still proves the read.
     */
    async variables(scope, name) {
        const answer = scope.kind === 'organization'
            ? await this.ask(`GET ${(0,actions_scopes/* base */.E3)(scope, 'variables')}/{name}`, { name })
            : await this.ask(`GET ${(0,actions_scopes/* base */.E3)(scope, 'variables')}`, { per_page: 1 });
        return scope.kind === 'organization' && answer.status === 404 ? { status: 200 } : answer;
    }
    /** The repository itself: whether the token sees it, and its visibility. */
    async repository(owner, repo) {
        let visibility;
        const answer = await this.ask('GET /repos/{owner}/{repo}', { owner, repo }, data => (visibility = readVisibility(data)));
        return visibility === undefined ? answer : { ...answer, visibility };
    }
    async ask(route, params, read) {
        if (!this.client)
            return { status: 401 };
        try {
            const { status, data } = (await this.client.request(route, params));
            read?.(data);
            return { status };
        }
        catch (error) {
            const status = (0,github_errors/* statusOf */.c2)(error);
            // Anything without an HTTP status (the network, a bug) is not an answer about access.
            if (status === undefined)
                throw error;
            const headers = error.response
                ?.headers;
            const wants = headers?.['x-accepted-github-permissions'];
            return typeof wants === 'string' && wants !== '' ? { status, wants } : { status };
        }
    }
}
function readVisibility(data) {
    if (!data || typeof data !== 'object')
        return undefined;
    const record = data;
    if (typeof record.visibility === 'string')
        return record.visibility;
    return typeof record.private === 'boolean' ? (record.private ? 'private' : 'public') : undefined;
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/variables.ts
var variables = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/github/gateway.ts





const BUILT_IN_ROLES = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
/** Opening an issue or posting a comment is never retried: GitHub may have done it before
 * failing (a 5xx after the work), and a retry would say it twice. A rerun converges. */
const NOT_REPEATED = { retries: 0 };
function toIssueRef(raw) {
    return {
        number: raw.number,
        title: raw.title,
        body: raw.body ?? '',
        state: raw.state,
        labels: raw.labels.map(label => (typeof label === 'string' ? label : (label.name ?? ''))),
        htmlUrl: raw.html_url,
        createdAt: raw.created_at,
        author: raw.user?.login ?? ''
    };
}
/** The logins GitHub refused as assignees (422 `{field: assignees, code: invalid}`), all of
 * them when it does not say which; undefined for any other error. */
function unassignable(error, asked) {
    if ((0,github_errors/* statusOf */.c2)(error) !== 422 || asked.length === 0)
        return undefined;
    const data = error.response?.data;
    const errors = Array.isArray(data?.errors) ? data.errors : [];
    const invalid = errors.filter(e => e.field === 'assignees' && e.code === 'invalid');
    if (invalid.length === 0)
        return undefined;
    const named = invalid
        .flatMap((e) => (Array.isArray(e.value) ? e.value : [e.value]))
        .filter((v) => typeof v === 'string')
        .filter(v => asked.some(login => login.toLowerCase() === v.toLowerCase()));
    const refused = asked.filter(login => named.some(v => v.toLowerCase() === login.toLowerCase()));
    return refused.length > 0 ? refused : asked;
}
class GitHubGateway {
    options;
    recorder;
    issues;
    admin;
    /** Where the run keeps its own secrets and variables: the repository, or its environment. */
    home;
    entries;
    constructor(options) {
        this.options = options;
        this.recorder = options.writes;
        const onWarning = (message) => options.log.warning(message);
        const paceMs = options.paceMs ?? (0,octokit/* paceFromEnvironment */.$Q)(process.env);
        const { apiUrl, owner, repo, environment } = options;
        this.issues = (0,octokit/* createClient */.UU)({ token: options.githubToken, apiUrl, onWarning, paceMs });
        if (options.adminToken) {
            this.admin = (0,octokit/* createClient */.UU)({ token: options.adminToken, apiUrl, onWarning, paceMs });
        }
        this.home =
            environment === undefined
                ? { kind: 'repository', owner, repo }
                : { kind: 'environment', owner, repo, environment };
        this.entries = new actions_scopes/* ScopeWriter */.Ih({
            read: (step, request, explain) => this.call(step, 'admin-token', request, explain),
            write: (step, request, explain) => this.write(step, 'admin-token', request, explain),
            warn: message => this.options.log.warning(message)
        }, this.home);
    }
    /** Every write done (or, in dry-run, that would have been done), in order. */
    get writes() {
        return this.recorder.steps;
    }
    client(token, step) {
        if (token === 'github-token')
            return this.issues;
        // Refused as GitHub refuses a token without the permission, explained by the caller.
        if (!this.admin)
            throw Object.assign(new Error(`${step}: admin-token is not set`), { status: 403 });
        return this.admin;
    }
    async call(step, token, request, explain = error => (0,github_errors/* explainGitHubError */.Pm)(error, step, token)) {
        let octokit;
        try {
            octokit = this.client(token, step);
        }
        catch (error) {
            throw explain(error);
        }
        try {
            return await request(octokit);
        }
        catch (error) {
            throw explain(error);
        }
    }
    /** Runs a write, or in dry-run only reports it. */
    async write(step, token, request, explain) {
        const outcome = await this.recorder.run(step, () => this.call(step, token, request, explain));
        if (outcome.written)
            this.options.log.info(`${step}: done`);
        return outcome.written;
    }
    /** Actions secrets and variables in any scope (the fan-out targets: other repositories,
     * their environments, the organization), through the one writer of the run's own, with the
     * same admin-token client, dry-run, record of writes and public keys already read. */
    scopeWriter() {
        return this.entries;
    }
    /** Read-only questions about where admin-token may keep secrets and variables (the
     * doctor's); it never writes. */
    accessProbe() {
        return new AccessProbe(this.admin);
    }
    get canReadAdmin() {
        return this.admin !== undefined;
    }
    /** Who can see a repository, as GitHub answers it to admin-token: `public`, `private` or
     * `internal`; undefined when admin-token cannot see it (404). */
    async repositoryVisibility(owner, repo) {
        return this.call(`read repository ${owner}/${repo}`, 'admin-token', async (octokit) => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
                const answer = data;
                // Older GitHub Enterprise Servers answer `private` without `visibility`.
                return answer.visibility ?? (answer.private === false ? 'public' : 'private');
            }
            catch (error) {
                if ((0,github_errors/* statusOf */.c2)(error) === 404)
                    return undefined;
                throw error;
            }
        });
    }
    // --- Actions secrets and variables of the run's own repository or environment ---------
    async putSecret(name, value) {
        await this.entries.putSecret(this.home, name, value);
    }
    async deleteSecret(name) {
        await this.entries.deleteSecret(this.home, name);
    }
    async getVariable(name) {
        return this.entries.getVariable(this.home, name);
    }
    /** Every variable of the repository (or environment) by name: one request for all stages. */
    async listVariables() {
        if (!this.admin && this.recorder.dryRun) {
            // Only admin-token can read Actions variables. A dry-run may go without it: it then
            // reports what it would do with nothing stored, and says so.
            this.options.log.warning(`dry-run without admin-token: the ${this.entries.where(this.home)}'s variables and the rotation record cannot be read (GITHUB_TOKEN never can), so this dry-run reports as if none were stored. Give it admin-token to see exactly what a real run would do.`);
            return new variables/* Variables */.u([]);
        }
        return this.entries.listVariables(this.home);
    }
    /** Updates the variable, creating it when it does not exist (`exists`: whether the caller
     * knows it does, which saves a request). */
    async setVariable(name, value, exists) {
        await this.entries.setVariable(this.home, name, value, exists);
    }
    async deleteVariable(name) {
        await this.entries.deleteVariable(this.home, name);
    }
    // --- Issues -------------------------------------------------------------------
    /** Open issues (not pull requests) carrying the label, oldest first. */
    async openIssues(label) {
        const { owner, repo } = this.options;
        return this.call('read open rotation issues', 'github-token', async (octokit) => {
            const raw = (await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
                owner,
                repo,
                state: 'open',
                labels: label,
                per_page: 100,
                sort: 'created',
                direction: 'asc'
            }));
            return raw.filter(issue => !issue.pull_request).map(toIssueRef);
        });
    }
    async createIssue(issue) {
        const { owner, repo } = this.options;
        let created;
        await this.write(`open issue "${issue.title}"`, 'github-token', async (octokit) => {
            const open = (assignees) => octokit.request('POST /repos/{owner}/{repo}/issues', {
                owner,
                repo,
                ...issue,
                assignees,
                request: NOT_REPEATED
            });
            let data;
            try {
                ;
                ({ data } = await open(issue.assignees));
            }
            catch (error) {
                // One assignee who cannot be assigned makes GitHub refuse the whole issue (422); the
                // issue matters more than who is assigned, so it is opened without them.
                const refused = unassignable(error, issue.assignees);
                if (refused === undefined)
                    throw error;
                this.options.log.warning(`GitHub cannot assign ${refused.join(', ')} (not a collaborator with access to this repository?); the issue is opened without ${refused.length === 1 ? 'that assignee' : 'them'}: check issue-assignees`);
                ({ data } = await open(issue.assignees.filter(login => !refused.includes(login))));
            }
            created = toIssueRef(data);
            // GitHub silently drops labels at creation for tokens without push access; the label is how we find it again.
            const missing = issue.labels.filter(label => !created?.labels.some(have => (0,variables/* sameName */.q)(have, label)));
            if (missing.length > 0) {
                await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
                    owner,
                    repo,
                    issue_number: created.number,
                    labels: missing
                });
                created.labels.push(...missing);
            }
        });
        return created;
    }
    async updateIssue(number, change) {
        const { owner, repo } = this.options;
        const what = change.state === 'closed' ? `close issue #${number}` : `update issue #${number}`;
        await this.write(what, 'github-token', octokit => octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner,
            repo,
            issue_number: number,
            ...change
        }));
    }
    /** Fails (with what to grant) when github-token cannot read the repository's issues. */
    async checkIssueAccess() {
        const { owner, repo } = this.options;
        await this.call('read issues', 'github-token', octokit => octokit.request('GET /repos/{owner}/{repo}/issues', { owner, repo, per_page: 1 }));
    }
    /** Whether an issue GitHub answered is one of this repository's: an issue transferred
     * elsewhere is answered (after GitHub's 301) from the repository it moved to. */
    isHere(raw) {
        const { owner, repo } = this.options;
        const path = `/repos/${owner}/${repo}`.toLowerCase();
        return raw.repository_url === undefined || raw.repository_url.toLowerCase().endsWith(path);
    }
    /** The issue, or undefined when GitHub no longer has it here (deleted, or transferred to
     * another repository: that issue is someone else's now, never commented on or closed). */
    async findIssue(number) {
        const { owner, repo } = this.options;
        return this.call(`read issue #${number}`, 'github-token', async (octokit) => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
                    owner,
                    repo,
                    issue_number: number
                });
                const raw = data;
                return this.isHere(raw) && raw.number === number ? toIssueRef(raw) : undefined;
            }
            catch (error) {
                const status = (0,github_errors/* statusOf */.c2)(error);
                if (status === 404 || status === 410)
                    return undefined;
                throw error;
            }
        });
    }
    async comment(number, body) {
        const { owner, repo } = this.options;
        await this.write(`comment on issue #${number}`, 'github-token', octokit => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: number,
            body,
            request: NOT_REPEATED
        }));
    }
    async getIssue(number) {
        const { owner, repo } = this.options;
        return this.call(`read issue #${number}`, 'github-token', async (octokit) => {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
                owner,
                repo,
                issue_number: number
            });
            return toIssueRef(data);
        });
    }
    /** The issue's comments with their authors, oldest first. */
    async comments(number) {
        const { owner, repo } = this.options;
        return this.call(`read the comments of issue #${number}`, 'github-token', async (octokit) => {
            const all = (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: number,
                per_page: 100
            }));
            return all.map(comment => ({ author: comment.user?.login ?? '', body: comment.body ?? '' }));
        });
    }
    /**
     * The collaborator's role. `role_name` names built-in roles precisely (maintain,
     * triage); for a custom role it is the custom name, and `permission` gives the
     * legacy form of the base role it was made from (admin, write, read).
     */
    async permission(login) {
        const { owner, repo } = this.options;
        return this.call(`read the permission of ${login}`, 'github-token', async (octokit) => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner, repo, username: login });
                const record = data;
                const name = record.role_name ?? record.permission ?? 'none';
                const builtIn = BUILT_IN_ROLES.includes(name.toLowerCase());
                return { base: builtIn ? name.toLowerCase() : (record.permission ?? 'none'), name };
            }
            catch (error) {
                if ((0,github_errors/* statusOf */.c2)(error) === 404)
                    return { base: 'none', name: 'none' };
                throw error;
            }
        });
    }
    // --- Workflow keepalive -------------------------------------------------------
    async enableWorkflow(workflowId) {
        const { owner, repo } = this.options;
        await this.write(`keep workflow ${workflowId} enabled`, 'github-token', octokit => octokit.request('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', {
            owner,
            repo,
            workflow_id: workflowId
        }));
    }
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


/***/ })

};
