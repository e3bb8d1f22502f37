export const id = 305;
export const ids = [305];
export const modules = {

/***/ 368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ algorithmFitsKey),
/* harmony export */   Bp: () => (/* binding */ DEFAULT_KEY_TYPE),
/* harmony export */   WJ: () => (/* binding */ KEY_TYPES),
/* harmony export */   ZD: () => (/* binding */ KEY_SPECS),
/* harmony export */   ZX: () => (/* binding */ parseKeyType),
/* harmony export */   d3: () => (/* binding */ ALGORITHM_KEYS),
/* harmony export */   f5: () => (/* binding */ parseAlgorithm),
/* harmony export */   nD: () => (/* binding */ CURVE_LABEL),
/* harmony export */   qN: () => (/* binding */ defaultAlgorithmOf),
/* harmony export */   uM: () => (/* binding */ keyRefusal),
/* harmony export */   wh: () => (/* binding */ ACCEPTED)
/* harmony export */ });
/* unused harmony exports ALGORITHMS, MIN_RSA_BITS, keyTypeOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(296);
/**
 * The key-type policy in one table: which keys NetSuite accepts for M2M
 * certificates (Oracle help subsect_162755332391), what each is called, how a
 * certificate over it is signed, and which client-assertion algorithms fit it.
 * Every other module reads its rules and its wording from here.
 */

const KEY_TYPES = ['rsa-4096', 'rsa-3072', 'ec-p256', 'ec-p384', 'ec-p521'];
/** What `generate` and the action make when no key type is named. */
const DEFAULT_KEY_TYPE = 'rsa-4096';
const ALGORITHMS = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];
const KEY_SPECS = {
    'rsa-4096': {
        kind: 'rsa',
        bits: 4096,
        label: 'RSA 4096',
        hash: 'sha256',
        defaultAlgorithm: 'PS256'
    },
    'rsa-3072': {
        kind: 'rsa',
        bits: 3072,
        label: 'RSA 3072',
        hash: 'sha256',
        defaultAlgorithm: 'PS256'
    },
    'ec-p256': {
        kind: 'ec',
        bits: 256,
        curve: 'prime256v1',
        label: 'EC P-256',
        hash: 'sha256',
        defaultAlgorithm: 'ES256'
    },
    'ec-p384': {
        kind: 'ec',
        bits: 384,
        curve: 'secp384r1',
        label: 'EC P-384',
        hash: 'sha384',
        defaultAlgorithm: 'ES384'
    },
    'ec-p521': {
        kind: 'ec',
        bits: 521,
        curve: 'secp521r1',
        label: 'EC P-521',
        hash: 'sha512',
        defaultAlgorithm: 'ES512'
    }
};
/** The key each algorithm signs with: RSASSA-PSS any accepted size, ECDSA one curve (RFC 7518 section 3.4). */
const ALGORITHM_KEYS = {
    PS256: { kind: 'rsa' },
    PS384: { kind: 'rsa' },
    PS512: { kind: 'rsa' },
    ES256: { kind: 'ec', curve: 'prime256v1' },
    ES384: { kind: 'ec', curve: 'secp384r1' },
    ES512: { kind: 'ec', curve: 'secp521r1' }
};
const SPECS = KEY_TYPES.map(type => KEY_SPECS[type]);
const RSA_SPECS = SPECS.filter(spec => spec.kind === 'rsa');
const EC_SPECS = SPECS.filter(spec => spec.kind === 'ec');
const RSA_SIZES = RSA_SPECS.map(spec => spec.bits).sort((a, b) => a - b);
/** RSA below this many bits is refused by NetSuite. */
const MIN_RSA_BITS = RSA_SIZES[0];
/** "P-256" for prime256v1, and so on. */
const CURVE_LABEL = Object.fromEntries(EC_SPECS.map(spec => [spec.curve, spec.label.replace(/^EC /, '')]));
function orList(items) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
/** The wording of what NetSuite accepts, in the forms messages need. */
const ACCEPTED = {
    /** "RSA 3072 or 4096" */
    rsa: `RSA ${orList(RSA_SIZES.map(String))}`,
    /** "EC P-256, P-384 or P-521" */
    ec: `EC ${orList(EC_SPECS.map(spec => CURVE_LABEL[spec.curve]))}`,
    /** "RSA 3072/4096 or EC P-256/384/521" */
    all: `RSA ${RSA_SIZES.join('/')} or EC P-${EC_SPECS.map(spec => spec.bits).join('/')}`,
    /** "PS256, PS384, PS512, ES256, ES384 or ES512" */
    algorithms: orList(ALGORITHMS),
    /** "PS256 for RSA" */
    rsaDefault: `${[...new Set(RSA_SPECS.map(spec => spec.defaultAlgorithm))].join('/')} for RSA`,
    /** "ES256/ES384/ES512 for EC P-256/384/521" */
    ecDefaults: `${EC_SPECS.map(spec => spec.defaultAlgorithm).join('/')} for EC P-${EC_SPECS.map(spec => spec.bits).join('/')}`
};
/** The key type this key is, or undefined when NetSuite would refuse it. */
function keyTypeOf(key) {
    return KEY_TYPES.find(type => {
        const spec = KEY_SPECS[type];
        return (spec.kind === key.kind &&
            (spec.kind === 'rsa' ? spec.bits === key.bits : spec.curve === key.curve));
    });
}
/**
 * The algorithm used for this key when none is named, or undefined when no
 * accepted algorithm can sign with it. Any RSA key gets RSA's default: its size
 * is judged on its own, with its own message.
 */
