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
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(702);
/* harmony import */ var _core_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(158);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(593);
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
UTF-16, DER, OpenSSL's TRUSTED CERTIFICATE form, several certificates, an
encrypted key), each with a command that writes a fixed copy (FILE-fixed.pem).

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
        daysRemaining: (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .daysRemaining */ .g0)(certificate.notAfter, now),
        fingerprint: certificate.fingerprint
    };
}
function certificateLines(certificate, now) {
    const validity = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .describeDuration */ .MB)(certificate.notAfter.getTime() - certificate.notBefore.getTime());
    return [
        `key type     ${certificate.key.label}`,
        `subject      ${certificate.subject}`,
        `serial       ${certificate.serialNumber}`,
        `not before   ${(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .isoDay */ .kh)(certificate.notBefore)}`,
        `not after    ${(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .isoDay */ .kh)(certificate.notAfter)} (${validity} valid)`,
        `days left    ${(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .daysRemaining */ .g0)(certificate.notAfter, now)}`,
        `fingerprint  ${certificate.fingerprint}`
    ];
}
function section(heading, items) {
    if (items.length === 0)
        return [];
    return [heading, ...items.flatMap(item => [`  - ${item.problem}`, `    fix: ${item.fix}`])];
}
async function runInspect(args, io) {
    const flags = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)('inspect', args, {
        certificate: { type: 'string' },
        'private-key': { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(INSPECT_HELP);
        return 0;
    }
    const certificatePath = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .requireString */ .VW)('inspect', flags, 'certificate');
    const keyPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalString */ .sx)(flags, 'private-key');
    const certificateFile = (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .readCertificateFile */ .u1)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readBytes */ .io)('certificate', certificatePath), '--certificate', certificatePath);
    const keyFile = keyPath === undefined
        ? undefined
        : (0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .readPrivateKeyFile */ .Pb)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .readBytes */ .io)('private-key', keyPath), '--private-key', keyPath);
    const now = new Date();
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
            ? (0,_core_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('several-certificates', 'certificate', certificatePath, certificates.length, matching)
            : problem),
        keyProblems: keyFile?.problems ?? []
    };
    if (several && matching === 0)
        report.findings.push({ finding: _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .KEY_MISMATCH */ .JU });
    const ok = report.findings.length === 0 &&
        report.certificateProblems.length === 0 &&
        report.keyProblems.length === 0;
    if (flags.json === true) {
        const fileProblem = (file) => (problem) => ({ file, ...problem });
        io.out(JSON.stringify({
            certificate: { file: certificatePath, ...describeCertificate(certificates[0], now) },
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
        }, null, 2));
        return ok ? 0 : 1;
    }
    const lines = certificates.flatMap((certificate, index) => [
        ...(index > 0 ? [''] : []),
        several
            ? `certificate  ${index + 1} of ${certificates.length} in ${certificatePath}`
            : `certificate  ${certificatePath}`,
        ...certificateLines(certificate, now)
    ]);
    if (keyFile) {
        const verdict = key === undefined
            ? ': encrypted with a passphrase; not checked against the certificate'
            : ` (${key.key.label}): ${matching === 0
                ? `does NOT match the certificate${several ? ' (any of them)' : ''}`
                : several
                    ? `matches certificate ${matching} of ${certificates.length}`
                    : 'matches the certificate'}`;
        lines.push(`private key  ${keyPath}${verdict}`);
    }
    lines.push('');
    const numbered = (certificate, finding) => certificate
        ? {
            ...finding,
            problem: `certificate ${certificate} of ${certificates.length}: ${finding.problem}`
        }
        : finding;
    const of = (verdict) => report.findings
        .filter(({ finding }) => finding.verdict === verdict)
        .map(({ certificate, finding }) => numbered(certificate, finding));
    const inFile = (problem) => ({
        ...problem,
        problem: `the file ${problem.problem}`
    });
    lines.push(...section('NetSuite would refuse this certificate:', of('refused')), ...section('NetSuite would accept this certificate, but:', of('accepted-but')), ...section('Uploading this file as it is may fail:', report.certificateProblems.map(inFile)), ...section('The private key file needs a change before it can be used:', report.keyProblems.map(inFile)));
    if (report.findings.length === 0 && report.certificateProblems.length === 0) {
        lines.push('NetSuite would accept this certificate.');
    }
    io.out(lines.join('\n'));
    return ok ? 0 : 1;
}


/***/ })

};
