export const id = 747;
export const ids = [747];
export const modules = {

/***/ 2747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FOLLOW_UP_FIELDS: () => (/* reexport */ context/* FOLLOW_UP_FIELDS */.q),
  beforeCommand: () => (/* binding */ beforeCommand),
  followUp: () => (/* binding */ followUp)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/rotation/record-store.ts
var record_store = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/github/actions-scope.ts
var actions_scope = __webpack_require__(6841);
;// CONCATENATED MODULE: ./src/follow-up/public-targets.ts
/**
 * A public repository is never a target for the key. Its workflow runs and their logs are
 * public, so one step that prints the secret shows it to everyone; and everyone can see
 * which secrets it holds. The check runs before the command writes anything: a target list
 * that names a public repository is bad input, refused with nothing written anywhere.
 */


/** Throws InputError naming every repository or environment target GitHub says is public.
 * A repository admin-token cannot see is left to the fan-out, which names the permission. */
async function refusePublicTargets(github, targets) {
    const visibility = new Map();
    const refused = [];
    for (const target of targets) {
        if (target.kind === 'organization')
            continue;
        const repo = `${target.owner}/${target.repo}`;
        const key = repo.toLowerCase();
        if (!visibility.has(key)) {
            visibility.set(key, github.repositoryVisibility(target.owner, target.repo));
        }
        if ((await visibility.get(key)) === 'public')
            refused.push((0,actions_scope/* scopeLabel */.$)(target));
    }
    if (refused.length === 0)
        return;
    const which = refused.length === 1
        ? `${refused[0]} is a public repository`
        : `${refused.join(', ')} are public repositories`;
    throw new errors/* InputError */.dz(`targets: ${which}: the private key is never copied to a public repository (its workflow runs and logs are public, so one step that prints the secret shows it to everyone). Remove ${refused.length === 1 ? 'it' : 'them'} from targets, or make the repository private, then run again; nothing was written.`);
}

// EXTERNAL MODULE: ./src/core/inspect.ts + 1 modules
var inspect = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/github/actions-scopes.ts + 2 modules
var actions_scopes = __webpack_require__(960);
;// CONCATENATED MODULE: ./src/follow-up/copy.ts
/**
 * Copies the current stage (key secret, certificate variable, certificate ID variable) to
 * fan-out targets, key first: a consumer that reads the new ID finds the key that goes with it
 * already there. Pending and previous stages never leave the source repository.
 */


/** Writes the stage to one target; throws on the first write that fails. */
async function copyStageToTarget(writer, target, stage, names, done = []) {
    done.push(await writer.putSecret(target, names.secret, stage.privateKey));
    done.push(await writer.setVariable(target, names.certificateVariable, stage.certificate));
    done.push(await writer.setVariable(target, names.certificateIdVariable, stage.certificateId));
    return done;
}
/** Writes the stage to every target in order. A target that fails does not stop the others:
 * its outcome carries the error, and the caller fails the run once all were tried. */
async function copyStageToTargets(writer, targets, stage, names) {
    const outcomes = [];
    for (const target of targets) {
        const writes = [];
        try {
            await copyStageToTarget(writer, target, stage, names, writes);
            outcomes.push({ target: (0,actions_scopes/* scopeLabel */.$o)(target), writes });
        }
        catch (error) {
            outcomes.push({ target: (0,actions_scopes/* scopeLabel */.$o)(target), writes, error: (0,errors/* describeError */.Uc)(error) });
        }
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./src/follow-up/target-status.ts
/**
 * Fan-out bookkeeping the commands need around a copy: which targets are behind the current
 * credentials (what `check` rewrites, so a failed fan-out converges without a person), what
 * each target holds after a copy, and the one error a run fails with when targets are left
 * behind. The record that stores `received` is the commands' business; this only reads and
 * returns plain maps keyed by the target's label.
 */

/** Labels compared without regard to case, as GitHub compares owners, repositories and
 * environment names. */
function find(map, label) {
    const key = Object.keys(map).find(k => k.toLowerCase() === label.toLowerCase());
    return key === undefined ? undefined : map[key];
}
/** Targets never written, or holding other credentials than `current`. */
function targetsBehind(targets, received, current) {
    return targets.filter(target => {
        const last = find(received, (0,actions_scope/* scopeLabel */.$)(target));
        return last?.fingerprint !== current.fingerprint || last.certificateId !== current.certificateId;
    });
}
/** `received` after a copy: every target written completely now holds `current`; the others
 * keep what they had. Not for dry-run, which wrote nothing. */
function receivedAfter(outcomes, received, current) {
    const next = { ...received };
    for (const outcome of outcomes) {
        if (outcome.error !== undefined)
            continue;
        for (const key of Object.keys(next)) {
            if (key.toLowerCase() === outcome.target.toLowerCase())
                delete next[key];
        }
        next[outcome.target] = { ...current };
    }
    return next;
}
/** The error a run fails with when targets could not be written, each named with the
 * permission admin-token lacks there; undefined when every target was written. */
function fanOutError(outcomes) {
    const failed = outcomes.filter(o => o.error !== undefined);
    if (failed.length === 0)
        return undefined;
    const verb = failed.length === 1 ? 'was' : 'were';
    return `fan-out: ${failed.length} of ${outcomes.length} targets ${verb} not written (the source is complete; every check retries targets that are behind): ${failed.map(o => o.error).join(' | ')}`;
}
/** One line per target for dry-run and the job summary: what was (or would be) written. */
function outcomeLines(outcomes) {
    return outcomes.map(o => o.error === undefined
        ? `${o.target}: ${o.writes.length === 0 ? 'nothing to write' : o.writes.join(', ')}`
        : `${o.target}: failed after ${o.writes.length} of 3 writes`);
}

// EXTERNAL MODULE: ./src/rotation/credentials.ts
var credentials = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/follow-up/fan-out.ts





/** Statuses after which the current stage may be copied: never a revoked or expired key. */
const CONVERGE_AFTER = new Set([
    'ok',
    'rotation-started',
    'rotation-pending',
    'promoted',
    'rolled-back'
]);
async function fanOut(ctx, github, store, result) {
    const { targets } = ctx.inputs;
    // verify is the CI gate: it holds no admin-token and changes nothing.
    if (targets.length === 0 || ctx.command === 'verify')
        return result;
    if (!store) {
        return {
            ...result,
            skipped: [
                ...(result.skipped ?? []),
                `fan-out to ${targets.length} target(s) (admin-token is not set, so targets cannot be read or written)`
            ]
        };
    }
    const received = store.record.targets;
    const made = result.madeCurrent;
    // check converges every target; a rerun of a finished promotion or rollback (which has no
    // new credentials at hand) finishes its own fan-out. Nothing else writes targets: a comment
    // refused on the issue, say, changes nothing anywhere.
    const converges = ctx.command === 'check'
        ? CONVERGE_AFTER.has(result.status)
        : result.status === 'promoted' || result.status === 'rolled-back';
    const stage = made ?? (converges ? sourceStage(ctx, store) : undefined);
    if (!stage)
        return notCopied(ctx, result, received, converges);
    const current = { fingerprint: stage.certificate.fingerprint, certificateId: stage.certificateId };
    // After a promotion or rollback every target is written; otherwise only those behind.
    const due = made ? targets : targetsBehind(targets, received, current);
    if (due.length === 0) {
        return { ...result, targets: stateLines(ctx, received) };
    }
    const outcomes = await copyAndRecord(ctx, github, store, { stage, due });
    const error = fanOutError(outcomes);
    return {
        ...result,
        failure: error ? (result.failure ? `${result.failure} Also, ${error}` : error) : result.failure,
        targets: stateLines(ctx, ctx.inputs.dryRun ? received : store.record.targets, outcomes)
    };
}
/** No credentials to copy: the targets' state, and (where fan-out was due, or after check)
 * why nothing was copied. */
function notCopied(ctx, result, received, converges) {
    const targetsNow = stateLines(ctx, received, 'not compared');
    if (!converges && ctx.command !== 'check')
        return { ...result, targets: targetsNow };
    const reason = converges
        ? 'private-key was not given or does not belong to the current certificate, so targets that are behind cannot be written'
        : `the run ended ${result.status}, so the current credentials are not copied`;
    return {
        ...result,
        targets: targetsNow,
        skipped: [...(result.skipped ?? []), `fan-out: ${reason}`]
    };
}
/** Copies the stage to the targets due, and (unless in dry-run) records what each received. */
async function copyAndRecord(ctx, github, store, copy) {
    const { stage, due } = copy;
    const names = ctx.inputs.names;
    const outcomes = await copyStageToTargets(github.scopeWriter(), due, {
        privateKey: (0,credentials/* privateKeyPem */.nQ)(stage.key),
        certificate: stage.certificate.pem,
        certificateId: stage.certificateId
    }, {
        secret: names.key,
        certificateVariable: names.certificate,
        certificateIdVariable: names.certificateId
    });
    const received = {
        fingerprint: stage.certificate.fingerprint,
        certificateId: stage.certificateId,
        at: ctx.now().toISOString()
    };
    if (!ctx.inputs.dryRun) {
        await store.save(record => ({
            ...record,
            targets: receivedAfter(outcomes, record.targets, received)
        }));
    }
    return outcomes;
}
/** The current stage as the source repository holds it, when the key at hand belongs to it. */
function sourceStage(ctx, store) {
    const key = ctx.inputs.privateKey;
    if (!key)
        return undefined;
    let held;
    try {
        // Only what the source repository holds is copied: nothing the step was given.
        held = store.held(ctx.inputs.names, 'current');
    }
    catch {
        // A damaged variable is the command's to report; fan-out only copies what it can trust.
        return undefined;
    }
    const { certificate, certificateId } = held;
    return certificate && certificateId && (0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, certificate)
        ? { key, certificate, certificateId }
        : undefined;
}
/** One line per target for the job summary: what it holds, and what this run did there. */
function stateLines(ctx, received, 
/** What this run wrote, or that it did not compare the targets at all. */
outcomes = []) {
    const held = (label) => {
        const holds = Object.entries(received).find(([k]) => k.toLowerCase() === label.toLowerCase())?.[1];
        return holds
            ? `holds ${holds.certificateId} (${holds.fingerprint.slice(0, 11)}…) since ${holds.at}`
            : 'never written';
    };
    return ctx.inputs.targets.map(target => {
        const label = (0,actions_scopes/* scopeLabel */.$o)(target);
        if (outcomes === 'not compared')
            return `${label}: not compared this run; ${held(label)}`;
        const outcome = outcomes.find(o => o.target.toLowerCase() === label.toLowerCase());
        if (!outcome)
            return `${label}: up to date, ${held(label)}`;
        if (outcome.error !== undefined)
            return `${label}: FAILED (${outcome.error}); ${held(label)}`;
        return ctx.inputs.dryRun
            ? `${label}: would ${outcome.writes.join(', ')}`
            : `${label}: written now, ${held(label)}`;
    });
}

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/core/account.ts
var account = __webpack_require__(5896);
// EXTERNAL MODULE: ./src/core/certificate-id.ts
var certificate_id = __webpack_require__(1416);
// EXTERNAL MODULE: ./src/github/names.ts
var names = __webpack_require__(4567);
;// CONCATENATED MODULE: ./src/run/context.ts
/** Every status a command ends with (the `status` output). */
const STATUSES = [
    'ok',
    'rotation-started',
    'rotation-pending',
    'promoted',
    'verified',
    'rolled-back',
    'expired',
    'registration-missing',
    'revoked',
    'failed',
    /** doctor: no failure found, or at least one. */
    'healthy',
    'unhealthy'
];

// EXTERNAL MODULE: ./src/run/command.ts
var command = __webpack_require__(852);
;// CONCATENATED MODULE: ./src/follow-up/notify-payload.ts
/**
 * The JSON a notification carries. It is built from a narrow set of facts that
 * has no place for a private key, client ID, assertion or token, copies only
 * the fields it knows (extra properties of a wider object are dropped), checks
 * each against the shape it must have, and withholds any field that contains a
 * value the caller names as secret.
 *
 * Chat services render `text` as markup and act on mentions (`@channel`,
 * `<!here>`, `<users/all>`, `@everyone`) and links, so every value in it is
 * reduced to characters that can form neither; the only links are the issue
 * and run URLs built here from the repository's own server.
 */





const NOTIFICATION_STATUSES = STATUSES.filter((status) => status !== 'healthy' && status !== 'unhealthy');
const NOTIFICATION_COMMANDS = command/* COMMAND_NAMES */.nZ.filter((name) => name !== 'doctor');
const ACCOUNT = /^(?=.{1,40}$)[A-Z0-9]+(?:_[A-Z0-9]+)*$/;
const FINGERPRINT = /^[0-9A-F]{2}(?::[0-9A-F]{2}){31}$/;
const RUN_ID = /^[0-9]{1,20}$/;
/** A PEM block, a JWT, or a long run of base64/hex holding letters and digits: what keys and tokens look like. */
function looksLikeCredential(value) {
    if (/-----BEGIN|eyJ[A-Za-z0-9_-]*\./.test(value))
        return true;
    return (value.match(/[A-Za-z0-9+/=]{24,}/g) ?? []).some(run => /[0-9]/.test(run) && /[A-Za-z]/.test(run));
}
/** Case-blind: a URL's host comes back lower-cased. */
function withheld(value, options) {
    const folded = value.toLowerCase();
    return (options.withhold ?? []).some(secret => secret.length >= 6 && folded.includes(secret.toLowerCase()));
}
function matching(value, shape, options) {
    return value !== undefined && shape.test(value) && !withheld(value, options) ? value : null;
}
/** Names (account, owner, repository, host) are short words; a credential-shaped one is not a name. */
function plainName(value, shape, options) {
    return value !== undefined && !looksLikeCredential(value) ? matching(value, shape, options) : null;
}
/** GitHub environment names are free text: kept as given unless they could carry a secret. */
function environmentName(value, options) {
    if (value === undefined || value === '' || value.length > 255)
        return null;
    if (/\p{Cc}/u.test(value) || looksLikeCredential(value))
        return null;
    return withheld(value, options) ? null : value;
}
/** What `text` may show of a name: letters, digits, space, `-`, `_`, `/`; no `@`, `<`, `.`, `:` or brackets, so no mention or link. */
function displayName(value) {
    const plain = value.replace(/[^\p{L}\p{N} _/-]+/gu, '_');
    return plain.length > 64 ? `${plain.slice(0, 63)}…` : plain;
}
/** The server's origin, when GITHUB_SERVER_URL is a plain http(s) URL without credentials. */
function serverOrigin(serverUrl) {
    try {
        const server = new URL(serverUrl);
        const plain = /^https?:$/.test(server.protocol) && !server.username && !server.password;
        return plain && !looksLikeCredential(server.hostname) ? server.origin : null;
    }
    catch {
        return null;
    }
}
function links(facts, options) {
    const origin = serverOrigin(facts.serverUrl);
    const owner = plainName(facts.repository.owner, names/* LOGIN */.S3, options);
    const repo = plainName(facts.repository.repo, names/* REPOSITORY */.Bw, options);
    if (origin === null || owner === null || repo === null)
        return { issue: null, run: null };
    const base = `${origin}/${owner}/${repo}`;
    const checked = (url) => (withheld(url, options) ? null : url);
    const issue = facts.issueNumber !== undefined &&
        Number.isSafeInteger(facts.issueNumber) &&
        facts.issueNumber > 0
        ? checked(`${base}/issues/${facts.issueNumber}`)
        : null;
    const run = facts.runId !== undefined && RUN_ID.test(facts.runId)
        ? checked(`${base}/actions/runs/${facts.runId}`)
        : null;
    return { issue, run };
}
function whatHappened(event, n, command) {
    const id = n.certificateId ? ` \`${n.certificateId}\`` : '';
    switch (event) {
        case 'rotation-started':
            return n.issueUrl
                ? 'certificate rotation started: an admin must upload the new certificate in NetSuite and reply on the issue'
                : 'certificate rotation started';
        case 'reminder':
            return 'reminder: the new certificate still waits to be uploaded in NetSuite';
        case 'promoted':
            return `new certificate${id} promoted: the integration uses it from now on`;
        case 'rolled-back':
            return `rolled back to the previous certificate${id}`;
        case 'revoked':
            return `the current certificate${id} was revoked in NetSuite: a new key is needed`;
        case 'registration-missing':
            return `NetSuite no longer accepts the current certificate${id}: the issue says what an admin uploads`;
        case 'expired':
            return `the current certificate${id} has expired: the integration cannot log in`;
        case 'failed':
            return `the ${command ?? 'action'} run failed${n.status && n.status !== 'failed' ? ` (status ${n.status})` : ''}: see the run log`;
    }
}
/** Always about the current certificate: the one whose expiry decides what happens next. */
function daysLeft(days, expiresAt) {
    const date = expiresAt ? ` (${expiresAt.slice(0, 10)})` : '';
    if (days === null)
        return expiresAt ? `Current certificate expires on ${expiresAt.slice(0, 10)}.` : '';
    if (days < 0)
        return `Current certificate expired ${-days} day${days === -1 ? '' : 's'} ago${date}.`;
    if (days === 0)
        return `Current certificate expires within a day${date}.`;
    return `Current certificate: ${days} day${days === 1 ? '' : 's'} left${date}.`;
}
function buildNotification(event, facts, options = {}) {
    const url = links(facts, options);
    const expires = facts.expiresAt instanceof Date && Number.isFinite(facts.expiresAt.getTime())
        ? facts.expiresAt.toISOString()
        : null;
    const days = typeof facts.daysRemaining === 'number' &&
        Number.isSafeInteger(facts.daysRemaining) &&
        Math.abs(facts.daysRemaining) <= 100_000
        ? facts.daysRemaining
        : null;
    const netsuite = {
        event,
        // One form for people: the one NetSuite's own pages show, and what they search for.
        account: plainName(typeof facts.account === 'string' ? (0,account/* displayAccountId */.XB)(facts.account) : undefined, ACCOUNT, options),
        environment: environmentName(facts.environment, options),
        status: NOTIFICATION_STATUSES.includes(facts.status)
            ? facts.status
            : null,
        certificateId: matching(facts.certificateId, certificate_id/* CERTIFICATE_ID */.u, options),
        fingerprint: matching(facts.fingerprint, FINGERPRINT, options),
        expiresAt: expires,
        daysRemaining: days,
        issueUrl: url.issue,
        runUrl: url.run
    };
    const command = facts.command && NOTIFICATION_COMMANDS.includes(facts.command)
        ? facts.command
        : undefined;
    const where = `NetSuite ${netsuite.account ?? 'account'}${netsuite.environment ? ` (${displayName(netsuite.environment)})` : ''}`;
    const parts = [
        `${where}: ${whatHappened(event, netsuite, command)}.`,
        daysLeft(days, expires),
        netsuite.issueUrl ? `Issue: ${netsuite.issueUrl}` : '',
        netsuite.runUrl ? `Run: ${netsuite.runUrl}` : ''
    ];
    return { text: parts.filter(Boolean).join(' '), netsuite };
}
/** The request body for a webhook that takes the given shape. */
function requestBody(payload, shape) {
    return JSON.stringify(shape === 'text-only' ? { text: payload.text } : payload);
}

// EXTERNAL MODULE: ./src/rotation/reminders.ts
var reminders = __webpack_require__(653);
;// CONCATENATED MODULE: ./src/follow-up/notify-plan.ts
/**
 * Which notifications to send, given what was sent before. A rerun replays the
 * same run with the state as it is now, so every state change has a key, and a
 * key that was delivered is never sent again:
 *
 * | event                | key (the same on a rerun)                          |
 * |----------------------|----------------------------------------------------|
 * | rotation-started     | the pending certificate's fingerprint              |
 * | reminder             | each threshold crossed (14, 7, 3, 1 days) for the  |
 * |                      | certificate that expires; one message per run      |
 * | promoted             | the promoted certificate's fingerprint             |
 * | rolled-back          | the run ID (a later rollback is a new change)      |
 * | revoked, expired     | the certificate's fingerprint                      |
 * | registration-missing | the certificate ID (each re-registration gets one) |
 * | failed               | none: every failure is sent                        |
 *
 * Keys are recorded only after delivery (`markSent`), so a webhook that was
 * down gets the message on the next run instead of never.
 */


/** About four rotation cycles of keys; older ones name certificates long gone. */
const MAX_SENT_KEYS = 32;
const MAX_KEY_LENGTH = 200;
function noNotificationsSent() {
    return {};
}
/** Thresholds (days) crossed by `now` for a certificate expiring at `expiresAt`; none once it has expired. */
function crossedReminderThresholds(expiresAt, now) {
    return expiresAt.getTime() > now.getTime() ? (0,reminders/* remindersCrossed */.P)(expiresAt, now) : [];
}
function keysFor(occasion, now) {
    const { facts } = occasion;
    const certificate = facts.fingerprint ?? facts.certificateId ?? 'unknown';
    switch (occasion.event) {
        case 'rotation-started':
            return [`rotation-started ${occasion.pendingFingerprint}`];
        case 'reminder': {
            if (!facts.expiresAt)
                return [];
            const subject = facts.fingerprint ?? facts.expiresAt.toISOString();
            return crossedReminderThresholds(facts.expiresAt, now).map(days => `reminder ${days} ${subject}`);
        }
        case 'rolled-back':
            return [`rolled-back ${facts.runId ?? 'no-run'} ${certificate}`];
        case 'registration-missing':
            return [`registration-missing ${facts.certificateId ?? certificate}`];
        case 'promoted':
        case 'revoked':
        case 'expired':
            return [`${occasion.event} ${certificate}`];
        case 'failed':
            return [];
    }
}
function planNotifications(sent, occasions, options) {
    const known = new Set(Object.keys(sent));
    const planned = [];
    for (const occasion of occasions) {
        if (!options.notifyOn.has(occasion.event))
            continue;
        const keys = keysFor(occasion, options.now).map(key => key.slice(0, MAX_KEY_LENGTH));
        if (occasion.event !== 'failed' && !keys.some(key => !known.has(key)))
            continue;
        for (const key of keys)
            known.add(key);
        planned.push({
            event: occasion.event,
            keys,
            payload: buildNotification(occasion.event, occasion.facts, { withhold: options.withhold })
        });
    }
    return planned;
}
/** The record after these notifications were delivered at `now`: their keys added (a key
 * already there keeps its first time), the oldest dropped past the cap. */
function markSent(sent, delivered, now) {
    const next = { ...sent };
    for (const key of delivered.flatMap(notification => notification.keys)) {
        next[key] ??= now.toISOString();
    }
    // Oldest first; keys sent together keep the order they were sent in.
    const kept = Object.entries(next)
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => a.entry[1].localeCompare(b.entry[1]) || a.index - b.index)
        .slice(-MAX_SENT_KEYS);
    return Object.fromEntries(kept.map(({ entry }) => entry));
}

// EXTERNAL MODULE: ./src/core/fetch-failure.ts
var fetch_failure = __webpack_require__(8320);
// EXTERNAL MODULE: ./src/core/outbound.ts + 3 modules
var outbound = __webpack_require__(1073);
// EXTERNAL MODULE: ./src/core/response-body.ts
var response_body = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/follow-up/notify-send.ts
/**
 * One JSON POST per notification. A notification is a courtesy: whatever the
 * webhook does (fails, hangs, redirects, answers a megabyte), the outcome is
 * returned and logged as a warning, never thrown, and never names the URL.
 */




/** The contract's limit for a notification, request and response together. */
const NOTIFY_TIMEOUT_MS = 10_000;
/** Chat services answer "ok" or a short JSON; anything longer is read this far and dropped. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** A fixed phrase per failure class: the error's own message names the host and port. */
function networkReason(code) {
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'host name not found';
    if (code === 'ECONNRESET' || code === 'EPIPE')
        return 'connection closed before an answer';
    if (/CERT|SELF_SIGNED|TLS|SSL/i.test(code))
        return 'TLS certificate not accepted';
    return 'network error';
}
/** Reads at most MAX_RESPONSE_BYTES of the answer and drops it, so the connection is released. */
async function drain(response) {
    // The status is what counts; an answer cut short changes nothing.
    await (0,response_body/* readCapped */.E)(response, MAX_RESPONSE_BYTES).catch(() => undefined);
}
async function post(url, body, timeoutMs) {
    try {
        const response = await (0,outbound/* outboundFetch */.n)(url.forRequest(), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            // A redirect could carry the payload somewhere the owner of the URL never chose.
            redirect: 'manual',
            signal: AbortSignal.timeout(timeoutMs)
        });
        await drain(response);
        const { status } = response;
        if (status >= 200 && status < 300)
            return { kind: 'delivered', status };
        if (status >= 300 && status < 400)
            return { kind: 'redirect-refused', status };
        return { kind: 'http-error', status };
    }
    catch (error) {
        const failure = (0,fetch_failure/* readFetchFailure */.d)(error);
        if (failure.timedOut)
            return { kind: 'timeout', timeoutMs };
        return { kind: 'network-error', reason: networkReason(failure.code) };
    }
}
function describeOutcome(outcome) {
    switch (outcome.kind) {
        case 'delivered':
            return `delivered (HTTP ${outcome.status})`;
        case 'http-error':
            return `the webhook answered HTTP ${outcome.status}`;
        case 'redirect-refused':
            return `the webhook answered with a redirect (HTTP ${outcome.status}), which is never followed: set notify-url to the final webhook URL`;
        case 'timeout':
            return `no answer within ${outcome.timeoutMs / 1000} s`;
        case 'network-error':
            return outcome.reason;
    }
}
async function sendNotification(url, payload, options = {}) {
    const timeoutMs = options.timeoutMs ?? NOTIFY_TIMEOUT_MS;
    const outcome = await post(url, requestBody(payload, url.shape), timeoutMs);
    const event = payload.netsuite.event;
    if (outcome.kind === 'delivered') {
        options.log?.info(`Notification "${event}" ${describeOutcome(outcome)}.`);
    }
    else {
        options.log?.warning(`Notification "${event}" was not delivered: ${describeOutcome(outcome)}. The run goes on; check that notify-url holds the webhook URL the chat service shows and that it takes a JSON POST.`);
    }
    return outcome;
}
/** Sends each planned notification in turn; returns those delivered, for markSent. */
async function deliverNotifications(url, planned, options = {}) {
    if (!url)
        return [];
    const delivered = [];
    for (const notification of planned) {
        if (options.dryRun) {
            options.log?.info(`Dry run: would send notification "${notification.event}".`);
            continue;
        }
        const outcome = await sendNotification(url, notification.payload, options);
        if (outcome.kind === 'delivered')
            delivered.push(notification);
    }
    return delivered;
}

;// CONCATENATED MODULE: ./src/follow-up/notifications.ts




/** The event a run's status announces, when it announces one. */
const EVENT_OF = {
    'rotation-started': 'rotation-started',
    promoted: 'promoted',
    'rolled-back': 'rolled-back',
    revoked: 'revoked',
    'registration-missing': 'registration-missing',
    expired: 'expired',
    failed: 'failed'
};
async function notify(ctx, store, result) {
    const { notifyUrl, notifyOn } = ctx.inputs;
    if (!notifyUrl)
        return;
    const now = ctx.now();
    const facts = factsOf(ctx, result, now);
    const all = occasions(ctx, result, facts);
    const usable = store ? all : all.filter(occasion => occasion.event === 'failed');
    if (!store && usable.length < all.length) {
        ctx.log.info('Notifications other than "failed" are not sent without admin-token: the rotation record, which remembers what was sent, cannot be read.');
    }
    const sent = store?.record.notifications ?? noNotificationsSent();
    const planned = planNotifications(sent, usable, {
        notifyOn,
        now,
        withhold: notifications_withheld(ctx, result)
    });
    if (planned.length === 0)
        return;
    const delivered = await deliverNotifications(notifyUrl, planned, {
        log: ctx.log,
        dryRun: ctx.inputs.dryRun
    });
    if (store && !ctx.inputs.dryRun && delivered.some(d => d.keys.length > 0)) {
        await store.save(record => ({
            ...record,
            notifications: markSent(record.notifications, delivered, now)
        }));
    }
}
function occasions(ctx, result, facts) {
    const found = [];
    const event = EVENT_OF[result.status];
    const pending = result.stages.find(stage => stage.stage === 'pending')?.fingerprint;
    if (event === 'rotation-started' || (result.status === 'rotation-pending' && pending)) {
        // A pending rotation whose announcement never got through (the webhook was down) is
        // announced by the next run; one that was announced is not, as its key is recorded.
        found.push({
            event: 'rotation-started',
            pendingFingerprint: pending ?? result.outputs.fingerprint ?? '',
            facts
        });
    }
    else if (event) {
        found.push({ event, facts });
    }
    const certificate = ctx.inputs.certificate;
    // Reminders come from the scheduled check, as the issue's reminder comments do.
    if (ctx.command === 'check' && result.status === 'rotation-pending' && certificate) {
        found.push({
            event: 'reminder',
            facts: {
                ...facts,
                fingerprint: certificate.fingerprint,
                expiresAt: certificate.notAfter,
                daysRemaining: (0,time/* daysUntil */.AQ)(certificate.notAfter, ctx.now())
            }
        });
    }
    // A target left behind fails the run even when the promotion itself succeeded.
    if (result.failure && event !== 'failed' && result.status !== 'expired') {
        if (!['revoked', 'registration-missing'].includes(result.status))
            found.push({ event: 'failed', facts: { ...facts, status: 'failed' } });
    }
    return found;
}
function factsOf(ctx, result, now) {
    const { inputs } = ctx;
    const out = result.outputs;
    const expires = out['expires-at'] ? new Date(out['expires-at']) : inputs.certificate?.notAfter;
    const issue = out['issue-number'] ? Number(out['issue-number']) : undefined;
    return {
        account: inputs.accountId,
        environment: inputs.environment,
        status: result.status,
        command: NOTIFICATION_COMMANDS.find(command => command === ctx.command),
        certificateId: out['certificate-id'] ?? inputs.certificateId,
        fingerprint: out.fingerprint ?? inputs.certificate?.fingerprint,
        expiresAt: expires,
        daysRemaining: expires ? (0,time/* daysUntil */.AQ)(expires, now) : undefined,
        serverUrl: ctx.run.serverUrl,
        repository: ctx.run.repository,
        runId: ctx.run.runId || undefined,
        issueNumber: issue
    };
}
/** Values a notification must never carry, whatever field they turn up in. */
function notifications_withheld(ctx, result) {
    const { inputs } = ctx;
    return [
        inputs.clientId,
        inputs.adminToken,
        inputs.githubToken,
        result.outputs['access-token']
    ].filter((value) => value !== undefined && value !== '');
}

// EXTERNAL MODULE: ./src/follow-up/context.ts
var context = __webpack_require__(6022);
;// CONCATENATED MODULE: ./src/follow-up/index.ts






/** Checks, before the command writes anything, what the follow-up will write: no target may
 * be a public repository. verify never fans out; without admin-token nothing is copied. */
async function beforeCommand(ctx) {
    if (ctx.inputs.targets.length === 0 || ctx.command === 'verify' || !ctx.inputs.adminToken)
        return;
    await refusePublicTargets(await ctx.github(), ctx.inputs.targets);
}
async function followUp(ctx, result) {
    const { targets, notifyUrl } = ctx.inputs;
    if (targets.length === 0 && !notifyUrl)
        return result;
    let after = result;
    try {
        const github = await ctx.github();
        const store = github.canReadAdmin
            ? await record_store/* RecordStore */.p.open(github, ctx.inputs.names.state)
            : undefined;
        after = await fanOut(ctx, github, store, result);
        await notify(ctx, store, after);
    }
    catch (error) {
        const problem = `after the command: ${(0,errors/* describeError */.Uc)(error)}`;
        after = { ...after, failure: after.failure ? `${after.failure} Also, ${problem}` : problem };
        // The run fails either way; the webhook still hears of it, with nothing recorded.
        await notify(ctx, undefined, after).catch(() => undefined);
    }
    return after;
}


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cZ: () => (/* binding */ CREDENTIAL_FIELDS),
/* harmony export */   jJ: () => (/* binding */ checkSameStage),
/* harmony export */   kj: () => (/* binding */ certificateFromVariable),
/* harmony export */   nQ: () => (/* binding */ privateKeyPem),
/* harmony export */   z3: () => (/* binding */ credentials)
/* harmony export */ });
/* harmony import */ var _core_assertion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6125);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3795);