function defaultAlgorithmOf(key) {
    if (key.kind === 'rsa')
        return RSA_SPECS[0]?.defaultAlgorithm;
    return EC_SPECS.find(spec => spec.curve === key.curve)?.defaultAlgorithm;
}
/** Whether this algorithm can sign with this key. */
function algorithmFitsKey(algorithm, key) {
    const needs = ALGORITHM_KEYS[algorithm];
    return needs.kind === key.kind && (needs.curve === undefined || needs.curve === key.curve);
}
/** Why NetSuite refuses this key's size or curve, or undefined when it accepts it. */
function keyRefusal(key) {
    if (key.kind === 'rsa' && (key.bits ?? 0) < MIN_RSA_BITS) {
        return `RSA ${key.bits} is too small: NetSuite accepts ${ACCEPTED.rsa}`;
    }
    if (key.kind === 'rsa' && keyTypeOf(key) === undefined) {
        return `RSA ${key.bits} is not accepted: NetSuite accepts ${ACCEPTED.rsa}`;
    }
    if (key.kind === 'ec' && keyTypeOf(key) === undefined) {
        return `curve ${key.curve} is not accepted: NetSuite accepts ${ACCEPTED.ec}`;
    }
    if (key.kind === 'other') {
        return `${key.label} keys are not accepted: NetSuite accepts ${ACCEPTED.all}`;
    }
    return undefined;
}
function parseKeyType(raw) {
    const value = raw.trim().toLowerCase();
    if (KEY_TYPES.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`key-type "${raw}" is not supported: NetSuite accepts ${KEY_TYPES.join(', ')} (RSA under ${MIN_RSA_BITS} bits is refused)`);
}
function parseAlgorithm(raw) {
    const value = raw.trim().toUpperCase();
    if (/^RS(256|384|512)$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`algorithm ${value} is refused: NetSuite no longer accepts RSASSA-PKCS1-v1_5 (RS256) client assertions; use ${defaultAlgorithmOf({ kind: 'rsa' })} with an RSA key`);
    }
    if (ALGORITHMS.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`algorithm "${raw}" is not supported: use one of ${ALGORITHMS.join(', ')}`);
}


/***/ }),

