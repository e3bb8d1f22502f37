export const id = 613;
export const ids = [613];
export const modules = {

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verify: () => (/* binding */ verify)
/* harmony export */ });
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2379);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9053);


async function verify(ctx) {
    const { config } = ctx;
    const key = config.privateKey;
    const certificateId = config.certificateId;
    const now = ctx.now();
    const certificate = config.certificate;
    const outputs = {
        'certificate-id': certificateId,
        ...(certificate ? (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateOutputs */ .E4)(certificate, now) : {})
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
        nextStep: 'Fix the credentials (see the error), or run the rotation workflow.',
        writes: []
    });
    if (certificate && !(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate)) {
        return fail('private-key does not belong to certificate: they come from different rotations', 'key mismatch');
    }
    if (certificate) {
        const days = (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .daysRemaining */ .g0)(certificate.notAfter, now);
        if (days < 0)
            return fail(`the certificate expired on ${certificate.notAfter.toISOString()}: run the rotation workflow`, 'expired', 'expired');
        if (certificate.notAfter.getTime() - now.getTime() <= config.failBeforeDays * 86_400_000) {
            return fail(`the certificate expires on ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .when */ .z7)(certificate.notAfter)}, within fail-before-days (${config.failBeforeDays}); promote the pending rotation or run the rotation workflow`, `expires in ${days} days`);
        }
    }
    try {
        const token = await ctx.netsuite.prove((0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .credentials */ .z3)(ctx, key, certificateId));
        ctx.log.info(`NetSuite accepted certificate ${certificateId}: ${token.tokenType} token valid for ${token.expiresIn} s`);
        return {
            status: 'verified',
            outputs: { ...outputs, 'access-token': token.accessToken },
            stages: [{ ...stage, state: 'verified' }],
            nextStep: 'Nothing to do: the credentials work.',
            writes: []
        };
    }
    catch (error) {
        return fail(`verify: ${error instanceof Error ? error.message : String(error)}`, 'refused by NetSuite');
    }
}


/***/ })

};
