export const id = 98;
export const ids = [98];
export const modules = {

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


/***/ })

};
