export const id = 58;
export const ids = [58];
export const modules = {

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readPastedKey),
/* harmony export */   r: () => (/* binding */ readPastedCertificate)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(379);
/* harmony import */ var _core_key_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(368);
/* harmony import */ var _core_pem_repairs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(593);
/**
 * Reads the key and certificate files `token` and `status` use the way the
 * action reads a pasted input: copying damage is repaired and the user is
 * warned (what was wrong and the fix, never the value), anything else is
 * refused with its fix.
 */





function warnRepaired(pasted, file, io) {
    const fixes = pasted.repaired.map(problem => problem.fix);
    const warning = (0,_core_pem_repairs_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFileRepairs */ .w)(pasted.value.repairs, fixes, file);
    if (warning)
        io.err(`warning: ${warning}`);
    return pasted.value;
}
/** A private key NetSuite would take: an RSA key under its minimum is refused, not signed with. */
function readPastedKey(flag, path, io) {
    const bytes = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readBytes */ .io)(flag, path);
    const key = warnRepaired(_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .QW.withFixes(bytes, `--${flag}`, path), { flag: `--${flag}`, path }, io);
    const refusal = (0,_core_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .keyRefusal */ .uM)(key.key);
    if (refusal)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--${flag} ${path}: ${refusal}; NetSuite refuses its certificate`);
    return key;
}
function readPastedCertificate(flag, path, io) {
    const bytes = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readBytes */ .io)(flag, path);
    return warnRepaired(_core_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB.withFixes(bytes, `--${flag}`, path), { flag: `--${flag}`, path }, io);
}


/***/ }),

/***/ 58:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_HELP: () => (/* binding */ STATUS_HELP),
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   stateOf: () => (/* binding */ stateOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(334);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(593);
/* harmony import */ var _pasted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(705);
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
    const value = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWholeNumber */ .oA)(name, raw);
    if (!Number.isInteger(value) || value < 0 || value > 730) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--${name} must be a whole number from 0 to 730; got "${raw}"`);
    }
    return value;
}
function runStatus(args, io) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)('status', args, {
        certificate: { type: 'string' },
        'renew-before-days': { type: 'string', default: '60' },
        'fail-before-days': { type: 'string', default: '7' },
        json: { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(STATUS_HELP);
        return 0;
    }
    const path = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)('status', flags, 'certificate');
    const renewBefore = threshold('renew-before-days', (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(flags, 'renew-before-days') ?? '60');
    const failBefore = threshold('fail-before-days', (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(flags, 'fail-before-days') ?? '7');
    const certificate = (0,_pasted_js__WEBPACK_IMPORTED_MODULE_2__/* .readPastedCertificate */ .r)('certificate', path, io);
    const now = new Date();
    const days = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_3__/* .daysUntil */ .AQ)(certificate.notAfter, now);
    const expired = certificate.notAfter.getTime() <= now.getTime();
    const state = stateOf(days, expired, renewBefore, failBefore);
    // A certificate shorter than renew-before-days is due from the day it starts, never before.
    const renewFrom = new Date(Math.max(certificate.notAfter.getTime() - renewBefore * _core_time_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO, certificate.notBefore.getTime()));
    const row = {
        stage: 'current',
        fingerprint: certificate.fingerprint,
        notAfter: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .isoDay */ .kh)(certificate.notAfter),
        daysLeft: days,
        renewFrom: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .isoDay */ .kh)(renewFrom),
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

/***/ 379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ KEY_MISMATCH),
/* harmony export */   MB: () => (/* binding */ describeDuration),
/* harmony export */   Pb: () => (/* binding */ readPrivateKeyFile),
/* harmony export */   QW: () => (/* binding */ parsePrivateKey),
/* harmony export */   Rx: () => (/* binding */ describeKey),
/* harmony export */   Yh: () => (/* binding */ keyMatchesCertificate),
/* harmony export */   gp: () => (/* binding */ validityDays),
/* harmony export */   hB: () => (/* binding */ parseCertificate),
/* harmony export */   ki: () => (/* binding */ netsuiteFindings),
/* harmony export */   u1: () => (/* binding */ readCertificateFile)
/* harmony export */ });
/* unused harmony export sameKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);
/* harmony import */ var _key_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(368);
/* harmony import */ var _validity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(877);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(304);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(334);
/* harmony import */ var _pem_repairs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22);







