export const id = 850;
export const ids = [850];
export const modules = {

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INSPECT_HELP: () => (/* binding */ INSPECT_HELP),
/* harmony export */   runInspect: () => (/* binding */ runInspect)
/* harmony export */ });
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(379);
/* harmony import */ var _core_pem_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(158);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(334);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(593);
/**
 * `netsuite-m2m inspect`: everything NetSuite will check about a certificate
 * (and its key) before an admin tries to upload it, and everything about how
 * the files are written that would make an upload or a consumer fail, each
 * with the command that fixes it. Exit 1 when there is anything to fix, so it
 * also works as a pre-upload check in scripts; exit 2 only when a file cannot
 * be read as a certificate (or key) at all.
 */




const INSPECT_HELP = `Usage: netsuite-m2m inspect --certificate FILE [--private-key FILE] [--json]

Shows the certificate's key type and size, subject, serial, validity, days
left and SHA-256 fingerprint; with --private-key, whether the key belongs to
the certificate; every reason NetSuite would refuse them, or accept them and
fail later; and how the files are written when that would make an upload or
a consumer fail (a byte-order mark, indentation, one line with literal \\n,
carriage returns alone for line ends, base64 read strictly: every character
outside its alphabet named with its line and column, invisible ones and
URL-safe - and _ included; UTF-16, DER, OpenSSL's TRUSTED CERTIFICATE form,
several certificates, an encrypted key), each with a command that writes a
fixed copy (FILE-fixed.pem) and works on Linux and macOS alike.

Flags:
  --certificate FILE   certificate, PEM or DER (required); every certificate in it is checked
  --private-key FILE   its private key (PKCS#8, PKCS#1 or SEC1)
  --json               print one JSON object instead of text
  -h, --help           show this help

Exit status: 0 when there is nothing to fix, 1 when there is (the report says
what and how), 2 when a file is missing or is not a certificate (or key) at all.
`;
function describeCertificate(certificate, now) {
    return {
        keyType: certificate.key.label,
        keyKind: certificate.key.kind,
        keyBits: certificate.key.bits ?? null,
        curve: certificate.key.curve ?? null,
        subject: certificate.subject,
        serialNumber: certificate.serialNumber,
        notBefore: certificate.notBefore.toISOString(),
        notAfter: certificate.notAfter.toISOString(),
        validityDays: Math.round((0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .validityDays */ .gp)(certificate)),
        daysRemaining: (0,_core_time_js__WEBPACK_IMPORTED_MODULE_3__/* .daysUntil */ .AQ)(certificate.notAfter, now),
        fingerprint: certificate.fingerprint
    };
}
function certificateLines(certificate, now) {
    const validity = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDuration */ .MB)(certificate.notAfter.getTime() - certificate.notBefore.getTime());
    return [
        `key type     ${certificate.key.label}`,
        `subject      ${certificate.subject}`,
        `serial       ${certificate.serialNumber}`,
        `not before   ${(0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDay */ .kh)(certificate.notBefore)}`,
        `not after    ${(0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDay */ .kh)(certificate.notAfter)} (${validity} valid)`,
        `days left    ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_3__/* .daysUntil */ .AQ)(certificate.notAfter, now)}`,
        `fingerprint  ${certificate.fingerprint}`
    ];
}
function section(heading, items) {
    if (items.length === 0)
        return [];
    return [heading, ...items.flatMap(item => [`  - ${item.problem}`, `    fix: ${item.fix}`])];
}
function runInspect(args, io) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('inspect', args, {
        certificate: { type: 'string' },
        'private-key': { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(INSPECT_HELP);
        return 0;
    }
    const certificatePath = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .requireString */ .VW)('inspect', flags, 'certificate');
    const keyPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .optionalString */ .sx)(flags, 'private-key');
    const inspected = {
        certificatePath,
        keyPath,
        certificateFile: (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificateFile */ .u1)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .readBytes */ .io)('certificate', certificatePath), '--certificate', certificatePath),
        keyFile: keyPath === undefined
            ? undefined
            : (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .readPrivateKeyFile */ .Pb)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .readBytes */ .io)('private-key', keyPath), '--private-key', keyPath)
    };
    const now = new Date();
    const report = inspect(inspected, now);
    const ok = report.findings.length === 0 &&
        report.certificateProblems.length === 0 &&
        report.keyProblems.length === 0;
    io.out(flags.json === true
        ? JSON.stringify(jsonReport(inspected, report, now, ok), null, 2)
        : textReport(inspected, report, now).join('\n'));
    return ok ? 0 : 1;
}
/** What NetSuite would say about the certificates (and key), and how the files are written. */
function inspect(inspected, now) {
    const { certificatePath, certificateFile, keyFile } = inspected;
    const { certificates } = certificateFile;
    const several = certificates.length > 1;
    const key = keyFile?.key;
    const matching = key
        ? certificates.findIndex(certificate => (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate)) + 1
        : undefined;
    const report = {
        certificates,
        matching,
        findings: certificates.flatMap((certificate, index) => (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .netsuiteFindings */ .ki)(certificate, now, several ? undefined : key).map(finding => ({
            certificate: several ? index + 1 : undefined,
            finding
        }))),
        // With several certificates, the fix keeps the one the key belongs to.
        certificateProblems: certificateFile.problems.map(problem => problem.code === 'several-certificates' && matching
            ? (0,_core_pem_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)('several-certificates', 'certificate', certificatePath, {
                count: certificates.length,
                keep: matching
            })
            : problem),
        keyProblems: keyFile?.problems ?? []
    };
    if (several && matching === 0)
        report.findings.push({ finding: _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_MISMATCH */ .JU });
    return report;
}
function jsonReport(inspected, report, now, ok) {
    const { certificatePath, keyPath, certificateFile, keyFile } = inspected;
    const { certificates, matching } = report;
    const key = keyFile?.key;
    const fileProblem = (file) => (problem) => ({ file, ...problem });
    return {
        certificate: {
            file: certificatePath,
            label: certificateFile.labelled ?? 'CERTIFICATE',
            ...describeCertificate(certificates[0], now)
        },
        certificates: certificates.map(certificate => describeCertificate(certificate, now)),
        privateKey: keyFile
            ? {
                file: keyPath,
                keyType: key?.key.label ?? null,
                encrypted: key === undefined,
                matchesCertificate: key ? matching !== 0 : null,
                matchingCertificate: matching || null
            }
            : null,
        ok,
        problems: [
            ...report.findings.map(({ finding }) => finding.problem),
            ...report.certificateProblems.map(problem => `${certificatePath} ${problem.problem}`),
            ...report.keyProblems.map(problem => `${keyPath} ${problem.problem}`)
        ],
        findings: report.findings.map(({ certificate, finding }) => ({
            certificate: certificate ?? 1,
            ...finding
        })),
        fileProblems: [
            ...report.certificateProblems.map(fileProblem(certificatePath)),
            ...report.keyProblems.map(fileProblem(keyPath ?? ''))
        ]
    };
}
function textReport(inspected, report, now) {
    return [
        ...describedFiles(inspected, report, now),
        '',
        ...problemSections(report),
        ...(report.findings.length === 0 && report.certificateProblems.length === 0
            ? ['NetSuite would accept this certificate.']
            : [])
    ];
}
/** Each certificate, the label the file gives it, and whether the key belongs to it. */
function describedFiles(inspected, report, now) {
    const { certificatePath, keyPath, certificateFile, keyFile } = inspected;
    const { certificates, matching } = report;
    const several = certificates.length > 1;
    const lines = certificates.flatMap((certificate, index) => [
        ...(index > 0 ? [''] : []),
        several
            ? `certificate  ${index + 1} of ${certificates.length} in ${certificatePath}`
            : `certificate  ${certificatePath}`,
        ...certificateLines(certificate, now)
    ]);
    if (certificateFile.labelled) {
        lines.push(`label        ${certificateFile.labelled} (another name for CERTIFICATE: openssl, Java and Python read it)`);
    }
    if (keyFile) {
        const key = keyFile.key;
        const verdict = key === undefined
            ? ': encrypted with a passphrase; not checked against the certificate'
            : ` (${key.key.label}): ${matching === 0
                ? `does NOT match the certificate${several ? ' (any of them)' : ''}`
                : several
                    ? `matches certificate ${matching} of ${certificates.length}`
                    : 'matches the certificate'}`;
        lines.push(`private key  ${keyPath}${verdict}`);
    }
    return lines;
}
/** What NetSuite would refuse, what it would accept with a catch, and what the files need. */
function problemSections(report) {
    const count = report.certificates.length;
    const numbered = (certificate, finding) => certificate
        ? { ...finding, problem: `certificate ${certificate} of ${count}: ${finding.problem}` }
        : finding;
    const of = (verdict) => report.findings
        .filter(({ finding }) => finding.verdict === verdict)
        .map(({ certificate, finding }) => numbered(certificate, finding));
    const inFile = (problem) => ({
        ...problem,
        problem: `the file ${problem.problem}`
    });
    return [
        ...section('NetSuite would refuse this certificate:', of('refused')),
        ...section('NetSuite would accept this certificate, but:', of('accepted-but')),
        ...section('Uploading this file as it is may fail:', report.certificateProblems.map(inFile)),
        ...section('The private key file needs a change before it can be used:', report.keyProblems.map(inFile))
    ];
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
