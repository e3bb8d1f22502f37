export const id = 278;
export const ids = [278];
export const modules = {

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ check)
});

// EXTERNAL MODULE: ./src/run/command.ts
var command = __webpack_require__(852);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/rotation/record-store.ts
var record_store = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/rotation/keepalive.ts

async function keepWorkflowAlive(ctx, github) {
    const { inputs } = ctx;
    if (!inputs.keepalive || ctx.run.eventName !== 'schedule' || !ctx.run.workflowRef)
        return;
    const file = /\.github\/workflows\/([^@]+)@/.exec(ctx.run.workflowRef)?.[1];
    if (!file)
        return;
    try {
        await github.enableWorkflow(file);
    }
    catch (error) {
        ctx.log.warning(`keepalive could not keep ${file} enabled (${(0,errors/* describeError */.Uc)(error)}); grant \`actions: write\` to github-token, or GitHub may disable this schedule after 60 days without activity`);
    }
}

// EXTERNAL MODULE: ./src/rotation/pending.ts
var rotation_pending = __webpack_require__(8405);
// EXTERNAL MODULE: ./src/rotation/zero-touch.ts
var zero_touch = __webpack_require__(2188);
// EXTERNAL MODULE: ./src/netsuite/errors.ts
var netsuite_errors = __webpack_require__(2198);
// EXTERNAL MODULE: ./src/rotation/credentials.ts
var credentials = __webpack_require__(5568);
;// CONCATENATED MODULE: ./src/rotation/registration.ts
/**
 * Does NetSuite still accept the current credentials, and when not, why: its
 * certificate list (read with other credentials that still work) tells a
 * revoked certificate (never registered again: the key is treated as
 * compromised) from one that is gone (a sandbox refresh wipes M2M mappings:
 * the same certificate is registered again).
 */