function describeKey(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa') {
        const bits = details.modulusLength ?? 0;
        return { kind: 'rsa', bits, label: `RSA ${bits}` };
    }
    if (key.asymmetricKeyType === 'ec') {
        const curve = details.namedCurve ?? 'unknown';
        const bits = Object.values(_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .KEY_SPECS */ .ZD).find(spec => spec.curve === curve)?.bits;
        return { kind: 'ec', curve, bits, label: `EC ${_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CURVE_LABEL */ .nD[curve] ?? curve}` };
    }
    return { kind: 'other', label: String(key.asymmetricKeyType ?? key.type).toUpperCase() };
}
/** Copying damage the action repairs; anything else in a pasted input is refused with its fix. */
const REPAIRED_IN_INPUTS = new Set([
    'utf8-bom',
    'cr-line-ends',
    'escaped-newlines',
    'flattened',
    'indented',
    'invisible-characters',
    'url-safe-base64'
]);
function refuseUnrepaired(problems, inputName) {
    const refused = problems.find(problem => !REPAIRED_IN_INPUTS.has(problem.code));
    if (refused)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${inputName} ${refused.problem}. Fix: ${refused.fix}`);
}
function certificateFrom(pem, inputName, repairs) {
    let x509;
    try {
        x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${inputName} is not a readable X.509 certificate: pass the PEM that \`generate\` or the rotate command produced (-----BEGIN CERTIFICATE----- ...)`);
    }
    return {
        pem: x509.toString(),
        x509,
        key: describeKey(x509.publicKey),
        // node lists RDNs in DER order, one a line; RFC 4514 writes the most specific first.
        subject: x509.subject.split('\n').reverse().join(',').replace(/ \+ /g, '+'),
        serialNumber: x509.serialNumber,
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        fingerprint: x509.fingerprint256,
        repairs
    };
}
function privateKeyFrom(pem, inputName, repairs) {
    let keyObject;
    try {
        keyObject = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // Never include the input or OpenSSL's text: either could quote key material.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${inputName} is not a readable private key: expected an unencrypted PEM (PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY")`);
    }
    return { keyObject, key: describeKey(keyObject), repairs };
}
/**
 * A reader of a pasted input: copying damage is repaired (and listed in
 * `repairs`), anything else that is not exactly one block of `kind` is refused
 * with its fix. The CLI passes a file's bytes and path, so the fix names that
 * file, and reads `withFixes` to tell the user what it repaired, as the action does.
 */
function pastedInput(kind, defaultName, read) {
    const withFixes = (raw, inputName = defaultName, file) => {
        const decoded = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePem */ .x)(raw, kind, inputName, file);
        refuseUnrepaired(decoded.problems, inputName);
        return {
            value: read(decoded.blocks[0].text, inputName, decoded.repairs),
            repaired: decoded.problems
        };
    };
    return Object.assign((raw, inputName, file) => withFixes(raw, inputName, file).value, { withFixes });
}
/** A certificate input of the action (a variable). */
const parseCertificate = pastedInput('certificate', 'certificate', certificateFrom);
/** A key input (a secret): PKCS#8, PKCS#1 (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`), unencrypted. */
const parsePrivateKey = pastedInput('private key', 'private-key', privateKeyFrom);
/** A certificate file as inspect reads it: every certificate, and every way the file is off. */
function readCertificateFile(bytes, inputName, file) {
    const decoded = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePem */ .x)(bytes, 'certificate', inputName, file);
    return {
        certificates: decoded.blocks.map(block => certificateFrom(block.text, inputName, decoded.repairs)),
        problems: decoded.problems,
        labelled: decoded.labelled
    };
}
function readPrivateKeyFile(bytes, inputName, file) {
    const decoded = (0,_pem_js__WEBPACK_IMPORTED_MODULE_4__/* .decodePem */ .x)(bytes, 'private key', inputName, file);
    const encrypted = decoded.problems.some(problem => problem.code === 'encrypted-key');
    return {
        key: encrypted ? undefined : privateKeyFrom(decoded.blocks[0].text, inputName, decoded.repairs),
        problems: decoded.problems
    };
}
/** Whether two keys (private or public) are one key pair's. */
function sameKey(a, b) {
    const der = (key) => (key.type === 'public' ? key : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key)).export({ type: 'spki', format: 'der' });
    return der(a).equals(der(b));
}
function keyMatchesCertificate(key, certificate) {
    return sameKey(key, certificate.x509.publicKey);
}
function validityDays(certificate) {
    return (certificate.notAfter.getTime() - certificate.notBefore.getTime()) / _time_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO;
}
/** "730 days and 1 second": exact to the second, as certificates are. */
function describeDuration(ms) {
    let seconds = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ['day', 86_400],
        ['hour', 3600],
        ['minute', 60],
        ['second', 1]
    ]) {
        const count = Math.floor(seconds / size);
        seconds -= count * size;
        if (count > 0)
            parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    }
    if (parts.length === 0)
        return '0 seconds';
    const last = parts.pop();
    return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}