/***/ 158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ decryptCommand),
/* harmony export */   Vw: () => (/* binding */ formatProblem)
/* harmony export */ });
/* unused harmony exports shellWord, fixedName */
/** A path or name as a POSIX shell word: quoted only when it needs to be. */
function shellWord(word) {
    return /^[A-Za-z0-9_./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** `dir/auth-cert.cer` -> `dir/auth-cert-fixed.pem`: beside the original, never over it. */
function fixedName(file) {
    const slash = file.lastIndexOf('/');
    const base = file.slice(slash + 1);
    const stem = base.replace(/\.[^.]*$/, '') || base;
    return `${file.slice(0, slash + 1)}${stem}-fixed.pem`;
}
/**
 * The problem `code` for a `kind` file at `file`. For several certificates,
 * `count` is how many and `keep` (1-based) the one to keep.
 */
function formatProblem(code, kind, file, count = 2, keep = 1) {
    const input = shellWord(file);
    const output = shellWord(fixedName(file));
    const certificate = kind === 'certificate';
    const rewrite = certificate
        ? `openssl x509 -in ${input} -out ${output}`
        : `openssl pkey -in ${input} -out ${output}`;
    switch (code) {
        case 'utf8-bom':
            return {
                code,
                problem: "starts with a UTF-8 byte-order mark (Notepad and PowerShell add one): Java's certificate reader refuses it, openssl and Python do not",
                fix: rewrite
            };
        case 'utf16':
            return {
                code,
                problem: 'is UTF-16 text, not UTF-8 (what a Windows PowerShell 5 `>` redirect writes; use `Out-File -Encoding ascii` there): openssl, Java and Python all refuse it',
                fix: `iconv -f UTF-16 -t UTF-8 ${input} > ${output}`
            };
        case 'der':
            return {
                code,
                problem: certificate
                    ? "is binary DER, not PEM: openssl and Java read it, but Python's PEM reader does not, NetSuite's certificate endpoint takes PEM text only, and NetSuite's upload page does not say it reads DER"
                    : 'is binary DER, not PEM: a GitHub secret holds text, and the action reads PEM only',
                fix: certificate
                    ? `openssl x509 -inform der -in ${input} -out ${output}`
                    : `openssl pkey -inform der -in ${input} -out ${output}`
            };
        case 'escaped-newlines':
            return {
                code,
                problem: `is one line with literal \\n where the line breaks belong (how secret managers and JSON keep it): ${certificate ? 'openssl, Java and Python' : 'openssl, Python and Node'} refuse it`,
                fix: `sed 's/\\\\n/\\n/g' ${input} > ${output}`
            };
        case 'flattened':
            return {
                code,
                problem: `is one line whose line breaks became spaces (a paste into a one-line field): ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
                fix: `sed -E 's/(-----[A-Z ]+-----)/\\n\\1\\n/g' ${input} | sed -E '/^-----/!s/ +/\\n/g' | grep -v '^$' > ${output}`
            };
        case 'indented':
            return {
                code,
                problem: `has blanks before -----BEGIN or at the start of its lines: ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
                fix: `sed 's/^[[:space:]]*//' ${input} > ${output}`
            };
        case 'trusted-certificate':
            return {
                code,
                problem: "is in OpenSSL's TRUSTED CERTIFICATE format (the certificate followed by OpenSSL's own trust settings): Java and Python refuse it",
                fix: rewrite
            };
        case 'several-certificates':
            return {
                code,
                problem: `holds ${count} certificates: NetSuite takes one certificate per upload, and readers disagree about which one such a file means (openssl and Python take the first, Java all of them)`,
                fix: keep === 1
                    ? rewrite
                    : `awk '/-----BEGIN CERTIFICATE-----/{n++} n==${keep}' ${input} > ${output}`
            };
    }
}
/** A passphrase-protected key: PKCS#8 (`ENCRYPTED PRIVATE KEY`) or traditional (`Proc-Type: 4,ENCRYPTED`). */
function decryptCommand(label, file) {
    const tool = label === 'ENCRYPTED PRIVATE KEY' ? 'pkcs8' : 'pkey';
    return {
        code: 'encrypted-key',
        problem: 'is encrypted with a passphrase: the action and every consumer sign with the key unattended, so it must be stored unencrypted (in a secret); openssl asks for the passphrase once',
        fix: `openssl ${tool} -in ${shellWord(file)} -out ${shellWord(fixedName(file))}`
    };
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ toPem),
/* harmony export */   x: () => (/* binding */ decodePem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(296);
/* harmony import */ var _pem_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(158);
/**
 * Reads certificates and keys the way users really have them. Files and pasted
 * secrets arrive mangled: a byte-order mark, indentation, a secret manager's
 * one-line form with literal "\n", UTF-16 from a PowerShell 5 `>` redirect,
 * binary DER, OpenSSL's TRUSTED CERTIFICATE form, several certificates in one
 * file. Each is decoded when its meaning is plain, and named as a
 * FormatProblem with the command that repairs the file; the callers decide
 * which problems to tolerate (the action) and which to report (inspect).
 * Every change made to read the text is also listed as a PemRepair, so that
 * the action can tell the owner of a damaged secret what to store instead.
 */



/** DER bytes as a PEM block, base64 in lines of 64. */
function toPem(label, body) {
    const lines = body.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
/** Length of the DER element at the start of `bytes`, or 0 when it is not one. */
function derLength(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x30)
        return 0;
    const first = bytes[1];
    if (first < 0x80)
        return 2 + first;
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || bytes.length < 2 + octets)
        return 0;
    let length = 0;
    for (let i = 0; i < octets; i++)
        length = length * 256 + bytes[2 + i];
    return 2 + octets + length;
}
/** UTF-16 by byte-order mark, or by the NUL bytes ASCII text has in UTF-16. */
function utf16Order(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'be';
    if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0)
        return 'le';
    if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0)
        return 'be';
    return undefined;
}
/**
 * A DER key as a PKCS#8 PEM block. The encoding is told by trying each one;
 * which decoder accepts which bytes differs between OpenSSL versions (Node 24
 * reads a SEC1 key as "pkcs1"), so the label comes from re-encoding, not from
 * the decoder that happened to succeed.
 */
