export const id = 700;
export const ids = [700];
export const modules = {

/***/ 2517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ih: () => (/* binding */ ScopeWriter),
  E3: () => (/* binding */ base),
  $o: () => (/* reexport */ actions_scope/* scopeLabel */.$)
});

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/org-access.ts
/**
 * Who may read an organization secret or variable. GitHub's visibility decides it: `all` is
 * every repository of the organization, `private` every private and internal one, `selected`
 * only the listed ones, and `selected` with an empty list none. A new entry is therefore made
 * `selected` with no repository (an admin then chooses which may read the key); an existing one
 * keeps what an admin chose, and the run warns when that is wider than a selection. A PUT of a
 * secret must name its visibility and selection again, so a `selected` one is read first, and
 * the write is refused when admin-token could not list the whole selection: sending back the
 * shorter list would silently take the key away from the repositories it cannot see.
 * https://docs.github.com/rest/actions/secrets#create-or-update-an-organization-secret
 */


const NOBODY = { visibility: 'selected', selected_repository_ids: [] };
/** Who a visibility lets read an entry of `org`, in words. */
function readersInWords(visibility, org) {
    if (visibility === 'all')
        return `every repository of ${org}, public ones included`;
    if (visibility === 'private')
        return `every private and internal repository of ${org}`;
    return undefined;
}
function wideWarning(kind, org, name, visibility) {
    const who = readersInWords(visibility, org) ?? visibility;
    const risk = kind === 'secret'
        ? `: any member who can push a workflow to one of them can read the private key`
        : ' (it holds no secret)';
    return (`org:${org}: the organization ${kind} ${name} keeps the visibility "${visibility}" an admin gave it, so ${who} can read it${risk}. ` +
        `To limit it, choose "Selected repositories" under Settings > Secrets and variables > Actions > ${name} > Repository access.`);
}
/** The one message a run gives when it creates organization entries readable by nobody. */
function chooseRepositoriesAdvice(org, name, kind) {
    const plural = kind === 'secret' ? 'secrets' : 'variables';
    return (`org:${org}: the organization ${kind} ${name} (and any other the run creates there) was created with visibility "selected" and no repository selected, ` +
        `so no repository can read it until an admin chooses which may: Settings > Secrets and variables > Actions > ${name} > Repository access, ` +
        `or, without sending the value again, \`gh api --method PUT /orgs/${org}/actions/${plural}/${name}/repositories/REPOSITORY_ID\` for each repository ` +
        `(\`gh secret set ${name} --org ${org} --repos REPO1,REPO2\` works too, but asks for the value again).`);
}
/** The visibility and selection a PUT of the organization secret must send. */
async function orgSecretAccess(octokit, path, org, name) {
    let visibility;
    try {
        const { data } = await octokit.request(`GET ${path}/{name}`, { name });
        visibility = data.visibility;
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) === 404)
            return { body: NOBODY, created: true };
        throw error;
    }
    if (visibility !== 'selected') {
        return {
            body: { visibility },
            created: false,
            wide: wideWarning('secret', org, name, visibility)
        };
    }
    const ids = await wholeSelection(octokit, path, org, name);
    return { body: { visibility, selected_repository_ids: ids }, created: false };
}
/** Every selected repository's ID, or a refusal when admin-token can list only some of them. */
async function wholeSelection(octokit, path, org, name) {
    const repositories = [];
    let total = 0;
    for (let page = 1; page <= 100; page++) {
        const { data } = await octokit.request(`GET ${path}/{name}/repositories`, {
            name,
            per_page: 100,
            page
        });
        const answer = data;
        total = answer.total_count;
        repositories.push(...answer.repositories);
        if (answer.repositories.length < 100)
            break;
    }
    if (total > repositories.length) {
        throw new core_errors/* GitHubError */.y_(`org:${org}: the organization secret ${name} is selected for ${total} repositories, but admin-token can see only ${repositories.length} of them; ` +
            `writing it would take the key away from the others. Give admin-token access to all repositories of ${org} (or write the secret by hand), then rerun.`, undefined, false);
    }
    return repositories.map(r => r.id);
}
/** Whether the organization variable exists and how widely it is read: a variable is updated
 * with its value alone (visibility and selection stay), and created readable by nobody. */
