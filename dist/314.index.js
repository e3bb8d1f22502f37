export const id = 314;
export const ids = [314,944];
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
// EXTERNAL MODULE: ./src/github/gateway.ts + 3 modules
var gateway = __webpack_require__(2944);
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


/***/ }),

/***/ 2944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubGateway: () => (/* binding */ GitHubGateway),
  toIssueRef: () => (/* binding */ toIssueRef)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/errors.ts

function isRequestError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
/** Turns Octokit's errors into messages that say what to fix and whether a rerun repairs it. */
function explainGitHubError(error, step, token, environment) {
    if (!isRequestError(error)) {
        return new errors/* GitHubError */.y_(`${step} failed: ${error instanceof Error ? error.message : String(error)}. A rerun repairs this: every step is safe to run again.`);
    }
    const { status } = error;
    if (status === 401) {
        return new errors/* GitHubError */.y_(`${step} failed: GitHub refused ${token} (401 Bad credentials): it is missing, expired or revoked; create a new one and update the secret`, status, false);
    }
    if (status === 403 && token === 'admin-token') {
        return new errors/* GitHubError */.y_(`${step} failed: admin-token cannot write Actions secrets/variables; GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with Secrets and Variables: read and write (README#tokens)`, status, false);
    }
    if (status === 403) {
        return new errors/* GitHubError */.y_(`${step} failed: github-token may not do this (403): grant \`permissions: issues: write\` (and \`actions: write\` for keepalive) in the workflow`, status, false);
    }
    if (status === 404 && environment && /environment|secret|variable/i.test(step)) {
        return new errors/* GitHubError */.y_(`${step} failed: GitHub answered 404; the environment "${environment}" may not exist (create it under Settings > Environments) or admin-token cannot see it`, status, false);
    }
    const detail = error.message.split('\n')[0].slice(0, 200);
    return new errors/* GitHubError */.y_(`${step} failed: GitHub answered HTTP ${status} (${detail}). ${status >= 500 || status === 429 ? 'A rerun repairs this: every step is safe to run again.' : 'Fix the cause, then rerun.'}`, status, status >= 500 || status === 429);
}
function statusOf(error) {
    return isRequestError(error) ? error.status : undefined;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts



/**
 * The sandbox emulator listens on loopback, where GitHub's advice to space
 * writes a second apart (secondary rate limits) and to back off for seconds has
 * nothing to protect; everywhere else the plugins' defaults apply.
 */
function isLoopback(apiUrl) {
    const host = new URL(apiUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}
function createClient(options) {
    const loopback = isLoopback(options.apiUrl);
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        retry: { retries: 3, retryAfterBaseValue: loopback ? 25 : 1000 },
        throttle: {
            enabled: !loopback,
            onRateLimit: (retryAfter, _options, _octokit, retryCount) => {
                options.onWarning(`GitHub rate limit reached; retrying in ${retryAfter} s`);
                return retryCount < 2;
            },
            onSecondaryRateLimit: (retryAfter, _options, _octokit, retryCount) => {
                options.onWarning(`GitHub secondary rate limit reached; retrying in ${retryAfter} s`);
                return retryCount < 2;
            }
        },
        log: { debug: () => { }, info: () => { }, warn: options.onWarning, error: () => { } }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
;// CONCATENATED MODULE: ./src/github/seal.ts

/**
 * Actions secrets are sent as libsodium sealed boxes against the repository's
 * (or environment's) public key, both base64 ORIGINAL (docs.github.com REST
 * "Create or update a repository secret").
 */
async function sealSecret(publicKeyBase64, value) {
    await libsodium_wrappers/* default.ready */.Ay.ready;
    const key = libsodium_wrappers/* default.from_base64 */.Ay.from_base64(publicKeyBase64, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
    const sealed = libsodium_wrappers/* default */.Ay.crypto_box_seal(libsodium_wrappers/* default.from_string */.Ay.from_string(value), key);
    return libsodium_wrappers/* default.to_base64 */.Ay.to_base64(sealed, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
}

;// CONCATENATED MODULE: ./src/github/gateway.ts



function toIssueRef(raw) {
    return {
        number: raw.number,
        title: raw.title,
        body: raw.body ?? '',
        state: raw.state,
        labels: raw.labels.map(label => (typeof label === 'string' ? label : (label.name ?? ''))),
        htmlUrl: raw.html_url,
        createdAt: raw.created_at
    };
}
class GitHubGateway {
    options;
    /** Every write done (or, in dry-run, that would have been done), in order. */
    writes = [];
    issues;
    admin;
    publicKey;
    constructor(options) {
        this.options = options;
        const onWarning = (message) => options.log.warning(message);
        this.issues = createClient({ token: options.githubToken, apiUrl: options.apiUrl, onWarning });
        if (options.adminToken) {
            this.admin = createClient({ token: options.adminToken, apiUrl: options.apiUrl, onWarning });
        }
    }
    get where() {
        return this.options.environment ? `environment ${this.options.environment}` : 'repository';
    }
    /** Path prefix for secrets and variables: the repository's or an environment's. */
    scoped(kind) {
        const { owner, repo, environment } = this.options;
        return environment
            ? `/repos/${owner}/${repo}/environments/${encodeURIComponent(environment)}/${kind}`
            : `/repos/${owner}/${repo}/actions/${kind}`;
    }
    client(token, step) {
        if (token === 'github-token')
            return this.issues;
        if (!this.admin) {
            throw explainGitHubError({ status: 403, message: 'admin-token is not set' }, step, 'admin-token');
        }
        return this.admin;
    }
    async call(step, token, request) {
        try {
            return await request(this.client(token, step));
        }
        catch (error) {
            throw explainGitHubError(error, step, token, this.options.environment);
        }
    }
    /** Runs a write, or in dry-run only reports it. */
    async write(step, token, request) {
        this.writes.push(step);
        if (this.options.dryRun) {
            this.options.log.info(`dry-run: would ${step}`);
            return false;
        }
        await this.call(step, token, request);
        this.options.log.info(`${step}: done`);
        return true;
    }
    get canReadAdmin() {
        return this.admin !== undefined;
    }
    // --- Actions secrets -------------------------------------------------------
    async putSecret(name, value) {
        const step = `write secret ${name} (${this.where})`;
        await this.write(step, 'admin-token', async (octokit) => {
            // The public key is fetched once per run, then reused for every secret.
            if (!this.publicKey) {
                const { data } = await octokit.request(`GET ${this.scoped('secrets')}/public-key`);
                this.publicKey = data;
            }
            const encrypted_value = await sealSecret(this.publicKey.key, value);
            await octokit.request(`PUT ${this.scoped('secrets')}/{name}`, {
                name,
                encrypted_value,
                key_id: this.publicKey.key_id
            });
        });
    }
    async deleteSecret(name) {
        await this.write(`delete secret ${name} (${this.where})`, 'admin-token', async (octokit) => {
            try {
                await octokit.request(`DELETE ${this.scoped('secrets')}/{name}`, { name });
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error; // already gone: a rerun after a partial run
            }
        });
    }
    // --- Actions variables -----------------------------------------------------
    async getVariable(name) {
        return this.call(`read variable ${name} (${this.where})`, 'admin-token', async (octokit) => {
            try {
                const { data } = await octokit.request(`GET ${this.scoped('variables')}/{name}`, { name });
                return data.value;
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw error;
            }
        });
    }
    /** Every variable of the repository (or environment) by name: one request for all stages. */
    async listVariables() {
        return this.call(`read variables (${this.where})`, 'admin-token', async (octokit) => {
            const all = (await octokit.paginate(`GET ${this.scoped('variables')}`, { per_page: 30 }));
            return new Map(all.map(variable => [variable.name, variable.value]));
        });
    }
    /** Updates the variable, creating it when GitHub says it does not exist (404). */
    async setVariable(name, value, exists) {
        await this.write(`write variable ${name} (${this.where})`, 'admin-token', async (octokit) => {
            const update = () => octokit.request(`PATCH ${this.scoped('variables')}/{name}`, { name, value });
            const create = () => octokit.request(`POST ${this.scoped('variables')}`, { name, value });
            if (exists === false) {
                try {
                    await create();
                }
                catch (error) {
                    if (statusOf(error) !== 409)
                        throw error;
                    await update();
                }
                return;
            }
            try {
                await update();
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error;
                await create();
            }
        });
    }
    async deleteVariable(name) {
        await this.write(`delete variable ${name} (${this.where})`, 'admin-token', async (octokit) => {
            try {
                await octokit.request(`DELETE ${this.scoped('variables')}/{name}`, { name });
            }
            catch (error) {
                if (statusOf(error) !== 404)
                    throw error;
            }
        });
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
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
                owner,
                repo,
                ...issue
            });
            created = toIssueRef(data);
            // GitHub silently drops labels at creation for tokens without push access; the label is how we find it again.
            const missing = issue.labels.filter(label => !created?.labels.includes(label));
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
    async comment(number, body) {
        const { owner, repo } = this.options;
        await this.write(`comment on issue #${number}`, 'github-token', octokit => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: number,
            body
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
    /** Bodies of the issue's comments, oldest first. */
    async comments(number) {
        const { owner, repo } = this.options;
        return this.call(`read the comments of issue #${number}`, 'github-token', async (octokit) => {
            const all = (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: number,
                per_page: 100
            }));
            return all.map(comment => comment.body ?? '');
        });
    }
    /** The collaborator's fine-grained role: admin, maintain, write, triage, read or none. */
    async permission(login) {
        const { owner, repo } = this.options;
        return this.call(`read the permission of ${login}`, 'github-token', async (octokit) => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { owner, repo, username: login });
                const record = data;
                return record.role_name ?? record.permission ?? 'none';
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return 'none';
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


/***/ })

};
