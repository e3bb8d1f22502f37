export const id = 613;
export const ids = [613];
export const modules = {

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(852);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2334);
/* harmony import */ var _rotation_results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8900);
/* harmony import */ var _rotation_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5568);





/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_run_command_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .NB)({
    needs: ['clientId', 'privateKey', 'certificateId'],
    uses: ['certificate', 'failBeforeDays', 'algorithm'],
    writesSecrets: false,
    check: inputs => (0,_rotation_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSameStage */ .jJ)(inputs.privateKey, inputs.certificate, inputs.names),
    run: async (ctx) => {
        const { inputs } = ctx;
        const { privateKey: key, certificateId } = inputs;
        const now = ctx.now();
        const certificate = inputs.certificate;
        const outputs = {
            'certificate-id': certificateId,
            ...(certificate ? (0,_rotation_results_js__WEBPACK_IMPORTED_MODULE_3__/* .certificateOutputs */ .E4)(certificate, now) : {})
        };
        const stage = {
            stage: 'current',
            certificateId,
            fingerprint: certificate?.fingerprint,
            notAfter: certificate?.notAfter
        };
        const fail = (failure, state, status = 'failed') => ({
            status,
            outputs,
            failure,
            stages: [{ ...stage, state }],
            nextStep: 'Fix the credentials (see the error), or run the rotation workflow.'
        });
        if (certificate) {
            const days = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .daysUntil */ .AQ)(certificate.notAfter, now);
            if (days < 0)
                return fail(`the certificate expired on ${certificate.notAfter.toISOString()}: run the rotation workflow`, 'expired', 'expired');
            if (certificate.notAfter.getTime() - now.getTime() <= inputs.failBeforeDays * _core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .DAY_MS */ .sO) {
                return fail(`the certificate expires on ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDate */ .Yq)(certificate.notAfter)}, within fail-before-days (${inputs.failBeforeDays}); promote the pending rotation or run the rotation workflow`, `expires in ${days} days`);
            }
        }
        try {
            const token = await ctx.netsuite.prove((0,_rotation_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .credentials */ .z3)(ctx, key, certificateId));
            ctx.log.info(`NetSuite accepted certificate ${certificateId}: ${token.tokenType} token valid for ${token.expiresIn} s`);
            return {
                status: 'verified',
                outputs: { ...outputs, 'access-token': token.accessToken },
                stages: [{ ...stage, state: 'verified' }],
                nextStep: 'Nothing to do: the credentials work.'
            };
        }
        catch (error) {
            return fail(`verify: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`, 'refused by NetSuite');
        }
    }
}));


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

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   E4: () => (/* binding */ certificateOutputs),
/* harmony export */   gK: () => (/* binding */ issueOutputs),
/* harmony export */   m0: () => (/* binding */ promotedResult),
/* harmony export */   ru: () => (/* binding */ stageRow)
/* harmony export */ });
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);

function certificateOutputs(certificate, now) {
    return {
        'expires-at': certificate.notAfter.toISOString(),
        'days-remaining': String((0,_core_time_js__WEBPACK_IMPORTED_MODULE_0__/* .daysUntil */ .AQ)(certificate.notAfter, now)),
        fingerprint: certificate.fingerprint,
        certificate: certificate.pem
    };
}
/** The issue-number and issue-url outputs, when there is an issue. */
function issueOutputs(issue) {
    return issue ? { 'issue-number': String(issue.number), 'issue-url': issue.htmlUrl } : {};
}
function emptyResult(status, nextStep) {
    return { status, outputs: {}, stages: [], nextStep };
}
function stageRow(stage, certificate, certificateId, state) {
    return {
        stage,
        certificateId,
        fingerprint: certificate.fingerprint,
        notAfter: certificate.notAfter,
        state
    };
}
/** The result of a proven promotion, by a person's reply or without one. */
function promotedResult(now, p) {
    return {
        status: 'promoted',
        outputs: {
            ...certificateOutputs(p.certificate, now),
            'certificate-id': p.certificateId,
            'access-token': p.accessToken,
            ...issueOutputs(p.issue)
        },
        stages: [
            stageRow('current', p.certificate, p.certificateId, p.state),
            ...(p.previous?.certificate
                ? [stageRow('previous', p.previous.certificate, p.previous.id, p.previous.state)]
                : [])
        ],
        nextStep: p.nextStep,
        madeCurrent: { key: p.key, certificate: p.certificate, certificateId: p.certificateId }
    };
}


/***/ })

};