async function orgVariableAccess(octokit, path, org, name) {
    try {
        const { data } = await octokit.request(`GET ${path}/{name}`, { name });
        const { visibility } = data;
        const wide = readersInWords(visibility, org)
            ? wideWarning('variable', org, name, visibility)
            : undefined;
        return { body: {}, created: false, wide };
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) === 404)
            return { body: NOBODY, created: true };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/github/seal.ts
var seal = __webpack_require__(7286);
// EXTERNAL MODULE: ./src/github/actions-scope.ts
var actions_scope = __webpack_require__(6841);
;// CONCATENATED MODULE: ./src/github/actions-scopes.ts
/**
 * Actions secrets and variables anywhere admin-token may write them: a repository, one of
 * its environments, or the organization. Fan-out copies the current credentials through
 * here. Sealing, dry-run and the record of writes are the gateway's; what is added is the
 * scope in every path, one public-key read per scope per run, and the organization's rules
 * of who may read an entry (`org-access.ts`).
 */





function place(scope) {
    return {
        label: (0,actions_scope/* scopeLabel */.$)(scope),
        kind: scope.kind,
        ...(scope.kind === 'environment' ? { environment: scope.environment } : {})
    };
}
/** The API path of the scope's secrets or variables (environment names may hold `/`). */
function base(scope, kind) {
    const e = encodeURIComponent;
    if (scope.kind === 'organization')
        return `/orgs/${e(scope.org)}/actions/${kind}`;
    const repo = `/repos/${e(scope.owner)}/${e(scope.repo)}`;
    return scope.kind === 'environment'
        ? `${repo}/environments/${e(scope.environment)}/${kind}`
        : `${repo}/actions/${kind}`;
}
class ScopeWriter {
    ports;
    keys = new Map();
    /** What this run already told, so a warning is given once however many copies it makes. */
    told = new Set();
    constructor(ports) {
        this.ports = ports;
    }
    /** Seals and stores a secret; returns the step as listed (dry-run: not sent). */
    async putSecret(scope, name, value) {
        const step = `write secret ${name} (${(0,actions_scope/* scopeLabel */.$)(scope)})`;
        const explain = error => (0,errors/* explainTargetError */.PF)(error, step, place(scope), 'secrets');
        await this.ports.write(step, async (octokit) => {
            const key = await this.publicKey(octokit, scope);
            const access = scope.kind === 'organization'
                ? await orgSecretAccess(octokit, base(scope, 'secrets'), scope.org, name)
                : undefined;
            await octokit.request(`PUT ${base(scope, 'secrets')}/{name}`, {
                name,
                encrypted_value: await (0,seal/* sealSecret */.E)(key.key, value),
                key_id: key.key_id,
                ...access?.body
            });
            if (access && scope.kind === 'organization')
                this.tell(scope.org, name, 'secret', access);
        }, explain);
        return step;
    }
    /** Updates the variable, creating it when it does not exist; in the organization a new one
     * is readable by no repository, and an update names only the value, so visibility and
     * selection stay. */
    async setVariable(scope, name, value) {
        const step = `write variable ${name} (${(0,actions_scope/* scopeLabel */.$)(scope)})`;
        const explain = error => (0,errors/* explainTargetError */.PF)(error, step, place(scope), 'variables');
        const path = base(scope, 'variables');
        await this.ports.write(step, async (octokit) => {
            if (scope.kind !== 'organization')
                return upsertVariable(octokit, path, name, value);
            const access = await orgVariableAccess(octokit, path, scope.org, name);
            await upsertVariable(octokit, path, name, value, access.created ? access.body : undefined);
            this.tell(scope.org, name, 'variable', access);
        }, explain);
        return step;
    }
    /** Once per run: how to choose the repositories of new organization entries; once per
     * entry: that an existing one is read more widely than a selection. */
    tell(org, name, kind, access) {
        const once = (key, message) => {
            if (this.told.has(key))
                return;
            this.told.add(key);
            this.ports.warn(message);
        };
        if (access.created)
            once(`new ${org}`.toLowerCase(), chooseRepositoriesAdvice(org, name, kind));
        if (access.wide)
            once(`wide ${org} ${kind} ${name}`.toLowerCase(), access.wide);
    }
    /** The scope's public key, read once per run. */
    async publicKey(octokit, scope) {
        const id = (0,actions_scope/* scopeLabel */.$)(scope).toLowerCase();
        let key = this.keys.get(id);
        if (!key) {
            const { data } = await octokit.request(`GET ${base(scope, 'secrets')}/public-key`);
            key = data;
            this.keys.set(id, key);
        }
        return key;
    }
}
/** PATCH the variable's value; POST it (with `create`'s fields) when it does not exist. */
async function upsertVariable(octokit, path, name, value, create = {}) {
    const update = () => octokit.request(`PATCH ${path}/{name}`, { name, value });
    try {
        await update();
        return;
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) !== 404)
            throw error;
    }
    try {
        await octokit.request(`POST ${path}`, { name, value, ...create });
    }
    catch (error) {
        // Created meanwhile by someone else: update it once.
        if ((0,errors/* statusOf */.c2)(error) !== 409)
            throw error;
        await update();
    }
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ explainTargetError),
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9354);