const REGISTRATION_FIELDS = [
    ...zero_touch/* ZERO_TOUCH_FIELDS */.D9,
    'certificate',
    'previousPrivateKey'
];
/** Does NetSuite still accept the current credentials? Only invalid_client means it forgot them. */
async function checkRegistration(ctx) {
    const { inputs } = ctx;
    if (!inputs.clientId || !inputs.privateKey || !inputs.certificateId)
        return 'unchecked';
    try {
        await ctx.netsuite.prove((0,credentials/* credentials */.z3)(ctx, inputs.privateKey, inputs.certificateId));
        ctx.log.info(`NetSuite accepts the current certificate ${inputs.certificateId}.`);
        return 'ok';
    }
    catch (error) {
        if (error instanceof netsuite_errors/* NetSuiteError */.oG && error.code === 'invalid_client')
            return 'missing';
        throw error;
    }
}
/** The previous stage's credentials, which may still get a token when the current ones do not. */
function previousCredentials(ctx, store) {
    const { inputs } = ctx;
    const id = store.held(inputs.names, 'previous').certificateId;
    const key = inputs.previousPrivateKey;
    return key && id && id !== inputs.certificateId ? { key, certificateId: id } : undefined;
}
async function whyRefused(ctx, store) {
    const { inputs } = ctx;
    const via = previousCredentials(ctx, store);
    const url = inputs.certificatesUrl;
    if (!via || !inputs.clientId || !url)
        return { kind: 'unknown' };
    try {
        const listed = (await (await (0,zero_touch/* endpointFor */.Lo)(ctx, url, via)).list()).find(certificate => certificate.id === inputs.certificateId);
        if (!listed)
            return { kind: 'gone', via };
        if (listed.revoked)
            return { kind: 'revoked', via };
        ctx.log.info(`NetSuite lists the current certificate ${inputs.certificateId} as active yet refuses it; the key may not belong to it.`);
    }
    catch (error) {
        ctx.log.info(`NetSuite's certificate list could not be read with the previous credentials: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    return { kind: 'unknown' };
}
/** What the issue says when NetSuite forgot the current certificate (its list no longer shows it). */
function lostReason(ctx) {
    const { inputs } = ctx;
    const certificate = inputs.certificate;
    return `NetSuite no longer accepts the current certificate ID \`${inputs.certificateId}\` (it answered invalid_client although the certificate is valid until ${certificate ? (0,time/* formatDate */.Yq)(certificate.notAfter) : 'its expiry'}). NetSuite's certificate list no longer shows it: a sandbox refresh wipes M2M mappings. Until it is uploaded again, the integration cannot log in.`;
}
/**
 * NetSuite forgot the current certificate but other credentials still work:
 * upload the same certificate through the endpoint, prove it, store its new ID.
 * Returns the new ID (nothing written in dry-run), or undefined when an admin has to do it.
 */
async function reregisterThroughApi(ctx, store, via) {
    const { inputs } = ctx;
    const n = inputs.names;
    const certificate = inputs.certificate;
    const api = (0,zero_touch/* apiUpload */.yX)(inputs);
    if (!api || !certificate || !inputs.privateKey)
        return undefined;
    let placed;
    try {
        const endpoint = await (0,zero_touch/* endpointFor */.Lo)(ctx, api.url, via);
        placed = await (0,zero_touch/* placeCertificate */.TQ)(endpoint, certificate, api, [
            via.certificateId,
            inputs.certificateId
        ]);
    }
    catch (error) {
        ctx.log.warning(`Could not upload the current certificate again through NetSuite's certificate endpoint (${(0,errors/* describeError */.Uc)(error)}); asking an admin instead.`);
        return undefined;
    }
    if (!placed.written)
        return placed;
    const certificateId = placed.value;
    await (0,zero_touch/* proveUploaded */.x0)(ctx, inputs.privateKey, certificateId);
    await store.setVariable(n.certificateId, certificateId);
    return placed;
}

// EXTERNAL MODULE: ./src/rotation/start-rotation.ts + 3 modules
var start_rotation = __webpack_require__(6842);
// EXTERNAL MODULE: ./src/rotation/results.ts
var results = __webpack_require__(8900);
;// CONCATENATED MODULE: ./src/rotation/lost-registration.ts






/** The result for a refused registration, or undefined when the due rotation handles it. */
async function lostRegistration(ctx, github, store, at) {
    const loss = await whyRefused(ctx, store);
    // A certificate that may have been revoked on purpose is never offered again: when the list
    // cannot tell, the key is replaced as if it had been revoked.
    if (loss.kind !== 'gone')
        return revoked(ctx, github, store, at, loss);
    if (at.due && at.pending.kind === 'none')
        return undefined;
    return forgotten(ctx, github, store, at, loss);
}
async function revoked(ctx, github, store, at, loss) {
    const { inputs } = ctx;
    const id = inputs.certificateId ?? '';
    const known = loss.kind === 'revoked';
    const reason = known
        ? `The current certificate \`${id}\` was **revoked** in NetSuite, so its key is treated as compromised and is never registered again. A new key replaces it.`
        : `NetSuite refuses the current certificate \`${id}\` (invalid_client) although it has not expired, and its certificate list could not be read with the credentials at hand, so it may have been **revoked** on purpose. A key that may have been taken out of service is never offered again: a new key replaces it. (If a sandbox refresh removed it instead, uploading this new certificate repairs the integration just the same.)`;
    const failure = (where) => known
        ? `NetSuite lists the current certificate ${id} as revoked: the integration cannot log in until a new certificate is uploaded and promoted (${where}).`
        : `NetSuite refuses the current certificate ${id} (invalid_client) and its certificate list could not be read, so it is treated as revoked: the integration cannot log in until a new certificate is uploaded and promoted (${where}). A rerun does not repair this; the upload does.`;
    const status = known ? 'revoked' : 'registration-missing';
    const { pending } = at;
    if (pending.kind === 'pending' && !pending.rotation.reregister) {
        // A new key is already waiting: it becomes the emergency replacement.
        const rotation = { ...pending.rotation, emergency: true, reason };
        const shown = await (0,start_rotation/* rotationPending */.Ec)(ctx, github, store, { ...pending, rotation }, undefined);
        return {
            ...shown,
            status,
            outputs: { ...shown.outputs, ...at.outputs },
            failure: failure(`the pending rotation on issue #${shown.outputs['issue-number'] ?? '?'}`)
        };
    }
    if (pending.kind === 'pending') {
        // The pending pair is the revoked certificate itself, waiting to be registered again: drop it.
        await (0,rotation_pending/* dropPending */.lN)(ctx, github, store, 'This certificate was revoked in NetSuite, so it must not be uploaded again. A new rotation replaces it.');
    }
    const started = await (0,start_rotation/* startRotation */.DP)(ctx, github, store, {
        reason,
        emergency: true,
        via: loss.kind === 'revoked' ? loss.via : 'none'
    });
    if (started.status === 'promoted') {
        ctx.log.warning(`The current certificate ${id} was revoked in NetSuite; a new key was uploaded, proven and promoted in its place, and the revoked one is not kept as previous.`);
        return started;
    }
    return {
        ...started,
        status,
        outputs: { ...started.outputs, ...at.outputs },
        failure: failure(started.outputs['issue-number'] ? `issue #${started.outputs['issue-number']}` : 'the issue')
    };
}
async function forgotten(ctx, github, store, at, loss) {
    const { inputs } = ctx;
    const certificate = inputs.certificate;
    const id = inputs.certificateId;
    const { pending } = at;
    if (pending.kind === 'none') {
        const repaired = await reregisterThroughApi(ctx, store, loss.via);
        if (repaired !== undefined) {
            ctx.log.warning(repaired.written
                ? `NetSuite had lost the current certificate; it was uploaded again through the certificate endpoint and proven as ${repaired.value}.`
                : 'NetSuite has lost the current certificate; dry-run: would upload it again through the certificate endpoint and prove it.');
            return {
                status: 'ok',
                outputs: repaired.written
                    ? { ...at.outputs, 'certificate-id': repaired.value }
                    : at.outputs,
                stages: [],
                nextStep: repaired.written
                    ? 'Nothing to do: the registration was repaired automatically.'
                    : 'dry-run: run without dry-run to upload the current certificate again and prove it.'
            };
        }
    }
    let shown;
    if (pending.kind === 'pending') {
        shown = await (0,start_rotation/* rotationPending */.Ec)(ctx, github, store, pending, certificate?.notAfter);
    }
    else {
        shown = await askToRegisterAgain(ctx, github, store, lostReason(ctx));
    }
    const issue = shown.outputs['issue-number'];
    const where = issue ? `issue #${issue}` : 'an issue (dry-run: not opened)';
    const repairs = pending.kind === 'pending' && !pending.rotation.reregister
        ? `The pending rotation in ${where} repairs this once promoted.`
        : `${where} asks an admin to upload the same certificate again and reply with its new ID.`;
    return {
        ...shown,
        status: 'registration-missing',
        outputs: { ...shown.outputs, ...at.outputs },
        failure: `NetSuite no longer accepts the current certificate ID ${id} (invalid_client) although the certificate is valid until ${certificate ? (0,time/* formatDate */.Yq)(certificate.notAfter) : 'its expiry'}: a sandbox refresh or a revocation removed it. ${repairs}`,
        nextStep: `Upload the certificate from ${where} in NetSuite and reply \`/certificate-id <ID>\` there.`
    };
}
/**
 * The key still belongs to the forgotten certificate, so an admin only uploads
 * it again and replies with its new ID: the pending stage is set to the current
 * credentials and promote does the rest.
 */
async function askToRegisterAgain(ctx, github, store, reason) {
    const { inputs } = ctx;
    const n = inputs.names;
    const certificate = inputs.certificate;
    const key = inputs.privateKey;
    if (!certificate || !key)
        throw new Error('check needs the current key and certificate to register them again');
    await store.putSecret(n.keyPending, (0,credentials/* privateKeyPem */.nQ)(key));
    await store.setVariable(n.certificatePending, certificate.pem);
    const issue = await (0,rotation_pending/* announceRotation */.iO)(ctx, github, store, {
        certificate,
        reason,
        deadline: certificate.notAfter,
        reregister: true
    });
    return {
        status: 'registration-missing',
        outputs: (0,results/* issueOutputs */.gK)(issue),
        stages: [],
        nextStep: ''
    };
}

// EXTERNAL MODULE: ./src/rotation/emergency.ts
var emergency = __webpack_require__(8643);
// EXTERNAL MODULE: ./src/rotation/retirement.ts
var retirement = __webpack_require__(2887);
;// CONCATENATED MODULE: ./src/rotation/revoke-previous.ts
/**
 * After revoke-previous-after-days, a scheduled check retires the certificate the last
 * promotion replaced: it goes to the ledger of certificates that left service, the ledger's
 * one revocation path (`settleRetirements`, which the check runs next) revokes it, and then
 * the _PREVIOUS secret and variables are deleted. Never the current one; never an ID other
 * than the one the record names.
 */




const REVOKE_PREVIOUS_FIELDS = [
    ...emergency/* EMERGENCY_FIELDS */.m,
    'revokePreviousAfterDays',
    'certificateId',
    'privateKey'
];
async function retirePreviousIfDue(ctx, store) {
    const { inputs } = ctx;
    if (inputs.revokePreviousAfterDays === 0)
        return undefined;
    // Revoking needs a token from the current credentials; without them the previous stage stays.
    if (!inputs.clientId || !(0,zero_touch/* currentCredentials */.eW)(inputs) || !inputs.certificatesUrl)
        return undefined;
    const previousId = previousDue(ctx, store);
    if (previousId === undefined)
        return undefined;
    await (0,retirement/* recordLeaving */.yU)(ctx, store, [
        {
            certificateId: previousId,
            what: 'the previous certificate',
            reason: `its ${inputs.revokePreviousAfterDays} days for a rollback are over`
        }
    ]);
    return previousId;
}
/** Once the previous certificate is revoked (or gone from NetSuite), by this run's `settled`
 * or an earlier one's ledger entry, its key is of no use: the _PREVIOUS secret and variables
 * go. Until then they stay, so a certificate NetSuite would not let this run revoke is still
 * held, and tried again by the next run. */
async function dropRevokedPrevious(ctx, store, settled) {
    const previousId = store.held(ctx.inputs.names, 'previous').certificateId;
    if (previousId === undefined)
        return;
    const now = [...settled.revoked, ...settled.gone].some(r => r.certificateId === previousId);
    const earlier = store.record.retired.some(r => r.certificateId === previousId && r.revokedAt);
    if (!now && !earlier)
        return;
    await removePreviousStage(ctx, store);
    ctx.log.info(ctx.inputs.dryRun
        ? `dry-run: the previous certificate ${previousId} would be revoked, and the _PREVIOUS secret and variables removed.`
        : `The previous certificate ${previousId} is revoked in NetSuite; removed the _PREVIOUS secret and variables.`);
}
/** The certificate the last promotion replaced, once its days are up, and only while it is
 * not the current one and _PREVIOUS still holds it. */
function previousDue(ctx, store) {
    const { inputs } = ctx;
    const n = inputs.names;
    const promotion = store.record.promotion;
    if (!promotion?.previousCertificateId || promotion.previousRevokedAt)
        return undefined;
    const dueAt = (0,time/* addDays */.fi)(new Date(promotion.at), inputs.revokePreviousAfterDays);
    const previousId = promotion.previousCertificateId;
    if (ctx.now().getTime() < dueAt.getTime()) {
        ctx.log.info(`The previous certificate ${previousId} will be revoked after ${(0,time/* formatDate */.Yq)(dueAt)}.`);
        return undefined;
    }
    if (previousId === store.held(n, 'current').certificateId ||
        previousId === inputs.certificateId) {
        ctx.log.warning(`Not revoking ${previousId}: it is the current certificate.`);
        return undefined;
    }
    if (store.held(n, 'previous').certificateId !== previousId) {
        ctx.log.warning(`Not revoking ${previousId}: ${n.certificateIdPrevious} no longer holds it, so something else changed the previous stage.`);
        return undefined;
    }
    return previousId;
}
/** The _PREVIOUS secret and variables go, and the record says when. */
async function removePreviousStage(ctx, store) {
    const n = ctx.inputs.names;
    await store.deleteSecret(n.keyPrevious);
    await store.deleteVariable(n.certificatePrevious);
    await store.deleteVariable(n.certificateIdPrevious);
    await store.save(record => ({
        ...record,
        promotion: record.promotion && {
            ...record.promotion,
            previousRevokedAt: ctx.now().toISOString()
        }
    }));
}

// EXTERNAL MODULE: ./src/netsuite/certificates.ts
var certificates = __webpack_require__(6605);
;// CONCATENATED MODULE: ./src/rotation/near-limit.ts



async function warnWhenNearLimit(ctx) {
    const api = (0,zero_touch/* apiUpload */.yX)(ctx.inputs);
    const via = (0,zero_touch/* currentCredentials */.eW)(ctx.inputs);
    if (!api || !via)
        return;
    try {
        const listed = await (await (0,zero_touch/* endpointFor */.Lo)(ctx, api.url, via)).list();
        const warning = (0,certificates/* nearLimitWarning */.q7)(listed.filter(certificate => certificate.active).length);
        if (warning)
            ctx.log.warning(`${warning}. Revoke certificates nobody uses (run doctor: it lists each one with its stage).`);
    }
    catch (error) {
        ctx.log.info(`NetSuite's certificate list could not be read to count the active certificates: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/rotation/reminders.ts
var reminders = __webpack_require__(653);
;// CONCATENATED MODULE: ./src/commands/check.ts















/** What a check cannot do without admin-token, said in the summary. */
const WITHOUT_ADMIN_TOKEN = 'the rotation record was not read (admin-token is not set): no reminders, no rotation started or re-announced, no previous certificate revoked';
const CHECK_FIELDS = [
    ...start_rotation/* ROTATION_FIELDS */.Vu,
    ...REGISTRATION_FIELDS,
    ...REVOKE_PREVIOUS_FIELDS,
    'keepalive',
    'renewBeforeDays'
];
/* harmony default export */ const check = ((0,command/* defineCommand */.NB)({
    needs: [],
    uses: CHECK_FIELDS,
    // Without admin-token check only reports; starting a rotation asks for it then.
    writesSecrets: false,
    check: (inputs, need) => {
        (0,credentials/* checkSameStage */.jJ)(inputs.privateKey, inputs.certificate, inputs.names);
        // check starts rotations too: upload: api needs the same inputs as under rotate.
        (0,zero_touch/* checkUploadNeeds */.NF)(inputs, need);
    },
    run: async (ctx) => {
        const { inputs } = ctx;
        const github = await ctx.github();
        const store = github.canReadAdmin
            ? await record_store/* RecordStore */.p.open(github, inputs.names.state)
            : undefined;
        await keepWorkflowAlive(ctx, github);
        if (store)
            await finishEarlierRuns(ctx, store);
        const now = ctx.now();
        const certificate = inputs.certificate;
        const outputs = {
            ...(certificate ? (0,results/* certificateOutputs */.E4)(certificate, now) : {}),
            ...(inputs.certificateId ? { 'certificate-id': inputs.certificateId } : {})
        };
        const expired = certificate !== undefined && certificate.notAfter.getTime() <= now.getTime();
        const due = certificate === undefined ||
            certificate.notAfter.getTime() - now.getTime() <= inputs.renewBeforeDays * time/* DAY_MS */.sO;
        const registration = certificate && !expired ? await checkRegistration(ctx) : 'unchecked';
        if (registration === 'ok')
            await warnWhenNearLimit(ctx);
        const result = store
            ? await withRecord(ctx, github, store, { registration, due, outputs })
            : reportOnly(ctx, outputs, due);
        return withCurrentStage(ctx, result, { expired, due, registration });
    }
}));
/** What is due now: the previous certificate once its days for a rollback are over, and
 * every certificate in the ledger (an earlier run may have stopped half way). */
async function finishEarlierRuns(ctx, store) {
    await retirePreviousIfDue(ctx, store);
    const settled = await (0,retirement/* settleRetirements */.Sr)(ctx, store, (0,zero_touch/* currentCredentials */.eW)(ctx.inputs), [
        ctx.inputs.certificateId,
        store.variables.get(ctx.inputs.names.certificateId)
    ]);
    await dropRevokedPrevious(ctx, store, settled);
}
/** With the record at hand: a lost registration is repaired, a rotation started or shown. */
async function withRecord(ctx, github, store, at) {
    const { registration, due, outputs } = at;
    const pending = await (0,rotation_pending/* pendingRotation */.uV)(ctx, github, store, dueReason(ctx));
    const lost = registration === 'missing'
        ? await lostRegistration(ctx, github, store, { pending, due, outputs })
        : undefined;
    const result = lost ?? (await rotation(ctx, github, store, { pending, due, outputs }));
    if (registration !== 'missing' || lost || result.status === 'promoted')
        return result;
    return {
        ...result,
        status: 'registration-missing',
        failure: `NetSuite no longer accepts the current certificate ID ${ctx.inputs.certificateId} (invalid_client). ${result.nextStep}`
    };
}
/** The current certificate's row and verdict: expired fails the run, due warns. After an
 * automatic rotation the stages already show the new current and the old as previous. */
function withCurrentStage(ctx, result, at) {
    const certificate = ctx.inputs.certificate;
    if (!certificate)
        return result;
    const days = (0,time/* daysUntil */.AQ)(certificate.notAfter, ctx.now());
    const promoted = result.status === 'promoted';
    if (!promoted)
        result.stages.unshift({
            stage: 'current',
            certificateId: ctx.inputs.certificateId,
            fingerprint: certificate.fingerprint,
            notAfter: certificate.notAfter,
            state: at.expired
                ? 'expired'
                : at.registration === 'missing'
                    ? 'refused by NetSuite'
                    : at.due
                        ? `renew now (${days} days left)`
                        : `ok (${days} days left)`
        });
    if (at.expired) {
        return {
            ...result,
            status: 'expired',
            failure: `the current certificate expired on ${certificate.notAfter.toISOString()}; NetSuite refuses it. ${result.nextStep}`
        };
    }
    if (at.due && !promoted) {
        ctx.log.warning(`The NetSuite certificate expires on ${(0,time/* formatDate */.Yq)(certificate.notAfter)} (${days} days left).`);
    }
    return result;
}
function reportOnly(ctx, outputs, due) {
    const certificate = ctx.inputs.certificate;
    if (due && certificate === undefined) {
        // Nothing to report on and nothing this run may do: say how to make it work.
        throw (0,command/* adminTokenNeeded */.AP)(ctx.command, 'to start a rotation (it stores the new key as an Actions secret)');
    }
    ctx.log.warning(`check skipped part of its work: ${WITHOUT_ADMIN_TOKEN}.`);
    return {
        status: 'ok',
        outputs,
        stages: [],
        nextStep: due
            ? 'A rotation is due: give this step admin-token so check can start it (README#tokens).'
            : 'Nothing to do yet.',
        skipped: [WITHOUT_ADMIN_TOKEN]
    };
}
async function rotation(ctx, github, store, at) {
    const { inputs } = ctx;
    const certificate = inputs.certificate;
    const { pending } = at;
    if (pending.kind === 'pending' && !(0,start_rotation/* resumesAutomatically */.KK)(ctx, pending)) {
        const result = await (0,start_rotation/* rotationPending */.Ec)(ctx, github, store, pending, certificate?.notAfter);
        if (certificate)
            await remind(ctx, github, store, certificate.notAfter);
        return { ...result, outputs: { ...result.outputs, ...at.outputs } };
    }
    if (!at.due && pending.kind === 'none' && !pending.overlapped && certificate) {
        return {
            status: 'ok',
            outputs: at.outputs,
            stages: [],
            nextStep: `Nothing to do until ${(0,time/* formatDate */.Yq)((0,time/* addDays */.fi)(certificate.notAfter, -inputs.renewBeforeDays))}, when a rotation starts by itself.`
        };
    }
    const reason = pending.kind === 'none' && pending.overlapped
        ? 'A requested rotation was replaced: two rotations overlapped and left a pending key that does not belong to the pending certificate.'
        : dueReason(ctx);
    const started = await (0,start_rotation/* startRotation */.DP)(ctx, github, store, {
        reason,
        deadline: certificate?.notAfter
    });
    // check reports on the certificate it looked at: the current one, or the new one when it promoted it itself.
    return started.status === 'promoted'
        ? started
        : { ...started, outputs: { ...started.outputs, ...at.outputs } };
}
/** Why check starts a rotation, as the issue says it. */
function dueReason(ctx) {
    const { certificate, renewBeforeDays } = ctx.inputs;
    return certificate
        ? `The current certificate (\`${certificate.fingerprint.slice(0, 23)}…\`) expires on ${(0,time/* formatDate */.Yq)(certificate.notAfter)}, in ${(0,time/* daysUntil */.AQ)(certificate.notAfter, ctx.now())} days; rotations start ${renewBeforeDays} days before expiry.`
        : 'There is no current certificate yet (the variable is empty): this is the first rotation.';
}
/** One comment per threshold crossed, remembered in the record so reruns never repeat it. */
async function remind(ctx, github, store, expiry) {
    const rotation = store.record.rotation;
    if (!rotation || rotation.issue === undefined)
        return;
    const left = expiry.getTime() - ctx.now().getTime();
    const crossed = (0,reminders/* remindersCrossed */.P)(expiry, ctx.now());
    const fresh = crossed.filter(threshold => !rotation.remindersSent.includes(threshold));
    if (fresh.length === 0)
        return;
    const days = Math.floor(left / time/* DAY_MS */.sO);
    const message = left <= 0
        ? `**Reminder:** the current NetSuite certificate has expired (${expiry.toISOString()}): the integration can no longer log in. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\`.`
        : `**Reminder:** the current NetSuite certificate expires on ${expiry.toISOString()}, in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}. Upload the certificate above in NetSuite and reply \`/certificate-id <ID>\` before then.`;
    // Comment first, then record it: a failure in between repeats a reminder rather than losing one.
    await github.comment(rotation.issue, message);
    await store.save(record => ({
        ...record,
        rotation: record.rotation && {
            ...record.rotation,
            remindersSent: [...new Set([...record.rotation.remindersSent, ...crossed])].sort((a, b) => b - a)
        }
    }));
}


/***/ })

};
