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
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(811);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(593);
/**
 * `netsuite-m2m status` (issue 7): where a certificate stands against the same
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
const DAY_MS = 86_400_000;
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
    const certificate = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)('certificate', path), '--certificate');
    const now = new Date();
    const days = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .daysRemaining */ .g0)(certificate.notAfter, now);
    const expired = certificate.notAfter.getTime() <= now.getTime();
    const state = stateOf(days, expired, renewBefore, failBefore);
    const renewFrom = new Date(certificate.notAfter.getTime() - renewBefore * DAY_MS);
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


/***/ }),

/***/ 811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g0: () => (/* binding */ daysRemaining),
  Rx: () => (/* binding */ describeKey),
  Yh: () => (/* binding */ keyMatchesCertificate),
  WC: () => (/* binding */ netsuiteProblems),
  hB: () => (/* binding */ parseCertificate),
  QW: () => (/* binding */ parsePrivateKey),
  gp: () => (/* binding */ validityDays)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/key-types.ts
var key_types = __webpack_require__(368);
// EXTERNAL MODULE: ./src/core/validity.ts
var validity = __webpack_require__(877);
;// CONCATENATED MODULE: ./src/core/pem.ts

/**
 * PEMs reach us through secrets, variables and files, often mangled on the way:
 * CRLF line ends, literal "\n" sequences from a JSON paste, surrounding blanks.
 */