function isRequestError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined || value === null ? undefined : String(value);
}
/** A 403/429 that is a rate limit, not a refusal: GitHub's primary limit empties
 * `x-ratelimit-remaining` until `x-ratelimit-reset`; a secondary one says so in its message
 * or carries `retry-after`. */
function rateLimitMessage(error, step, token) {
    if (error.status !== 403 && error.status !== 429)
        return undefined;
    if (header(error, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(error, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0
            ? new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
            : 'the time GitHub gives in x-ratelimit-reset';
        return `${step} failed: GitHub's API rate limit for ${token} is used up until ${when} (a rate limit, not a missing permission). Rerun after that time: every step is safe to run again.`;
    }
    const retryAfter = header(error, 'retry-after');
    if (retryAfter !== undefined || /\bsecondary rate\b/i.test(error.message)) {
        const wait = retryAfter === undefined ? '' : ` (GitHub asked to wait ${retryAfter} s)`;
        return `${step} failed: GitHub's secondary rate limit stopped ${token}${wait}: too many requests in a short time, not a missing permission. Rerun in a few minutes: every step is safe to run again.`;
    }
    return undefined;
}
/** The `message` of GitHub's answer (Octokit's own message when there is none). */
function githubMessage(error) {
    const data = error.response?.data;
    return typeof data?.message === 'string' ? data.message : error.message;
}
/**
 * A 403 that is not a missing permission, explained with its fix: SAML single sign-on not
 * authorized for the token (GitHub sends `x-github-sso`), the organization's IP allow list,
 * or its policy on tokens. Undefined for anything else.
 */
function refusalMessage(error, step, token) {
    if (error.status !== 403)
        return undefined;
    // GitHub's own words, shown as data: one line, cut, inline code nothing breaks out of.
    const message = githubMessage(error);
    const said = `GitHub said: ${(0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)((0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(message, 300))}`;
    const sso = header(error, 'x-github-sso');
    if (sso !== undefined) {
        const url = /\burl=(https:\/\/\S+)/.exec(sso)?.[1];
        const where = url ? ` at ${(0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)((0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(url, 300))}` : '';
        return `${step} failed: the organization uses SAML single sign-on and ${token} is not authorized for it (not a missing permission). Authorize the token for the organization${where} (a personal access token: Settings > Developer settings > Personal access tokens > Configure SSO), update the secret if it changed, then rerun. ${said}`;
    }
    if (/\bIP allow list\b/i.test(message)) {
        return `${step} failed: the organization's IP allow list does not include this runner's address (not a missing permission). Add the runner's outgoing address (or its proxy's) to the allow list under the organization's Settings > Authentication security, or run the job on a runner whose address is allowed, then rerun. ${said}`;
    }
    if (/\bforbids access via\b/i.test(message)) {
        return `${step} failed: an organization policy forbids this kind of token for ${token} (not a missing permission). Use a token the policy allows (a fine-grained token within the allowed lifetime, or a GitHub App token), update the secret, then rerun. ${said}`;
    }
    return undefined;
}
/** What GitHub says the refused request needs, when it says (x-accepted-github-permissions). */
function neededPermission(error) {
    const needed = header(error, 'x-accepted-github-permissions');
    return needed ? ` (GitHub says the request needs ${(0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)((0,_core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(needed, 100))})` : '';
}
/** Turns Octokit's errors into messages that say what to fix and whether a rerun repairs it. */
function explainGitHubError(error, step, token, environment) {
    // Already explained where it was found (it names its own fix): explained once, not twice.
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_)
        return error;
    if (!isRequestError(error)) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}. A rerun repairs this: every step is safe to run again.`);
    }
    const { status } = error;
    const limited = rateLimitMessage(error, step, token);
    if (limited)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(limited, status, true);
    const refused = refusalMessage(error, step, token);
    if (refused)
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(refused, status, false);
    if (status === 401) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: GitHub refused ${token} (401 Bad credentials): it is missing, expired or revoked; create a new one and update the secret`, status, false);
    }
    if (status === 403 && token === 'admin-token') {
        const permission = environment
            ? `Environments: read and write (GitHub App: \`environments: write\`); an environment's secrets and variables are governed by Environments, not by Secrets and Variables`
            : 'Secrets and Variables: read and write';
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: admin-token cannot write Actions secrets/variables${neededPermission(error)}; GITHUB_TOKEN never can; use a fine-grained token or GitHub App token with ${permission} (README#tokens)`, status, false);
    }
    if (status === 403) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: github-token may not do this (403)${neededPermission(error)}: grant \`permissions: issues: write\` (and \`actions: write\` for keepalive) in the workflow`, status, false);
    }
    if (status === 404 && environment && /environment|secret|variable/i.test(step)) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: GitHub answered 404; the environment "${environment}" may not exist (create it under Settings > Environments) or admin-token cannot see it`, status, false);
    }
    const detail = error.message.split('\n')[0].slice(0, 200);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: GitHub answered HTTP ${status} (${detail}). ${status >= 500 || status === 429 ? 'A rerun repairs this: every step is safe to run again.' : 'Fix the cause, then rerun.'}`, status, status >= 500 || status === 429);
}
function statusOf(error) {
    return isRequestError(error) ? error.status : undefined;
}
/** A fan-out write that failed, explained with the target and the permission admin-token
 * lacks there; rate limits and server errors as for any other step. */
