export const id = 58;
export const ids = [58];
export const modules = {

/***/ 58:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_HELP: () => (/* binding */ STATUS_HELP),
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   stateOf: () => (/* binding */ stateOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(702);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(593);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(334);
/**
 * `netsuite-m2m status`: where a certificate stands against the same
 * thresholds the action uses: renew-before-days (check starts a rotation) and
 * fail-before-days (verify fails the gate).
 */




const STATUS_HELP = `Usage: netsuite-m2m status --certificate FILE [--renew-before-days 60] [--fail-before-days 7] [--json]

Shows the certificate's fingerprint, expiry, days left, the date from which
it should be renewed, and its state:
  ok        more than renew-before-days left
  renew     within renew-before-days: time to rotate
  expiring  within fail-before-days: the verify gate fails
  expired   past its not-after date

Flags:
  --certificate FILE        certificate PEM (required)
  --renew-before-days N     default 60
  --fail-before-days N      default 7
  --json                    print one JSON object instead of the table
  -h, --help                show this help

Exit status: 0 for ok and renew, 1 for expiring and expired.
`;
function stateOf(days, expired, renewBefore, failBefore) {
    if (expired)
        return 'expired';
    if (days <= failBefore)
        return 'expiring';
    if (days <= renewBefore)
        return 'renew';
    return 'ok';
}
function threshold(name, raw) {
    const value = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(name, raw);
    if (!Number.isInteger(value) || value < 0 || value > 730) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--${name} must be a whole number from 0 to 730; got "${raw}"`);
    }
    return value;
}
async function runStatus(args, io) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('status', args, {
        certificate: { type: 'string' },
        'renew-before-days': { type: 'string', default: '60' },
        'fail-before-days': { type: 'string', default: '7' },
        json: { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(STATUS_HELP);
        return 0;
    }
    const path = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .requireString */ .VW)('status', flags, 'certificate');
    const renewBefore = threshold('renew-before-days', (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(flags, 'renew-before-days') ?? '60');
    const failBefore = threshold('fail-before-days', (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(flags, 'fail-before-days') ?? '7');
    const certificate = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .readBytes */ .io)('certificate', path), '--certificate', path);
    const now = new Date();
    const days = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .daysRemaining */ .g0)(certificate.notAfter, now);
    const expired = certificate.notAfter.getTime() <= now.getTime();
    const state = stateOf(days, expired, renewBefore, failBefore);
    const renewFrom = new Date(certificate.notAfter.getTime() - renewBefore * _core_time_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO);
    const row = {
        stage: 'current',
        fingerprint: certificate.fingerprint,
        notAfter: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDay */ .kh)(certificate.notAfter),
        daysLeft: days,
        renewFrom: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDay */ .kh)(renewFrom),
        state
    };
    if (flags.json === true) {
        io.out(JSON.stringify(row));
    }
    else {
        const header = ['stage', 'fingerprint', 'not after', 'days left', 'renew from', 'state'];
        const cells = [
            row.stage,
            row.fingerprint,
            row.notAfter,
            String(row.daysLeft),
            row.renewFrom,
            row.state
        ];
        const widths = header.map((h, i) => Math.max(h.length, cells[i].length));
        const format = (values) => values
            .map((v, i) => v.padEnd(widths[i]))
            .join('  ')
            .trimEnd();
        io.out([format(header), format(cells)].join('\n'));
    }
    return state === 'expiring' || state === 'expired' ? 1 : 0;
}


/***/ })

};
