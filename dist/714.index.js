export const id = 714;
export const ids = [714];
export const modules = {

/***/ 3714:
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

;// CONCATENATED MODULE: ./src/github/variables.ts
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

;// CONCATENATED MODULE: ./src/github/gateway.ts




const BUILT_IN_ROLES = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
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
            return new Variables(all.map(variable => [variable.name, variable.value]));
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
            const missing = issue.labels.filter(label => !created?.labels.some(have => sameName(have, label)));
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
    /** The issue, or undefined when GitHub no longer has it (deleted or transferred). */
    async findIssue(number) {
        const { owner, repo } = this.options;
        return this.call(`read issue #${number}`, 'github-token', async (octokit) => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
                    owner,
                    repo,
                    issue_number: number
                });
                return toIssueRef(data);
            }
            catch (error) {
                const status = statusOf(error);
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
                if (statusOf(error) === 404)
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


/***/ })

};