function explainTargetError(error, step, place, what) {
    const status = statusOf(error);
    const limited = isRequestError(error)
        ? (rateLimitMessage(error, step, 'admin-token') ?? refusalMessage(error, step, 'admin-token'))
        : undefined;
    if (limited || (status !== 403 && status !== 404)) {
        return explainGitHubError(error, step, 'admin-token');
    }
    const target = `fan-out target ${place.label}`;
    if (place.kind === 'organization') {
        const org = place.label.slice('org:'.length);
        const [fineGrained, app] = what === 'secrets'
            ? ['Secrets', 'organization_secrets']
            : ['Variables', 'organization_actions_variables'];
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(status === 404
            ? `${step} failed: ${target}: GitHub answered 404; the organization ${org} does not exist or admin-token belongs elsewhere (a fine-grained token's resource owner, or the GitHub App's installation, must be ${org})`
            : `${step} failed: ${target}: admin-token lacks the organization permission ${fineGrained} (read and write) on ${org}; for a GitHub App, ${app}: write (README#tokens)`, status, false);
    }
    const repo = place.label.split('@')[0];
    // An environment's secrets and variables are governed by the Environments permission.
    const permission = place.kind === 'environment'
        ? `Environments (read and write; GitHub App: \`environments: write\`) on ${repo}`
        : `Secrets and Variables (read and write) on ${repo}`;
    if (status === 404) {
        const missing = place.kind === 'environment'
            ? `the environment "${place.environment ?? ''}" of ${repo} does not exist (create it under Settings > Environments), or ${repo} does not, or admin-token cannot see it`
            : `${repo} does not exist or admin-token cannot see it`;
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: ${target}: GitHub answered 404; ${missing}: give admin-token access to ${repo} with ${permission}`, status, false);
    }
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: ${target}: admin-token lacks ${permission}; GITHUB_TOKEN never has them (README#tokens)`, status, false);
}