/** What signing an assertion reads besides the key: the client ID and the algorithm. */
const CREDENTIAL_FIELDS = ['clientId', 'algorithm'];
function privateKeyPem(key) {
    return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
}
function credentials(ctx, key, certificateId) {
    return {
        clientId: ctx.inputs.clientId ?? '',
        certificateId,
        privateKey: key.keyObject,
        algorithm: ctx.inputs.algorithm ?? (0,_core_assertion_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultAlgorithmFor */ .CD)(key.keyObject)
    };
}
/**
 * The key and certificate a step is given must be one stage's. Checked only
 * where the two must match: during a half-done promotion the key secret may
 * already hold the new key while the certificate variable does not.
 */
function checkSameStage(key, certificate, names) {
    if (key && certificate && !(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`private-key does not belong to certificate (fingerprint ${certificate.fingerprint}): pass secrets.${names.key} and vars.${names.certificate} of the same stage`);
    }
}
/** Parses a certificate held in a variable; a broken value is reported, not trusted. */
function certificateFromVariable(value, name) {
    if (value === undefined || value.trim() === '')
        return undefined;
    // The reader undoes copying damage itself, as it does for the inputs.
    return (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(value, `variable ${name}`);
}


/***/ }),

/***/ 6325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ RecordStore)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9701);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5568);