function derKeyBlock(der) {
    for (const type of ['pkcs8', 'sec1', 'pkcs1']) {
        try {
            const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type });
            return { label: 'PRIVATE KEY', text: key.export({ type: 'pkcs8', format: 'pem' }) };
        }
        catch {
            // try the next encoding
        }
    }
    try {
        new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
        return { label: 'CERTIFICATE', text: toPem('CERTIFICATE', der) };
    }
    catch {
        return { label: 'ENCRYPTED PRIVATE KEY', text: toPem('ENCRYPTED PRIVATE KEY', der) };
    }
}
/** Turns bytes into text, noting UTF-16; DER becomes its one block. */
function decodeBytes(bytes, kind, file, problems) {
    const buffer = Buffer.from(bytes);
    const order = utf16Order(buffer);
    if (order) {
        problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('utf16', kind, file));
        const even = buffer.subarray(0, buffer.length - (buffer.length % 2));
        const text = (order === 'le' ? even : Buffer.from(even).swap16()).toString('utf16le');
        return text.replace(/^\ufeff/, '');
    }
    if (derLength(buffer) === buffer.length) {
        problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('der', kind, file));
        return kind === 'certificate'
            ? { label: 'CERTIFICATE', text: toPem('CERTIFICATE', buffer) }
            : derKeyBlock(buffer);
    }
    return buffer.toString('utf8');
}
const BLOCK = /^([ \t]*)-----BEGIN ([A-Z0-9 ]+)-----[ \t]*\n([\s\S]*?)^[ \t]*-----END \2-----/gm;
/**
 * Every PEM block in `input` (text, or a file's bytes), with what was wrong
 * with how it was written. Throws only when nothing usable is there: empty,
 * not PEM, cut short, or the wrong kind of thing (a key for a certificate).
 */