/***/ }),

/***/ 3700:
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
// EXTERNAL MODULE: ./src/github/actions-scopes.ts + 1 modules
var actions_scopes = __webpack_require__(2517);
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
            const { status, data } = await this.client.request(route, params);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/core/outbound.ts + 1 modules
var outbound = __webpack_require__(9526);
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
        userAgent: outbound/* USER_AGENT */._O,
        // Through the same proxy rule and client as every other request of the run.
        request: { fetch: outbound/* outboundFetch */.no },
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

// EXTERNAL MODULE: ./src/github/seal.ts
var seal = __webpack_require__(7286);
// EXTERNAL MODULE: ./src/github/variables.ts
var variables = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/github/gateway.ts
/**
 * Every GitHub call the action makes, behind one door: Actions secrets and
 * variables (admin-token), the rotation issue and collaborator permission
 * (github-token), and the workflow keepalive. In dry-run, writes are reported
 * and skipped; reads still happen.
 */







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
        this.recorder = options.writes ?? new dry_run/* Writes */.t(options.dryRun, options.log);
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
        return new actions_scopes/* ScopeWriter */.Ih({
            write: (step, request, explain) => this.write(step, 'admin-token', request, explain),
            warn: message => this.options.log.warning(message)
        });
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
        if (!this.admin && this.options.dryRun) {
            // Only admin-token can read Actions variables. A dry-run may go without it: it then
            // reports what it would do with nothing stored, and says so.
            this.options.log.warning(`dry-run without admin-token: the ${this.where}'s variables and the rotation record cannot be read (GITHUB_TOKEN never can), so this dry-run reports as if none were stored. Give it admin-token to see exactly what a real run would do.`);
            return new variables/* Variables */.u([]);
        }
        return this.call(`read variables (${this.where})`, 'admin-token', async (octokit) => {
            const all = (await octokit.paginate(`GET ${this.scoped('variables')}`, { per_page: 30 }));
            return new variables/* Variables */.u(all.map(variable => [variable.name, variable.value]));
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

/***/ 7286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ sealSecret)
/* harmony export */ });
/* harmony import */ var libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4768);

/**
 * Actions secrets are sent as libsodium sealed boxes against the repository's
 * (or environment's) public key, both base64 ORIGINAL (docs.github.com REST
 * "Create or update a repository secret").
 */
async function sealSecret(publicKeyBase64, value) {
    await libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"].ready */ .Ay.ready;
    const key = libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"].from_base64 */ .Ay.from_base64(publicKeyBase64, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL);
    const sealed = libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay.crypto_box_seal(libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"].from_string */ .Ay.from_string(value), key);
    return libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"].to_base64 */ .Ay.to_base64(sealed, libsodium_wrappers__WEBPACK_IMPORTED_MODULE_0__/* ["default"].base64_variants */ .Ay.base64_variants.ORIGINAL);
}


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ sameName),
/* harmony export */   u: () => (/* binding */ Variables)
/* harmony export */ });
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


/***/ })

};
