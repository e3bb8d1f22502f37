export const id = 356;
export const ids = [356];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _action_issue_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4009);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1047);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9053);
/**
 * rollback: prove the _PREVIOUS credentials against NetSuite and, only when
 * they still work, swap them with the current ones, so a second rollback
 * undoes the first. The swap's target is recorded first (with the run ID), so a
 * rerun of the same run finishes the same swap instead of swapping back.
 */




async function rollback(ctx) {
    const { config } = ctx;
    const n = config.names;
    const github = await ctx.github();
    const variables = await github.listVariables();
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .u)(variables, n.state);
    const current = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(variables.get(n.certificate), n.certificate);
    const previous = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(variables.get(n.certificatePrevious), n.certificatePrevious);
    const currentId = config.certificateId ?? variables.get(n.certificateId);
    const previousId = variables.get(n.certificateIdPrevious);
    const keys = [config.privateKey, config.previousPrivateKey].filter((k) => k !== undefined);
    const byFingerprint = new Map([current, previous].filter((c) => !!c).map(c => [c.fingerprint, c]));
    const rerun = state.rollbackRunId !== undefined &&
        state.rollbackRunId === config.runId &&
        state.rollbackTarget;
    let target;
    if (rerun && state.rollbackTarget) {
        const [curFp, curId] = state.rollbackTarget.current.split(' ');
        const [prevFp, prevId] = state.rollbackTarget.previous.split(' ');
        const fromState = (pem) => (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(pem, `${n.state} (rollback record)`);
        const cur = byFingerprint.get(curFp) ?? fromState(state.rollbackTarget.currentPem);
        const prev = byFingerprint.get(prevFp) ?? fromState(state.rollbackTarget.previousPem);
        if (!cur || !prev)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('the interrupted rollback cannot be finished: its certificates are no longer in the variables; set them by hand (README#rollback)');
        target = {
            current: { certificate: cur, certificateId: curId },
            previous: { certificate: prev, certificateId: prevId }
        };
        ctx.log.info('Finishing the rollback this run started before it was interrupted.');
    }
    else {
        if (!previous || !previousId) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`nothing to roll back to: the variables ${n.certificatePrevious} and ${n.certificateIdPrevious}${(0,_action_issue_text_js__WEBPACK_IMPORTED_MODULE_3__/* .where */ ._M)(config)} are empty`);
        }
        if (!current || !currentId) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`rollback needs the current certificate and ID in ${n.certificate} and ${n.certificateId}${(0,_action_issue_text_js__WEBPACK_IMPORTED_MODULE_3__/* .where */ ._M)(config)}`);
        }
        if (previous.fingerprint === current.fingerprint || previousId === currentId) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`nothing to roll back to: ${n.certificatePrevious} and ${n.certificate}${(0,_action_issue_text_js__WEBPACK_IMPORTED_MODULE_3__/* .where */ ._M)(config)} hold the same certificate`);
        }
        target = {
            current: { certificate: previous, certificateId: previousId },
            previous: { certificate: current, certificateId: currentId }
        };
    }
    const keyFor = (certificate) => keys.find(key => (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .sameKey */ .el)(key.keyObject, certificate.x509.publicKey));
    const newCurrentKey = keyFor(target.current.certificate);
    if (!newCurrentKey) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`previous-private-key does not belong to the previous certificate (${target.current.certificate.fingerprint}): pass secrets.${n.keyPrevious}`);
    }
    const now = ctx.now();
    let token;
    try {
        token = await ctx.netsuite.prove((0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .credentials */ .z3)(ctx, newCurrentKey, target.current.certificateId));
    }
    catch (error) {
        return {
            status: 'failed',
            outputs: {
                ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateOutputs */ .E4)(target.current.certificate, now),
                'certificate-id': target.current.certificateId
            },
            failure: `rollback refused: the previous credentials no longer work in NetSuite, so nothing was changed. ${error instanceof Error ? error.message : String(error)}`,
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
    if (!rerun) {
        await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .writeState */ .J)(ctx, github, variables, {
            ...state,
            rollbackRunId: config.runId,
            rollbackTarget: {
                current: `${target.current.certificate.fingerprint} ${target.current.certificateId}`,
                previous: `${target.previous.certificate.fingerprint} ${target.previous.certificateId}`,
                currentPem: target.current.certificate.pem,
                previousPem: target.previous.certificate.pem
            },
            // The certificate now in _PREVIOUS is the one a later check may revoke.
            previousCertificateId: target.previous.certificateId,
            promotedAt: now.toISOString()
        });
    }
    // Current first: it is proven, and consumers read it.
    await github.putSecret(n.key, (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .privateKeyPem */ .nQ)(newCurrentKey));
    await github.setVariable(n.certificateId, target.current.certificateId, true);
    await github.setVariable(n.certificate, target.current.certificate.pem, true);
    const newPreviousKey = keyFor(target.previous.certificate);
    if (newPreviousKey) {
        await github.putSecret(n.keyPrevious, (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .privateKeyPem */ .nQ)(newPreviousKey));
    }
    else {
        ctx.log.warning(`The replaced key was not among the inputs, so ${n.keyPrevious} could not be updated; a second rollback will not be possible`);
    }
    await github.setVariable(n.certificateIdPrevious, target.previous.certificateId, true);
    await github.setVariable(n.certificatePrevious, target.previous.certificate.pem, true);
    return {
        status: 'rolled-back',
        outputs: {
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateOutputs */ .E4)(target.current.certificate, now),
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
        writes: github.writes
    };
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


/***/ })

};
