export const id = 356;
export const ids = [356];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _action_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1251);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3795);
/* harmony import */ var _rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5305);
/* harmony import */ var _rotation_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9701);
/* harmony import */ var _rotation_record_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6325);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4096);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5396);
/**
 * rollback: prove the _PREVIOUS credentials against NetSuite and, only when
 * they still work, swap them with the current ones, so a second rollback
 * undoes the first. The swap is recorded first (with the run ID), so a rerun of
 * the same run finishes the same swap instead of swapping back, and only while
 * the variables still hold one side of it; a rerun of a finished rollback
 * changes nothing.
 */








function stageRef(stage) {
    return {
        fingerprint: stage.certificate.fingerprint,
        certificateId: stage.certificateId,
        pem: stage.certificate.pem
    };
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_action_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)({
    needs: ['clientId', 'privateKey', 'previousPrivateKey'],
    uses: [..._credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .CREDENTIAL_FIELDS */ .cZ, 'certificateId'],
    writesSecrets: true,
    run: async (ctx) => {
        const { inputs } = ctx;
        const n = inputs.names;
        const github = await ctx.github();
        const store = await _rotation_record_store_js__WEBPACK_IMPORTED_MODULE_4__/* .RecordStore */ .p.open(github, n.state);
        const variables = store.variables;
        const record = store.record;
        const current = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateFromVariable */ .kj)(variables.get(n.certificate), n.certificate);
        const previous = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateFromVariable */ .kj)(variables.get(n.certificatePrevious), n.certificatePrevious);
        const currentId = inputs.certificateId ?? variables.get(n.certificateId);
        const previousId = variables.get(n.certificateIdPrevious);
        const keys = [inputs.privateKey, inputs.previousPrivateKey].filter((k) => k !== undefined);
        const byFingerprint = new Map([current, previous].filter((c) => !!c).map(c => [c.fingerprint, c]));
        const inFlight = record.rollback?.runId === ctx.run.runId ? record.rollback : undefined;
        const finished = inFlight
            ? undefined
            : record.rollbackRuns.find(run => ctx.run.runId !== '' && run.runId === ctx.run.runId);
        if (finished) {
            // A rerun of a finished rollback never swaps again: done if its result still stands.
            if (current && current.fingerprint === finished.fingerprint && currentId) {
                ctx.log.info(`This run already rolled back to ${currentId}; nothing to do.`);
                return {
                    status: 'rolled-back',
                    outputs: { ...(0,_results_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateOutputs */ .E4)(current, ctx.now()), 'certificate-id': currentId },
                    stages: [],
                    nextStep: 'Nothing to do: this rollback was already done.',
                    writes: github.writes
                };
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`this run (${ctx.run.runId}) already finished its rollback, and the stages have changed since (${n.certificate}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(inputs)} holds another certificate); a rerun does not swap again. Nothing was changed; to roll back now, start a new run of the rollback workflow`);
        }
        let target;
        if (inFlight) {
            // Finish the swap this run started, only while the current variable still holds one side of it.
            const sides = [inFlight.from.fingerprint, inFlight.to.fingerprint];
            if (!current || !sides.includes(current.fingerprint)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`the interrupted rollback of run ${ctx.run.runId} can no longer be finished: ${n.certificate}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(inputs)} holds neither side of it any more (something changed the stages since). Nothing was changed; to roll back now, start a new run of the rollback workflow`);
            }
            const fromRecord = (stage) => ({
                certificate: byFingerprint.get(stage.fingerprint) ??
                    (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(stage.pem, `${n.state} (rollback)`),
                certificateId: stage.certificateId
            });
            target = { current: fromRecord(inFlight.to), previous: fromRecord(inFlight.from) };
            ctx.log.info('Finishing the rollback this run started before it was interrupted.');
        }
        else {
            if (!previous || !previousId) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`nothing to roll back to: the variables ${n.certificatePrevious} and ${n.certificateIdPrevious}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(inputs)} are empty`);
            }
            if (!current || !currentId) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`rollback needs the current certificate and ID in ${n.certificate} and ${n.certificateId}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(inputs)}`);
            }
            if (previous.fingerprint === current.fingerprint || previousId === currentId) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`nothing to roll back to: ${n.certificatePrevious} and ${n.certificate}${(0,_rotation_issue_text_js__WEBPACK_IMPORTED_MODULE_7__/* .where */ ._M)(inputs)} hold the same certificate`);
            }
            target = {
                current: { certificate: previous, certificateId: previousId },
                previous: { certificate: current, certificateId: currentId }
            };
        }
        const keyFor = (certificate) => keys.find(key => (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate));
        const newCurrentKey = keyFor(target.current.certificate);
        if (!newCurrentKey) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`previous-private-key does not belong to the previous certificate (${target.current.certificate.fingerprint}): pass secrets.${n.keyPrevious}`);
        }
        const now = ctx.now();
        let token;
        try {
            token = await ctx.netsuite.prove((0,_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .credentials */ .z3)(ctx, newCurrentKey, target.current.certificateId));
        }
        catch (error) {
            return {
                status: 'failed',
                outputs: {
                    ...(0,_results_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateOutputs */ .E4)(target.current.certificate, now),
                    'certificate-id': target.current.certificateId
                },
                failure: `rollback refused: the previous credentials no longer work in NetSuite, so nothing was changed. ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`,
                stages: [
                    {
                        stage: 'previous',
                        certificateId: target.current.certificateId,
                        fingerprint: target.current.certificate.fingerprint,
                        notAfter: target.current.certificate.notAfter,
                        state: 'refused by NetSuite'
                    }
                ],
                nextStep: 'The previous certificate was revoked or expired; rotate instead.',
                writes: github.writes
            };
        }
        if (!inFlight) {
            await store.save(next => ({
                ...next,
                rollback: {
                    runId: ctx.run.runId,
                    from: stageRef(target.previous),
                    to: stageRef(target.current)
                }
            }));
        }
        // Current first: it is proven, and consumers read it.
        await store.putSecret(n.key, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyPem */ .nQ)(newCurrentKey));
        await store.setVariable(n.certificateId, target.current.certificateId);
        await store.setVariable(n.certificate, target.current.certificate.pem);
        const newPreviousKey = keyFor(target.previous.certificate);
        if (newPreviousKey) {
            await store.putSecret(n.keyPrevious, (0,_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyPem */ .nQ)(newPreviousKey));
        }
        else {
            ctx.log.warning(`The replaced key was not among the inputs, so ${n.keyPrevious} could not be updated; a second rollback will not be possible`);
        }
        await store.setVariable(n.certificateIdPrevious, target.previous.certificateId);
        await store.setVariable(n.certificatePrevious, target.previous.certificate.pem);
        // Done: the run is remembered (a rerun changes nothing), and the certificate now in _PREVIOUS
        // is the one a later check may revoke.
        await store.save(next => ({
            ...next,
            rollback: undefined,
            rollbackRuns: ctx.run.runId === ''
                ? next.rollbackRuns
                : (0,_rotation_record_js__WEBPACK_IMPORTED_MODULE_3__/* .withRollbackRun */ .mj)(next.rollbackRuns, {
                    runId: ctx.run.runId,
                    fingerprint: target.current.certificate.fingerprint
                }),
            promotion: {
                at: now.toISOString(),
                certificateId: target.current.certificateId,
                fingerprint: target.current.certificate.fingerprint,
                previousCertificateId: target.previous.certificateId
            }
        }));
        return {
            status: 'rolled-back',
            outputs: {
                ...(0,_results_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateOutputs */ .E4)(target.current.certificate, now),
                'certificate-id': target.current.certificateId,
                'access-token': token.accessToken
            },
            stages: [
                {
                    stage: 'current',
                    certificateId: target.current.certificateId,
                    fingerprint: target.current.certificate.fingerprint,
                    notAfter: target.current.certificate.notAfter,
                    state: 'rolled back, verified'
                },
                {
                    stage: 'previous',
                    certificateId: target.previous.certificateId,
                    fingerprint: target.previous.certificate.fingerprint,
                    notAfter: target.previous.certificate.notAfter,
                    state: 'kept; rollback again to return to it'
                }
            ],
            nextStep: 'Consumers now use the previous certificate again. Rotate when the cause is fixed.',
            writes: github.writes,
            madeCurrent: {
                key: newCurrentKey,
                certificate: target.current.certificate,
                certificateId: target.current.certificateId
            }
        };
    }
}));


/***/ })

};