function normalisePem(raw) {
    let text = raw.replace(/\r\n?/g, '\n').trim();
    if (!text.includes('\n') && text.includes('\\n'))
        text = text.replace(/\\n/g, '\n');
    return text + '\n';
}
function pemLabels(text) {
    return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map(match => match[1]);
}
/** Refuses anything that is not exactly what `what` expects, naming what it got instead. */
function expectPem(raw, kind, inputName) {
    if (raw.trim() === '')
        throw new errors/* InputError */.dz(`${inputName} is empty`);
    const text = normalisePem(raw);
    const labels = pemLabels(text);
    if (labels.length === 0) {
        throw new errors/* InputError */.dz(`${inputName} is not PEM: expected text starting with -----BEGIN ${kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY'}-----`);
    }
    const isKey = (label) => label.endsWith('PRIVATE KEY');
    if (kind === 'certificate' && labels.some(isKey)) {
        throw new errors/* InputError */.dz(`${inputName} holds a private key where a certificate was expected: pass the certificate PEM (-----BEGIN CERTIFICATE-----) and keep the key in a secret`);
    }
    if (kind === 'private key' && labels.includes('CERTIFICATE')) {
        throw new errors/* InputError */.dz(`${inputName} holds a certificate where a private key was expected: pass the private key PEM (labelled PRIVATE KEY) from the secret`);
    }
    if (kind === 'private key' &&
        (labels.includes('ENCRYPTED PRIVATE KEY') || /Proc-Type: 4,ENCRYPTED/.test(text))) {
        throw new errors/* InputError */.dz(`${inputName} is passphrase-protected: NetSuite integrations need an unencrypted key; decrypt it once with \`openssl pkey -in key.pem -out plain.pem\` and store the result as the secret`);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/core/inspect.ts





const DAY_MS = 86_400_000;
function describeKey(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const bits = details.modulusLength ?? 0;
        return { kind: 'rsa', bits, label: `RSA ${bits}` };
    }
    if (key.asymmetricKeyType === 'ec') {
        const curve = details.namedCurve ?? 'unknown';
        const bits = { prime256v1: 256, secp384r1: 384, secp521r1: 521 }[curve];
        return { kind: 'ec', curve, bits, label: `EC ${key_types/* CURVE_LABEL */.nD[curve] ?? curve}` };
    }
    return { kind: 'other', label: String(key.asymmetricKeyType ?? key.type).toUpperCase() };
}
function parseCertificate(raw, inputName = 'certificate') {
    const pem = expectPem(raw, 'certificate', inputName);
    let x509;
    try {
        x509 = new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        throw new errors/* InputError */.dz(`${inputName} is not a readable X.509 certificate: pass the PEM that \`generate\` or the rotate command produced (-----BEGIN CERTIFICATE----- ...)`);
    }
    return {
        pem: x509.toString(),
        x509,
        key: describeKey(x509.publicKey),
        subject: x509.subject.replace(/\n/g, ', '),
        serialNumber: x509.serialNumber,
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        fingerprint: x509.fingerprint256
    };
}
/** Accepts PKCS#8, PKCS#1 (`RSA PRIVATE KEY`) and SEC1 (`EC PRIVATE KEY`). */
function parsePrivateKey(raw, inputName = 'private-key') {
    const pem = expectPem(raw, 'private key', inputName);
    let keyObject;
    try {
        keyObject = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // Never include the input or OpenSSL's text: either could quote key material.
        throw new errors/* InputError */.dz(`${inputName} is not a readable private key: expected an unencrypted PEM (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY")`);
    }
    return { keyObject, key: describeKey(keyObject) };
}
function keyMatchesCertificate(key, certificate) {
    const fromKey = (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const fromCertificate = certificate.x509.publicKey.export({ type: 'spki', format: 'der' });
    return fromKey.equals(fromCertificate);
}
/** Whole days until `notAfter`, rounded down (negative once expired). */
function daysRemaining(notAfter, now) {
    return Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
}
function validityDays(certificate) {
    return (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / DAY_MS;
}
/** Every reason NetSuite would refuse this certificate (and key), in plain words. */
function netsuiteProblems(certificate, now, privateKey) {
    const problems = [];
    const { key } = certificate;
    if (key.kind === 'rsa' && (key.bits ?? 0) < 3072) {
        problems.push(`RSA ${key.bits} is too small: NetSuite accepts RSA 3072 or 4096`);
    }
    else if (key.kind === 'rsa' && key.bits !== 3072 && key.bits !== 4096) {
        problems.push(`RSA ${key.bits} is not accepted: NetSuite accepts RSA 3072 or 4096`);
    }
    else if (key.kind === 'ec' && !(key.curve && key.curve in key_types/* CURVE_LABEL */.nD)) {
        problems.push(`curve ${key.curve} is not accepted: NetSuite accepts EC P-256, P-384 or P-521`);
    }
    else if (key.kind === 'other') {
        problems.push(`${key.label} keys are not accepted: NetSuite accepts RSA 3072/4096 or EC P-256/384/521`);
    }
    const days = validityDays(certificate);
    if (days > validity/* MAX_VALIDITY_DAYS */.K) {
        problems.push(`validity is ${Math.round(days)} days: NetSuite shortens it to ${validity/* MAX_VALIDITY_DAYS */.K} days, so it would stop working on ${new Date(certificate.notBefore.getTime() + validity/* MAX_VALIDITY_DAYS */.K * DAY_MS).toISOString()}`);
    }
    if (certificate.notAfter.getTime() <= now.getTime()) {
        problems.push(`expired on ${certificate.notAfter.toISOString()}`);
    }
    if (certificate.notBefore.getTime() > now.getTime()) {
        problems.push(`not valid until ${certificate.notBefore.toISOString()}`);
    }
    if (privateKey && !keyMatchesCertificate(privateKey.keyObject, certificate)) {
        problems.push('the private key does not belong to this certificate');
    }
    return problems;
}


/***/ }),

/***/ 368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ CURVE_OF),
/* harmony export */   WJ: () => (/* binding */ KEY_TYPES),
/* harmony export */   ZD: () => (/* binding */ KEY_SPECS),
/* harmony export */   ZX: () => (/* binding */ parseKeyType),
/* harmony export */   f5: () => (/* binding */ parseAlgorithm),
/* harmony export */   nD: () => (/* binding */ CURVE_LABEL)
/* harmony export */ });
/* unused harmony export ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

/** The key types NetSuite accepts for M2M certificates (Oracle help subsect_162755332391). */
const KEY_TYPES = ['rsa-4096', 'rsa-3072', 'ec-p256', 'ec-p384', 'ec-p521'];
const ALGORITHMS = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];
const KEY_SPECS = {
    'rsa-4096': { kind: 'rsa', bits: 4096, hash: 'sha256', defaultAlgorithm: 'PS256' },
    'rsa-3072': { kind: 'rsa', bits: 3072, hash: 'sha256', defaultAlgorithm: 'PS256' },
    'ec-p256': { kind: 'ec', curve: 'prime256v1', hash: 'sha256', defaultAlgorithm: 'ES256' },
    'ec-p384': { kind: 'ec', curve: 'secp384r1', hash: 'sha384', defaultAlgorithm: 'ES384' },
    'ec-p521': { kind: 'ec', curve: 'secp521r1', hash: 'sha512', defaultAlgorithm: 'ES512' }
};
/** Curve each ES algorithm signs with (RFC 7518 section 3.4). */
const CURVE_OF = {
    ES256: 'prime256v1',
    ES384: 'secp384r1',
    ES512: 'secp521r1'
};
const CURVE_LABEL = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521'
};
function parseKeyType(raw) {
    const value = raw.trim().toLowerCase();
    if (KEY_TYPES.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`key-type "${raw}" is not supported: NetSuite accepts ${KEY_TYPES.join(', ')} (RSA under 3072 bits is refused)`);
}
function parseAlgorithm(raw) {
    const value = raw.trim().toUpperCase();
    if (/^RS(256|384|512)$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`algorithm ${value} is refused: NetSuite no longer accepts RSASSA-PKCS1-v1_5 (RS256) client assertions; use PS256 with an RSA key`);
    }
    if (ALGORITHMS.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`algorithm "${raw}" is not supported: use one of ${ALGORITHMS.join(', ')}`);
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_VALIDITY_DAYS),
/* harmony export */   m: () => (/* binding */ validateValidityDays)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);

/** NetSuite's maximum certificate lifetime; longer ones are silently shortened to it. */
const MAX_VALIDITY_DAYS = 730;
function validateValidityDays(days) {
    if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`validity-days must be a whole number from 1 to ${MAX_VALIDITY_DAYS} (NetSuite's maximum); got "${days}"`);
    }
    return days;
}


/***/ })

};