/** The variables of each stage: its certificate, and its ID where it has one. */
function stageVariables(names, stage) {
    if (stage === 'current')
        return [names.certificate, names.certificateId];
    if (stage === 'pending')
        return [names.certificatePending, undefined];
    return [names.certificatePrevious, names.certificateIdPrevious];
}
class RecordStore {
    github;
    variable;
    variables;
    current;
    constructor(github, variable, variables, current) {
        this.github = github;
        this.variable = variable;
        this.variables = variables;
        this.current = current;
    }
    /** Reads every variable once and the record among them; a damaged record stops here. */
    static async open(github, variable) {
        const variables = await github.listVariables();
        return new RecordStore(github, variable, variables, (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(variables.get(variable), variable));
    }
    get record() {
        return this.current;
    }
    /**
     * What a stage holds. Its variables are the truth once this run has read them: the values
     * a step is given were read when its job started (another run may have changed the stage
     * since) or typed in by hand. What the step was given counts only where the variables hold
     * nothing, as in a dry-run without admin-token, which cannot read them.
     */
    held(names, stage, given = {}) {
        const [certificateVariable, idVariable] = stageVariables(names, stage);
        const id = idVariable === undefined ? undefined : this.variables.get(idVariable);
        return {
            certificate: (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(this.variables.get(certificateVariable), certificateVariable) ??
                given.certificate,
            certificateId: id !== undefined && id !== '' ? id : given.certificateId
        };
    }
    /** Writes a stage variable and keeps the run's view of the variables in step. */
    async setVariable(name, value) {
        await this.github.setVariable(name, value, this.variables.has(name));
        this.variables.set(name, value);
    }
    async deleteVariable(name) {
        await this.github.deleteVariable(name);
        this.variables.delete(name);
    }
    /** Stage secrets cannot be read back; they are written through here all the same. */
    async putSecret(name, value) {
        await this.github.putSecret(name, value);
    }
    async deleteSecret(name) {
        await this.github.deleteSecret(name);
    }
    /** Writes the changed record; nothing is written when nothing changed. */
    async save(change) {
        const next = change(structuredClone(this.current));
        const value = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .serialiseRecord */ .pU)(next);
        if (this.variables.has(this.variable) && this.variables.get(this.variable) === value)
            return;
        await this.github.setVariable(this.variable, value, this.variables.has(this.variable));
        this.variables.set(this.variable, value);
        this.current = next;
    }
}


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ emptyRecord),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   XL: () => (/* binding */ withRestartRun),
/* harmony export */   mj: () => (/* binding */ withRollbackRun),
/* harmony export */   pU: () => (/* binding */ serialiseRecord)
/* harmony export */ });
/* unused harmony export RECORD_VERSION */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The rotation record: the one place the action keeps a rotation's state, as
 * versioned JSON in the variable `<certificate-id-variable>_STATE`. Only
 * admin-token can write a variable, so only people with write access to the
 * repository's settings can change it; issues, labels and comments (which
 * outsiders and triagers can change) are only views of it.
 *
 * The record is validated on read: a value this release cannot read stops the
 * run with a message naming the variable and the fix, never silently ignored.
 * The unversioned bookkeeping of earlier releases is migrated on read.
 */