/** NetSuite cannot see the key at upload: a wrong one shows only at the token exchange. */
const KEY_MISMATCH = {
    verdict: 'accepted-but',
    problem: 'the private key does not belong to this certificate: NetSuite accepts the upload, but every token request signed with this key fails with invalid_client',
    fix: 'use the key that was made with this certificate, or upload the certificate made with this key'
};
const NEW_PAIR = `netsuite-m2m generate --key-type ${_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_KEY_TYPE */ .Bp} (a new key and certificate)`;
/** Every reason NetSuite would refuse this certificate, or accept it and fail later, in plain words. */
function netsuiteFindings(certificate, now, privateKey) {
    const findings = [];
    const refused = (problem, fix = NEW_PAIR) => {
        findings.push({ verdict: 'refused', problem, fix });
    };
    const { key } = certificate;
    const refusal = (0,_key_types_js__WEBPACK_IMPORTED_MODULE_2__/* .keyRefusal */ .uM)(key);
    if (refusal)
        refused(refusal);
    if (certificate.notAfter.getTime() <= now.getTime()) {
        refused(`expired on ${certificate.notAfter.toISOString()}`);
    }
    if (certificate.notBefore.getTime() > now.getTime()) {
        refused(`not valid until ${certificate.notBefore.toISOString()}`, 'wait until then, or check the clock of the machine that made it');
    }
    const validMs = certificate.notAfter.getTime() - certificate.notBefore.getTime();
    const maxMs = _validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K * _time_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO;
    if (validMs > maxMs) {
        const cutOff = new Date(certificate.notBefore.getTime() + maxMs);
        findings.push({
            verdict: 'accepted-but',
            problem: `validity is ${describeDuration(validMs)}, over NetSuite's maximum of ${_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K} days: NetSuite shortens it to ${_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K} days, so it stops working on ${cutOff.toISOString()}, ${describeDuration(validMs - maxMs)} before the date it states`,
            fix: `netsuite-m2m generate --days ${_validity_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_VALIDITY_DAYS */ .K} (a certificate whose dates say what NetSuite does)`
        });
    }
    if (privateKey && !keyMatchesCertificate(privateKey.keyObject, certificate)) {
        findings.push(KEY_MISMATCH);
    }
    return findings;
}


/***/ }),

/***/ 22:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ describeFileRepairs)
/* harmony export */ });
/* unused harmony export describeRepairs */
/* harmony import */ var _pem_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(158);
/**
 * Damage that copying and pasting does to a PEM, which the readers here undo
 * without a word: the value still works for the action, but the stored secret
 * or variable stays damaged, and other programs that read it (a consumer in
 * Java, an `openssl` one-liner) may refuse it. So the owner is told once, in
 * fixed words that never quote the value, and how to store it clean.
 */

/** Short phrases that complete "it has ...". */
const PHRASES = {
    'utf8-bom': 'a byte-order mark before the text',
    crlf: 'Windows line ends (CRLF)',
    'cr-line-ends': 'carriage returns alone for line ends (classic Mac OS)',
    'escaped-newlines': 'literal \\n where the line breaks belong',
    flattened: 'spaces where the line breaks belong',
    indented: 'blanks at the start of its lines',
    'invisible-characters': 'invisible characters (such as a no-break or zero-width space) in its base64',
    'url-safe-base64': 'URL-safe base64 (- and _ for + and /)'
};
/** "a", "a and b", "a, b and c" */
function listed(phrases) {
    return phrases.length < 2
        ? phrases.join('')
        : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
/**
 * The warning for a value that was repaired before use, or undefined when it
 * was clean. Built from the repair codes and the names alone: no part of the
 * value can appear in it.
 */
function describeRepairs(info, inputName, storedAs) {
    const phrases = [...new Set(info.repairs)].map(repair => PHRASES[repair]);
    if (phrases.length === 0)
        return undefined;
    const what = storedAs.kind === 'secret' ? 'secret' : 'variable';
    const file = storedAs.kind === 'secret' ? 'private-key.pem' : 'certificate.pem';
    const command = [
        `gh ${what} set ${shellWord(storedAs.name)}`,
        storedAs.repository ? `--repo ${shellWord(storedAs.repository)}` : '',
        storedAs.environment ? `--env ${shellWord(storedAs.environment)}` : '',
        `< ${file}`
    ]
        .filter(Boolean)
        .join(' ');
    return (`${inputName} was repaired before use: it has ${listed(phrases)}, ` +
        `damage from copying and pasting. The action read it all the same, but other programs that read the ${what} may refuse it. ` +
        // The step may pass a secret of another name or scope: say which one the command assumes.
        `Store it clean from the PEM file, which keeps the line breaks exactly; if it is the ${what} ${storedAs.name} this action keeps it in: ${command}`);
}
/**
 * The command line's warning for a file it repaired to read, as the action
 * warns for a pasted input: what was wrong (never any of the value), and the
 * command that writes a clean copy.
 */
function describeFileRepairs(repairs, fixes, file) {
    const phrases = [...new Set(repairs)].map(repair => PHRASES[repair]);
    if (phrases.length === 0)
        return undefined;
    const fix = fixes.length > 0 ? `; fix: ${fixes.join(' && ')}` : '';
    return `${file.flag} ${file.path} was repaired before use: it has ${listed(phrases)}, damage from copying and pasting. It was read all the same, but other programs that read the file may refuse it${fix}`;
}


/***/ })

};