function decodePem(input, kind, name, file = kind === 'certificate' ? 'certificate.pem' : 'private-key.pem') {
    const problems = [];
    const repairs = [];
    const decoded = typeof input === 'string' ? input : decodeBytes(input, kind, file, problems);
    if (typeof decoded !== 'string')
        return checkKind({ blocks: [decoded], problems, repairs }, kind, name, file);
    if (decoded.includes('\r'))
        repairs.push('crlf');
    let text = decoded.replace(/\r\n?/g, '\n');
    if (text.startsWith('\ufeff')) {
        text = text.slice(1);
        repairs.push('utf8-bom');
        // openssl, Python and node read a key with a BOM alike; Java's certificate reader does not.
        if (kind === 'certificate')
            problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('utf8-bom', kind, file));
    }
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} is empty`);
    if (!text.trim().includes('\n') && /\\n/.test(text)) {
        problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('escaped-newlines', kind, file));
        repairs.push('escaped-newlines');
        text = text.trim().replace(/\\r\\n|\\n/g, '\n');
    }
    const flat = /^(-----BEGIN [A-Z0-9 ]+-----)[ \t]+([\s\S]*?)[ \t]+(-----END [A-Z0-9 ]+-----)$/.exec(text.trim());
    if (flat && !flat[2].includes('\n')) {
        problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('flattened', kind, file));
        repairs.push('flattened');
        text = `${flat[1]}\n${flat[2].replace(/[ \t]+/g, '\n')}\n${flat[3]}\n`;
    }
    const blocks = [];
    let indented = false;
    for (const match of text.matchAll(BLOCK)) {
        const [, indent, label, body] = match;
        const lines = body.split('\n');
        if (indent !== '' || lines.some(line => /^[ \t]/.test(line)))
            indented = true;
        if (lines.some(line => line.includes(':'))) {
            // RFC 1421 headers (Proc-Type: 4,ENCRYPTED): keep the block as written, minus indentation.
            const kept = lines.map(line => line.trim());
            blocks.push({
                label,
                text: `-----BEGIN ${label}-----\n${kept.join('\n')}-----END ${label}-----\n`
            });
        }
        else {
            blocks.push({
                label,
                text: toPem(label, Buffer.from(lines.join('').replace(/\s+/g, ''), 'base64'))
            });
        }
    }
    if (indented) {
        problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('indented', kind, file));
        repairs.push('indented');
    }
    if (blocks.length === 0) {
        const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
        if (begin && text.includes(`-----END ${begin[1]}-----`)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} has text beside its -----BEGIN ${begin[1]}----- or -----END ${begin[1]}----- line: each must be on a line of its own, with nothing before or after it`);
        }
        if (begin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} has -----BEGIN ${begin[1]}----- but no -----END ${begin[1]}-----: the text was cut short when it was copied; copy all of it, both lines included`);
        }
        const expected = kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} is not PEM: expected text starting with -----BEGIN ${expected}----- (a file openssl writes)`);
    }
    return checkKind({ blocks, problems, repairs }, kind, name, file);
}
const isKeyLabel = (label) => label.endsWith('PRIVATE KEY');
/** Certificates for certificates, keys for keys; OpenSSL's trusted form unwrapped; several noted. */
function checkKind(decoded, kind, name, file) {
    const labels = decoded.blocks.map(block => block.label);
    if (kind === 'certificate') {
        if (labels.some(isKeyLabel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} holds a private key where a certificate was expected: pass the certificate PEM (-----BEGIN CERTIFICATE-----) and keep the key in a secret`);
        }
        const blocks = decoded.blocks.flatMap(block => {
            if (block.label === 'CERTIFICATE')
                return [block];
            if (block.label !== 'TRUSTED CERTIFICATE')
                return [];
            // OpenSSL appends its trust settings after the certificate: keep the certificate alone.
            decoded.problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('trusted-certificate', kind, file));
            const der = Buffer.from(block.text.split('\n').slice(1, -2).join(''), 'base64');
            return [{ label: 'CERTIFICATE', text: toPem('CERTIFICATE', der.subarray(0, derLength(der))) }];
        });
        if (blocks.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} holds a ${labels[0]}, not a certificate: NetSuite needs the X.509 certificate (-----BEGIN CERTIFICATE-----), e.g. from \`netsuite-m2m generate\` or \`openssl req -x509\``);
        }
        if (blocks.length > 1) {
            decoded.problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw)('several-certificates', kind, file, blocks.length));
        }
        return { ...decoded, blocks };
    }
    if (labels.includes('CERTIFICATE') || labels.includes('TRUSTED CERTIFICATE')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} holds a certificate where a private key was expected: pass the private key PEM (labelled PRIVATE KEY) from the secret`);
    }
    const blocks = decoded.blocks.filter(block => isKeyLabel(block.label));
    if (blocks.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} holds a ${labels[0]}, not a private key: pass the private key PEM (labelled PRIVATE KEY) that was made with the certificate`);
    }
    const [block] = blocks;
    if (block.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(block.text)) {
        decoded.problems.push((0,_pem_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .decryptCommand */ .NN)(block.label, file));
    }
    return { ...decoded, blocks: [block] };
}


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ daysUntil),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony exports addDays, formatDate, formatDateTime */
/** One day in milliseconds: every "days" input and output is counted in these. */
const DAY_MS = 86_400_000;
/** Whole days from `now` until `date`, rounded down (negative once past). */
function daysUntil(date, now) {
    return Math.floor((date.getTime() - now.getTime()) / DAY_MS);
}
function addDays(date, days) {
    return new Date(date.getTime() + days * DAY_MS);
}
/** `2026-03-04`: dates in log lines, summaries and comments. */
function formatDate(date) {
    return date.toISOString().slice(0, 10);
}
/** `2026-03-04 09:10:11 UTC`: exact times a person reads in an issue. */
function formatDateTime(date) {
    return date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
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
