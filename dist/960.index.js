export const id = 960;
export const ids = [960];
export const modules = {

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ih: () => (/* binding */ ScopeWriter),
  E3: () => (/* binding */ base),
  $o: () => (/* reexport */ actions_scope/* scopeLabel */.$)
});

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
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
        const { data } = await (0,github_octokit/* requestAnswer */.GA)(octokit, `GET ${path}/{name}`, { name });
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
        const { data } = await (0,github_octokit/* requestAnswer */.GA)(octokit, `GET ${path}/{name}/repositories`, {
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
        const { data } = await (0,github_octokit/* requestAnswer */.GA)(octokit, `GET ${path}/{name}`, { name });
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

;// CONCATENATED MODULE: ./src/github/seal.ts
/**
 * Actions secrets are sent as libsodium sealed boxes against the repository's
 * (or environment's) public key, both base64 ORIGINAL (docs.github.com REST
 * "Create or update a repository secret").
 *
 * libsodium (its WebAssembly instantiated on load) is loaded by the first seal, not with the
 * GitHub gateway: most runs that talk to GitHub (check with nothing due, promote, doctor)
 * write no secret.
 */
async function sealSecret(publicKeyBase64, value) {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

// EXTERNAL MODULE: ./src/github/actions-scope.ts
var actions_scope = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/github/variables.ts
var variables = __webpack_require__(4086);
;// CONCATENATED MODULE: ./src/github/actions-scopes.ts
/**
 * Actions secrets and variables anywhere admin-token may keep them: the run's own repository
 * (or its environment), another repository, one of its environments, or the organization.
 * Every read and write of them goes through here, whoever asks: one path builder, one public
 * key per scope per run, one variable upsert, one delete, one explanation of a failure. The
 * gateway lends its admin-token client, its dry-run and record of writes; the organization's
 * rules of who may read an entry are `org-access.ts`'s.
 */







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
/** One scope however it is spelled: GitHub compares names without regard to case. */
const idOf = (scope) => (0,actions_scope/* scopeLabel */.$)(scope).toLowerCase();
class ScopeWriter {
    ports;
    home;
    keys = new Map();
    /** What this run already told, so a warning is given once however many copies it makes. */
    told = new Set();
    /** `home` is the run's own repository or environment: its steps name it `repository` or
     * `environment NAME`, and its failures are not a fan-out target's. */
    constructor(ports, home) {
        this.ports = ports;
        this.home = home;
    }
    /** Seals and stores a secret; returns the step as listed (dry-run: not sent). */
    async putSecret(scope, name, value) {
        return this.change(`write secret ${name}`, scope, 'secrets', async (octokit) => {
            const key = await this.publicKey(octokit, scope);
            const access = scope.kind === 'organization'
                ? await orgSecretAccess(octokit, base(scope, 'secrets'), scope.org, name)
                : undefined;
            await octokit.request(`PUT ${base(scope, 'secrets')}/{name}`, {
                name,
                encrypted_value: await sealSecret(key.key, value),
                key_id: key.key_id,
                ...access?.body
            });
            if (access && scope.kind === 'organization')
                this.tell(scope.org, name, 'secret', access);
        });
    }
    /** Updates the variable, creating it when it does not exist (`exists`, when the caller knows,
     * saves the request that finds out); in the organization a new one is readable by no
     * repository, and an update names only the value, so visibility and selection stay. */
    async setVariable(scope, name, value, exists) {
        const path = base(scope, 'variables');
        return this.change(`write variable ${name}`, scope, 'variables', async (octokit) => {
            if (scope.kind !== 'organization')
                return upsertVariable(octokit, path, { name, value }, { exists });
            const access = await orgVariableAccess(octokit, path, scope.org, name);
            const create = access.created ? access.body : undefined;
            await upsertVariable(octokit, path, { name, value }, { create });
            this.tell(scope.org, name, 'variable', access);
        });
    }
    async deleteSecret(scope, name) {
        return this.remove(scope, 'secrets', name);
    }
    async deleteVariable(scope, name) {
        return this.remove(scope, 'variables', name);
    }
    /** The variable's value; undefined when there is none by that name. */
    async getVariable(scope, name) {
        const step = `read variable ${name} (${this.where(scope)})`;
        const path = `GET ${base(scope, 'variables')}/{name}`;
        return this.ports.read(step, async (octokit) => {
            try {
                const { data } = await (0,github_octokit/* requestAnswer */.GA)(octokit, path, { name });
                return data.value;
            }
            catch (error) {
                if ((0,errors/* statusOf */.c2)(error) === 404)
                    return undefined;
                throw error;
            }
        }, this.explainer(scope, 'variables', step));
    }
    /** Every variable of the scope by name: one request for all stages. */
    async listVariables(scope) {
        const step = `read variables (${this.where(scope)})`;
        return this.ports.read(step, async (octokit) => {
            const all = await octokit.paginate(`GET ${base(scope, 'variables')}`, { per_page: 30 });
            return new variables/* Variables */.u(all.map(variable => [variable.name, variable.value]));
        }, this.explainer(scope, 'variables', step));
    }
    /** How steps name the scope: the home scope `repository` or `environment NAME` (the run's
     * own), any other by its target label. */
    where(scope) {
        if (!this.isHome(scope))
            return (0,actions_scope/* scopeLabel */.$)(scope);
        return scope.kind === 'environment' ? `environment ${scope.environment}` : 'repository';
    }
    isHome(scope) {
        return this.home !== undefined && idOf(this.home) === idOf(scope);
    }
    explainer(scope, what, step) {
        const failure = { scope, what, target: !this.isHome(scope) };
        return error => (0,errors/* explainScopeError */.c8)(error, step, failure);
    }
    /** One write of the scope's secrets or variables; returns the step as listed. */
    async change(action, scope, what, request) {
        const step = `${action} (${this.where(scope)})`;
        await this.ports.write(step, request, this.explainer(scope, what, step));
        return step;
    }
    async remove(scope, what, name) {
        const noun = what === 'secrets' ? 'secret' : 'variable';
        return this.change(`delete ${noun} ${name}`, scope, what, async (octokit) => {
            try {
                await octokit.request(`DELETE ${base(scope, what)}/{name}`, { name });
            }
            catch (error) {
                if ((0,errors/* statusOf */.c2)(error) !== 404)
                    throw error; // already gone: a rerun after a partial run
            }
        });
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
        const id = idOf(scope);
        let key = this.keys.get(id);
        if (!key) {
            const { data } = await (0,github_octokit/* requestAnswer */.GA)(octokit, `GET ${base(scope, 'secrets')}/public-key`);
            key = data;
            this.keys.set(id, key);
        }
        return key;
    }
}
/** PATCH the variable's value, POST it (with `create`'s fields) when GitHub says it does not
 * exist (404); first POST when the caller knows it does not (`exists: false`), then PATCH
 * when GitHub says it does (409: created meanwhile, or the caller's knowledge was old). */
async function upsertVariable(octokit, path, variable, options) {
    const update = () => octokit.request(`PATCH ${path}/{name}`, variable);
    if (options.exists !== false) {
        try {
            await update();
            return;
        }
        catch (error) {
            if ((0,errors/* statusOf */.c2)(error) !== 404)
                throw error;
        }
    }
    try {
        await octokit.request(`POST ${path}`, { ...variable, ...options.create });
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) !== 409)
            throw error;
        await update();
    }
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   c8: () => (/* binding */ explainScopeError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_outside_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9354);
/* harmony import */ var _actions_scope_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6841);



function isRequestError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function header(error, name) {
    const value = error.response?.headers?.[name];
    if (value === undefined || value === null)
        return undefined;
    if (Array.isArray(value))
        return value.join(', ');
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
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
/** Turns Octokit's errors into messages that say what to fix and whether a rerun repairs it.
 * A refusal where Actions secrets and variables live is `explainScopeError`'s. */
function explainGitHubError(error, step, token) {
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
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: admin-token may not do this (403)${neededPermission(error)}: use a fine-grained token or GitHub App token that can read the repository (README#tokens)`, status, false);
    }
    if (status === 403) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: github-token may not do this (403)${neededPermission(error)}: grant \`permissions: issues: write\` (and \`actions: write\` for keepalive) in the workflow`, status, false);
    }
    const detail = error.message.split('\n')[0].slice(0, 200);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${step} failed: GitHub answered HTTP ${status} (${detail}). ${status >= 500 || status === 429 ? 'A rerun repairs this: every step is safe to run again.' : 'Fix the cause, then rerun.'}`, status, status >= 500 || status === 429);
}
function statusOf(error) {
    return isRequestError(error) ? error.status : undefined;
}
/** A refusal where Actions secrets and variables live, explained with the repository (or
 * organization), the environment, and the permission admin-token lacks there; rate limits,
 * single sign-on, bad credentials and server errors as for any other step. */
function explainScopeError(error, step, failure) {
    const status = statusOf(error);
    const other = isRequestError(error)
        ? (rateLimitMessage(error, step, 'admin-token') ?? refusalMessage(error, step, 'admin-token'))
        : undefined;
    if (other || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_ || (status !== 403 && status !== 404)) {
        return explainGitHubError(error, step, 'admin-token');
    }
    const { scope } = failure;
    const where = `${step} failed: ${failure.target ? `fan-out target ${(0,_actions_scope_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeLabel */ .$)(scope)}: ` : ''}`;
    const message = scope.kind === 'organization'
        ? organizationRefusal(status, scope.org, failure.what)
        : repositoryRefusal(error, scope);
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(where + message, status, false);
}
function organizationRefusal(status, org, what) {
    const [fineGrained, app] = what === 'secrets'
        ? ['Secrets', 'organization_secrets']
        : ['Variables', 'organization_actions_variables'];
    return status === 404
        ? `GitHub answered 404; the organization ${org} does not exist or admin-token belongs elsewhere (a fine-grained token's resource owner, or the GitHub App's installation, must be ${org})`
        : `admin-token lacks the organization permission ${fineGrained} (read and write) on ${org}; for a GitHub App, ${app}: write (README#tokens)`;
}
function repositoryRefusal(error, scope) {
    const repo = `${scope.owner}/${scope.repo}`;
    // An environment's secrets and variables are governed by the Environments permission.
    const permission = scope.kind === 'environment'
        ? 'Environments (read and write; GitHub App: `environments: write`)'
        : 'Secrets and Variables (read and write)';
    if (error.status === 404) {
        const missing = scope.kind === 'environment'
            ? `the environment "${scope.environment}" of ${repo} does not exist (create it under Settings > Environments), or ${repo} does not, or admin-token cannot see it`
            : `${repo} does not exist or admin-token cannot see it`;
        return `GitHub answered 404; ${missing}: give admin-token access with ${permission} on ${repo}`;
    }
    const governed = scope.kind === 'environment'
        ? " (an environment's secrets and variables are governed by Environments, not by Secrets and Variables)"
        : '';
    return `admin-token cannot write Actions secrets/variables${neededPermission(error)}: it lacks ${permission} on ${repo}${governed}; GITHUB_TOKEN never has it. Use a fine-grained token or GitHub App token with that permission (README#tokens)`;
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ paceFromEnvironment),
/* harmony export */   GA: () => (/* binding */ requestAnswer),
/* harmony export */   UU: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, DEFAULT_PACE_MS */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_outbound_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1073);





/** A request whose route is built at run time, so Octokit cannot type its answer: the status
 * and the data, unknown until the caller checks its shape. */
async function requestAnswer(octokit, route, parameters) {
    const { status, data } = (await octokit.request(route, parameters));
    return { status, data };
}
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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: _core_outbound_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._,
        // Through the same proxy rule and client as every other request of the run.
        request: { fetch: _core_outbound_js__WEBPACK_IMPORTED_MODULE_2__/* .outboundFetch */ .n },
        retry: {
            retries: 3,
            retryAfterBaseValue: pace,
            // Rate limits (403/429) are the throttling plugin's; 409 is an answer (a variable that
            // exists), not a fault: retrying it only delays the PATCH that follows.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451]
        },
        throttle: {
            enabled: true,
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: pace }),
            // Writes that notify people (issues, comments): GitHub asks for more room.
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 3 * pace }),
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
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, apiVersion, secondaryByRetryAfter, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
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