const RECORD_VERSION = 1;
/** How many finished rollback runs are remembered, so a rerun of one is recognised. */
const ROLLBACK_RUNS_KEPT = 20;
function emptyRecord() {
    return {
        version: RECORD_VERSION,
        uploads: {},
        rollbackRuns: [],
        notifications: {},
        targets: {},
        retired: [],
        restartRuns: []
    };
}
/** Keys only the versioned record has: a value holding one of them but no `version` was
 * edited by hand, not written by an earlier release. */
const VERSIONED_KEYS = [
    'rotation',
    'uploads',
    'promotion',
    'rollback',
    'rollbackRuns',
    'notifications',
    'targets',
    'retired',
    'restartRuns'
];
class Shape {
    problems;
    path;
    constructor(problems, path) {
        this.problems = problems;
        this.path = path;
    }
    fail(field, expected) {
        this.problems.push(`${this.path}${field} must be ${expected}`);
        return undefined;
    }
    string(value, field, optional = false) {
        if (value === undefined && optional)
            return undefined;
        return typeof value === 'string' ? value : this.fail(field, 'a string');
    }
    number(value, field, optional = false) {
        if (value === undefined && optional)
            return undefined;
        return typeof value === 'number' && Number.isInteger(value) && value > 0
            ? value
            : this.fail(field, 'a positive whole number');
    }
    boolean(value, field) {
        if (value === undefined)
            return false;
        return typeof value === 'boolean' ? value : (this.fail(field, 'true or false') ?? false);
    }
    object(value, field) {
        if (value === undefined)
            return undefined;
        return isObject(value) ? value : this.fail(field, 'an object');
    }
    strings(value, field) {
        const object = this.object(value, field) ?? {};
        const out = {};
        for (const [key, entry] of Object.entries(object)) {
            const text = this.string(entry, `${field}.${key}`);
            if (text !== undefined)
                out[key] = text;
        }
        return out;
    }
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function stage(shape, value, field) {
    if (!isObject(value)) {
        return shape.fail(field, 'an object');
    }
    const fingerprint = shape.string(value.fingerprint, `${field}.fingerprint`);
    const certificateId = shape.string(value.certificateId, `${field}.certificateId`);
    const pem = shape.string(value.pem, `${field}.pem`);
    return fingerprint !== undefined && certificateId !== undefined && pem !== undefined
        ? { fingerprint, certificateId, pem }
        : undefined;
}
/** The record as read, section by section; every field that breaks the schema is a problem. */
function validate(raw, problems) {
    const shape = new Shape(problems, '');
    const record = emptyRecord();
    const rotation = shape.object(raw.rotation, 'rotation');
    if (rotation)
        record.rotation = openRotation(rotation, problems);
    record.uploads = shape.strings(raw.uploads, 'uploads');
    const promotion = shape.object(raw.promotion, 'promotion');
    if (promotion)
        record.promotion = lastPromotion(promotion, problems);
    const rollback = shape.object(raw.rollback, 'rollback');
    if (rollback) {
        const inFlight = rollbackInFlight(shape, rollback);
        if (inFlight)
            record.rollback = inFlight;
    }
    if (raw.rollbackRuns !== undefined)
        record.rollbackRuns = finishedRollbacks(raw.rollbackRuns, problems);
    record.notifications = shape.strings(raw.notifications, 'notifications');
    record.retired = retiredList(raw.retired, problems);
    record.restartRuns = runIds(raw.restartRuns, problems);
    record.targets = targetsReceived(shape.object(raw.targets, 'targets') ?? {}, problems);
    return record;
}
function openRotation(rotation, problems) {
    const at = new Shape(problems, 'rotation.');
    const sent = Array.isArray(rotation.remindersSent) ? rotation.remindersSent : [];
    return {
        fingerprint: at.string(rotation.fingerprint, 'fingerprint') ?? '',
        issue: at.number(rotation.issue, 'issue', true),
        openedBy: at.string(rotation.openedBy, 'openedBy', true),
        reason: at.string(rotation.reason, 'reason', true) ?? '',
        reregister: at.boolean(rotation.reregister, 'reregister'),
        emergency: at.boolean(rotation.emergency, 'emergency'),
        remindersSent: sent.filter((n) => typeof n === 'number'),
        startedAt: at.string(rotation.startedAt, 'startedAt', true) ?? '',
        repliedIds: Array.isArray(rotation.repliedIds)
            ? rotation.repliedIds.filter((id) => typeof id === 'string')
            : undefined
    };
}
function lastPromotion(promotion, problems) {
    const at = new Shape(problems, 'promotion.');
    return {
        at: at.string(promotion.at, 'at') ?? '',
        certificateId: at.string(promotion.certificateId, 'certificateId', true),
        fingerprint: at.string(promotion.fingerprint, 'fingerprint', true),
        previousCertificateId: at.string(promotion.previousCertificateId, 'previousCertificateId', true),
        previousRevokedAt: at.string(promotion.previousRevokedAt, 'previousRevokedAt', true),
        issue: at.number(promotion.issue, 'issue', true),
        openedBy: at.string(promotion.openedBy, 'openedBy', true)
    };
}
function rollbackInFlight(shape, rollback) {
    const runId = shape.string(rollback.runId, 'rollback.runId');
    const from = stage(shape, rollback.from, 'rollback.from');
    const to = stage(shape, rollback.to, 'rollback.to');
    return runId !== undefined && from && to ? { runId, from, to } : undefined;
}
function finishedRollbacks(value, problems) {
    const runs = Array.isArray(value) ? value : [];
    const valid = runs.filter((run) => isObject(run) && typeof run.runId === 'string' && typeof run.fingerprint === 'string');
    if (!Array.isArray(value) || valid.length !== runs.length)
        problems.push('rollbackRuns must be a list of {runId, fingerprint}');
    return valid.map(run => ({ runId: run.runId, fingerprint: run.fingerprint }));
}
function targetsReceived(targets, problems) {
    const out = {};
    for (const [target, value] of Object.entries(targets)) {
        const at = new Shape(problems, `targets.${target}.`);
        const entry = at.object(value, '') ?? {};
        const fingerprint = at.string(entry.fingerprint, 'fingerprint');
        const certificateId = at.string(entry.certificateId, 'certificateId');
        const when = at.string(entry.at, 'at');
        if (fingerprint !== undefined && certificateId !== undefined && when !== undefined)
            out[target] = { fingerprint, certificateId, at: when };
    }
    return out;
}
function retiredList(value, problems) {
    if (value === undefined)
        return [];
    const list = Array.isArray(value) ? value : [];
    const out = [];
    for (const [index, entry] of list.entries()) {
        const at = new Shape(problems, `retired[${index}].`);
        const item = at.object(entry, '') ?? {};
        const certificateId = at.string(item.certificateId, 'certificateId');
        const what = at.string(item.what, 'what');
        const reason = at.string(item.reason, 'reason');
        const dueAt = at.string(item.dueAt, 'dueAt');
        const revokedAt = at.string(item.revokedAt, 'revokedAt', true);
        if (certificateId && what && reason !== undefined && dueAt)
            out.push({ certificateId, what, reason, dueAt, ...(revokedAt ? { revokedAt } : {}) });
    }
    if (!Array.isArray(value))
        problems.push('retired must be a list');
    return out;
}
function runIds(value, problems) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || value.some(id => typeof id !== 'string')) {
        problems.push('restartRuns must be a list of run IDs');
        return [];
    }
    return value;
}
/** The bookkeeping of releases before the record had a version. */
function migrate(raw) {
    const record = emptyRecord();
    const text = (value) => typeof value === 'string' ? value : undefined;
    const promotedAt = text(raw.promotedAt);
    if (promotedAt) {
        record.promotion = {
            at: promotedAt,
            previousCertificateId: text(raw.previousCertificateId),
            previousRevokedAt: text(raw.revokedAt)
        };
    }
    const upload = isObject(raw.pendingUpload) ? raw.pendingUpload : undefined;
    const fingerprint = text(upload?.fingerprint);
    const certificateId = text(upload?.certificateId);
    if (fingerprint && certificateId)
        record.uploads[fingerprint] = certificateId;
    const runId = text(raw.rollbackRunId);
    const target = isObject(raw.rollbackTarget) ? raw.rollbackTarget : undefined;
    if (runId && target) {
        const split = (value, pem) => {
            const [fp, id] = (text(value) ?? '').split(' ');
            const body = text(pem);
            return fp && id && body ? { fingerprint: fp, certificateId: id, pem: body } : undefined;
        };
        const to = split(target.current, target.currentPem);
        const from = split(target.previous, target.previousPem);
        // Finished or not, its rerun finishes it only while the variables hold one side of it.
        if (to && from)
            record.rollback = { runId, from, to };
    }
    return record;
}
/**
 * Reads the record from the variable's value; an absent or empty variable is an
 * empty record. Throws an error naming the variable and the fix otherwise.
 */
