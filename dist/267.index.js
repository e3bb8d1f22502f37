export const id = 267;
export const ids = [267];
export const modules = {

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _rotation_start_rotation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6842);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(852);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2334);
/* harmony import */ var _rotation_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9701);
/* harmony import */ var _rotation_retirement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2887);
/* harmony import */ var _rotation_record_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6325);
/* harmony import */ var _rotation_pending_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8405);
/* harmony import */ var _rotation_credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5568);
/* harmony import */ var _rotation_zero_touch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2188);
/**
 * rotate: generate a key pair and certificate, store the key as the pending
 * secret, the certificate as the pending variable, then open the issue and
 * write the record, in that order, so an issue never announces a certificate
 * whose key was not stored. A rotation that is pending is never regenerated;
 * `restart: true` is the only way to drop it.
 */









/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .defineCommand */ .NB)({
    needs: [],
    uses: [..._rotation_start_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .ROTATION_FIELDS */ .Vu, 'restart', 'emergency'],
    writesSecrets: true,
    check: _rotation_zero_touch_js__WEBPACK_IMPORTED_MODULE_7__/* .checkUploadNeeds */ .NF,
    run: async (ctx) => {
        const { inputs } = ctx;
        const github = await ctx.github();
        // Read before any write: a token that cannot read the record or its issue fails here.
        const store = await _rotation_record_store_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordStore */ .p.open(github, inputs.names.state);
        // GitHub's "Re-run jobs" replays a restart with today's stages: once its new rotation was
        // started, the rerun restarts nothing (it would throw away what an admin has uploaded since).
        const rerunOfRestart = inputs.restart && ctx.run.runId !== '' && store.record.restartRuns.includes(ctx.run.runId);
        if (inputs.restart && !rerunOfRestart)
            await abandonPending(ctx, github, store);
        const reason = inputs.certificate
            ? `A rotation was requested${inputs.emergency ? ' because the current key may be compromised' : ''}. The current certificate (${inputs.certificate.fingerprint.slice(0, 23)}…) expires on ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_8__/* .formatDate */ .Yq)(inputs.certificate.notAfter)}.`
            : 'A rotation was requested and there is no current certificate yet.';
        const pending = await (0,_rotation_pending_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingRotation */ .uV)(ctx, github, store, reason);
        const deadline = inputs.certificate?.notAfter;
        if (pending.kind === 'pending' && !(0,_rotation_start_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .resumesAutomatically */ .KK)(ctx, pending)) {
            const shown = inputs.emergency ? escalated(ctx, pending, reason) : pending;
            return (0,_rotation_start_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .rotationPending */ .Ec)(ctx, github, store, shown, deadline);
        }
        if (rerunOfRestart)
            return restartAlreadyDone(ctx);
        // Nothing written yet: a github-token that cannot reach issues fails here, not after the key is stored.
        await github.checkIssueAccess();
        const started = await (0,_rotation_start_rotation_js__WEBPACK_IMPORTED_MODULE_0__/* .startRotation */ .DP)(ctx, github, store, {
            reason,
            deadline,
            emergency: inputs.emergency
        });
        if (inputs.restart && ctx.run.runId !== '') {
            await store.save(record => ({
                ...record,
                restartRuns: (0,_rotation_record_js__WEBPACK_IMPORTED_MODULE_2__/* .withRestartRun */ .XL)(record.restartRuns, ctx.run.runId)
            }));
        }
        return started;
    }
}));
/**
 * `emergency: true` while a rotation waits for the admin: the emergency is never dropped. The
 * pending rotation becomes one (its issue says so; its promotion keeps no _PREVIOUS and revokes
 * the current and previous certificates). Whether the pending key itself was exposed only the
 * person knows: then they pass `restart: true` as well.
 */
function escalated(ctx, pending, reason) {
    if (pending.rotation.emergency)
        return pending;
    ctx.log.warning('A rotation was already pending, so it becomes the emergency rotation: once its certificate is uploaded and promoted, no _PREVIOUS is kept and the current and previous certificates are revoked. If the pending key may have been exposed too, run rotate again with restart: true and emergency: true.');
    return { ...pending, rotation: { ...pending.rotation, emergency: true, reason } };
}
function restartAlreadyDone(ctx) {
    ctx.log.notice(`This run (${ctx.run.runId}) already restarted the rotation, and that rotation has been finished since; a rerun restarts nothing. Start a new run to restart again.`);
    return {
        status: 'ok',
        outputs: {},
        stages: [],
        nextStep: 'Nothing was changed: this run already restarted the rotation once.'
    };
}
/** `restart: true`: the pending pair is deleted and its issue closed with a note. */
async function abandonPending(ctx, github, store) {
    const n = ctx.inputs.names;
    const recorded = store.record.rotation;
    if (!recorded && !store.variables.has(n.certificatePending))
        return;
    ctx.log.info('restart: abandoning the pending rotation.');
    // Uploaded through the API already (even by a run that failed before it opened an issue):
    // its certificate is active in NetSuite and its key is about to be deleted, so it goes to the
    // ledger and is revoked.
    const pem = store.variables.get(n.certificatePending);
    const fingerprint = (0,_rotation_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateFromVariable */ .kj)(pem, n.certificatePending)?.fingerprint ?? recorded?.fingerprint;
    const uploadedId = fingerprint ? store.record.uploads[fingerprint] : undefined;
    const replied = (recorded?.repliedIds ?? []).filter(id => id !== uploadedId);
    await (0,_rotation_retirement_js__WEBPACK_IMPORTED_MODULE_3__/* .recordLeaving */ .yU)(ctx, store, [
        {
            certificateId: uploadedId,
            what: 'the abandoned pending certificate',
            reason: '`restart: true` deleted its key'
        }
    ]);
    await (0,_rotation_pending_js__WEBPACK_IMPORTED_MODULE_5__/* .dropPending */ .lN)(ctx, github, store, `This rotation was abandoned: the rotate command ran with \`restart: true\`, so the pending key and certificate were deleted. A new rotation replaces it on a new issue; do not upload the certificate above. ${abandonedUploadNote(uploadedId, replied)}`.trim());
    await (0,_rotation_retirement_js__WEBPACK_IMPORTED_MODULE_3__/* .settleRetirements */ .Sr)(ctx, store, (0,_rotation_zero_touch_js__WEBPACK_IMPORTED_MODULE_7__/* .currentCredentials */ .eW)(ctx.inputs), [ctx.inputs.certificateId]);
}
/** Who revokes an abandoned rotation's certificate that may be in NetSuite: the action for one
 * it uploaded; a person for one an admin uploaded (named when a reply gave its ID). */
function abandonedUploadNote(uploadedId, replied) {
    if (uploadedId)
        return '';
    const named = replied.map(id => `\`${id}\``).join(', ');
    return replied.length > 0
        ? `An admin replied with certificate ID ${named}: revoke it in NetSuite (${_rotation_retirement_js__WEBPACK_IMPORTED_MODULE_3__/* .WHERE_TO_REVOKE */ .dF}) if it is this rotation's certificate, since its key is gone and nothing can use it.`
        : `If an admin already uploaded it to NetSuite, revoke that certificate there (${_rotation_retirement_js__WEBPACK_IMPORTED_MODULE_3__/* .WHERE_TO_REVOKE */ .dF}): its key is gone, so nothing can use it.`;
}


/***/ })

};
