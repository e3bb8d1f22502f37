export const id = 516;
export const ids = [516];
export const modules = {

/***/ 5516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubGateway: () => (/* binding */ GitHubGateway),
  toIssueRef: () => (/* binding */ toIssueRef)
});

// EXTERNAL MODULE: ./src/core/dry-run.ts
var dry_run = __webpack_require__(302);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/actions-scopes.ts
var actions_scopes = __webpack_require__(4200);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ./src/github/octokit.ts




/** The REST API version every request names: unversioned requests would move to a newer
 * version when GitHub retires this one. */
const GITHUB_API_VERSION = '2022-11-28';
/** GitHub's advice: at least a second between writes; also the base of the backoff between
 * retries of server errors (1, 4 and 9 times it). */
const DEFAULT_PACE_MS = 1000;
/** How long a run may wait for a used-up primary rate limit to reset before it gives up. */
const MAX_PRIMARY_WAIT_S = 60;
/** Reads NETSUITE_M2M_GITHUB_PACE_MS: a GitHub Enterprise Server with rate limiting turned off
 * (or any API that does not ask for spacing) may lower the pace; unset keeps GitHub's advice. */
function paceFromEnvironment(env) {
    const raw = env.NETSUITE_M2M_GITHUB_PACE_MS?.trim();
    if (raw === undefined || raw === '')
        return DEFAULT_PACE_MS;
    if (!/^\d{1,6}$/.test(raw)) {
        throw new Error(`NETSUITE_M2M_GITHUB_PACE_MS must be a whole number of milliseconds (0 to 999999), not "${raw}"`);
    }
    return Number(raw);
}
/** Sends X-GitHub-Api-Version on every request. */
function apiVersion(octokit) {
    octokit.hook.before('request', options => {
        options.headers['x-github-api-version'] = GITHUB_API_VERSION;
    });
    return {};
}
/** GitHub documents a 403/429 carrying `retry-after` as a secondary rate limit; the throttling
 * plugin recognises one only by its message. Name it, so the plugin backs off for it too. */
function secondaryByRetryAfter(octokit) {
    octokit.hook.error('request', error => {
        const e = error;
        const limited = e.status === 403 || e.status === 429;
        if (limited && e.response?.headers?.['retry-after'] !== undefined) {
            if (!/\bsecondary rate\b/i.test(e.message ?? '')) {
                e.message = `secondary rate limit: ${e.message ?? ''}`;
            }
        }
        throw error;
    });
    return {};
}
function createClient(options) {
    const pace = options.paceMs ?? DEFAULT_PACE_MS;
    const where = (request) => `${request.method ?? ''} ${request.url ?? ''}`.trim();
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        retry: {
            retries: 3,
            retryAfterBaseValue: pace,
            // Rate limits (403/429) are the throttling plugin's; 409 is an answer (a variable that
            // exists), not a fault: retrying it only delays the PATCH that follows.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
        },
        throttle: {
            enabled: true,
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: pace }),
            // Writes that notify people (issues, comments): GitHub asks for more room.
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: 3 * pace }),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                if (retryCount > 0 || retryAfter > MAX_PRIMARY_WAIT_S)
                    return false;
                options.onWarning(`GitHub's API rate limit is used up (${where(request)}); it resets in ${retryAfter} s, waiting`);
                return true;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                if (retryCount >= 2)
                    return false;
                options.onWarning(`GitHub's secondary rate limit was hit (${where(request)}); waiting ${retryAfter} s as GitHub asks (retry ${retryCount + 1} of 2)`);
                return true;
            }
        },
        log: { debug: () => { }, info: () => { }, warn: options.onWarning, error: () => { } }
    }, dist_bundle/* retry */.L, apiVersion, secondaryByRetryAfter, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./src/github/seal.ts + 2 modules
var seal = __webpack_require__(4568);
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

;// CONCATENATED MODULE: ./src/github/gateway.ts
/**
 * Every GitHub call the action makes, behind one door: Actions secrets and
 * variables (admin-token), the rotation issue and collaborator permission
 * (github-token), and the workflow keepalive. In dry-run, writes are reported
 * and skipped; reads still happen.
 */






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
        .flatMap(e => (Array.isArray(e.value) ? e.value : [e.value]))
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
    publicKey;
    constructor(options) {
        this.options = options;
        this.recorder = new dry_run/* Writes */.t(options.dryRun, options.log);
        const onWarning = (message) => options.log.warning(message);
        const paceMs = options.paceMs ?? paceFromEnvironment(process.env);
        const { apiUrl } = options;
        this.issues = createClient({ token: options.githubToken, apiUrl, onWarning, paceMs });
        if (options.adminToken) {
            this.admin = createClient({ token: options.adminToken, apiUrl, onWarning, paceMs });
        }
    }
    /** Every write done (or, in dry-run, that would have been done), in order. */
    get writes() {
        return this.recorder.steps;
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
            throw (0,github_errors/* explainGitHubError */.Pm)({ status: 403, message: 'admin-token is not set' }, step, 'admin-token');
        }
        return this.admin;
    }
    async call(step, token, request, explain = error => (0,github_errors/* explainGitHubError */.Pm)(error, step, token, this.options.environment)) {
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
    /** Writes to other repositories, their environments and the organization (fan-out
     * targets), through the same admin-token client, dry-run and record of writes. */
    scopeWriter() {
        return new actions_scopes/* ScopeWriter */.I({
            write: (step, request, explain) => this.write(step, 'admin-token', request, explain)
        });
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
            const encrypted_value = await (0,seal/* sealSecret */.E)(this.publicKey.key, value);
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
                if ((0,github_errors/* statusOf */.c2)(error) !== 404)
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
                if ((0,github_errors/* statusOf */.c2)(error) === 404)
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
                    if ((0,github_errors/* statusOf */.c2)(error) !== 409)
                        throw error;
                    await update();
                }
                return;
            }
            try {
                await update();
            }
            catch (error) {
                if ((0,github_errors/* statusOf */.c2)(error) !== 404)
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
                if ((0,github_errors/* statusOf */.c2)(error) !== 404)
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
            const open = (assignees) => octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, ...issue, assignees });
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


/***/ })

};