function parseRecord(value, variable) {
    if (value === undefined || value.trim() === '')
        return emptyRecord();
    // GitHub keeps no history of a variable's values: the fix is to correct it or start afresh.
    const fix = `correct it by hand (the README's "The rotation record" describes every field), or delete the variable to start the record afresh (a stored pending rotation is then adopted, and certificates it listed as due for revocation must then be revoked by hand)`;
    let raw;
    try {
        raw = JSON.parse(value);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} is not valid JSON, so the rotation record cannot be read: ${fix}`);
    }
    if (!isObject(raw)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} does not hold a rotation record (a JSON object): ${fix}`);
    }
    if (raw.version === undefined) {
        const edited = VERSIONED_KEYS.filter(key => key in raw);
        if (edited.length > 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} holds a rotation record without "version" (it has ${edited.join(', ')}), so it was edited by hand and cannot be trusted: ${fix}; a record this release writes starts with "version": ${RECORD_VERSION}`);
        }
        return migrate(raw);
    }
    if (raw.version !== RECORD_VERSION) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} holds a rotation record of version ${JSON.stringify(raw.version)}, which this release does not know (it reads version ${RECORD_VERSION}): use the release that wrote it, or ${fix}`);
    }
    const problems = [];
    const record = validate(raw, problems);
    if (problems.length > 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`variable ${variable} holds a damaged rotation record (${problems.slice(0, 3).join('; ')}): ${fix}`);
    }
    return record;
}
/** Keys in a fixed order, so an unchanged record serialises to the same text and is not rewritten. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.keys(value)
        .filter(key => value[key] !== undefined)
        .sort()
        .map(key => [key, canonical(value[key])]));
}
function serialiseRecord(record) {
    return JSON.stringify(canonical(record));
}
/** Remembers a run that restarted a rotation, keeping the newest few. */
function withRestartRun(runs, runId) {
    return [...runs.filter(run => run !== runId), runId].slice(-ROLLBACK_RUNS_KEPT);
}
/** Remembers a finished rollback run, keeping the newest few. */
function withRollbackRun(runs, finished) {
    return [...runs.filter(run => run.runId !== finished.runId), finished].slice(-ROLLBACK_RUNS_KEPT);
}


/***/ })

};
