export const id = 34;
export const ids = [34];
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
/** `name` is what the user typed: the action's `key-type`, the command line's `--key-type`. */
function parseKeyType(raw, name = 'key-type') {
    const value = raw.trim().toLowerCase();
    if (KEY_TYPES.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} "${raw}" is not supported: NetSuite accepts ${KEY_TYPES.join(', ')} (RSA under ${MIN_RSA_BITS} bits is refused)`);
}
function parseAlgorithm(raw, name = 'algorithm') {
    const value = raw.trim().toUpperCase();
    if (/^RS(256|384|512)$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} ${value} is refused: NetSuite no longer accepts RSASSA-PKCS1-v1_5 (RS256) client assertions; use ${defaultAlgorithmOf({ kind: 'rsa' })} with an RSA key`);
    }
    if (ALGORITHMS.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} "${raw}" is not supported: use one of ${ALGORITHMS.join(', ')}`);
}


/***/ }),

/***/ 158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ decryptCommand),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   r7: () => (/* binding */ shellWord)
/* harmony export */ });
/* unused harmony export fixedName */
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
/** Each problem in words, and the one command that writes a repaired copy. */
const DESCRIBE = {
    'utf8-bom': ({ rewrite }) => ({
        problem: "starts with a UTF-8 byte-order mark (Notepad and PowerShell add one): Java's certificate reader refuses it, openssl and Python do not",
        fix: rewrite
    }),
    utf16: ({ input, output }, detail) => ({
        problem: 'is UTF-16 text, not UTF-8 (what a Windows PowerShell 5 `>` redirect writes; use `Out-File -Encoding ascii` there): openssl, Java and Python all refuse it',
        // Without a byte-order mark, glibc's iconv takes UTF-16 to be big-endian: name the order.
        fix: `iconv -f ${utf16Name(detail.utf16)} -t UTF-8 ${input} > ${output}`
    }),
    'cr-line-ends': ({ input, output }) => ({
        problem: `ends its lines with a carriage return alone (classic Mac OS line ends): openssl reads it as one line and refuses it`,
        fix: `tr '\\r' '\\n' < ${input} > ${output}`
    }),
    'invisible-characters': ({ input, output }, detail) => ({
        problem: `has characters inside its PEM block that most editors do not show and that are not base64: ${detail.where ?? ''}. Strict readers refuse such a file (openssl one inside a line of base64, Python a zero-width space; Node drops them without a word)`,
        fix: `LC_ALL=C tr -d '\\200-\\377' < ${input} > ${output}`
    }),
    'url-safe-base64': ({ input, output }, detail) => ({
        problem: `uses URL-safe base64 (\`-\` and \`_\` where PEM has \`+\` and \`/\`): ${detail.where ?? ''}. openssl and Python refuse it (Node reads it as if it were standard base64)`,
        fix: `awk '/^-----/ { print; next } { gsub(/-/, "+"); gsub(/_/, "/"); print }' ${input} > ${output}`
    }),
    der: ({ input, output, certificate }) => ({
        problem: certificate
            ? "is binary DER, not PEM: openssl and Java read it, but Python's PEM reader does not, NetSuite's certificate endpoint takes PEM text only, and NetSuite's upload page does not say it reads DER"
            : 'is binary DER, not PEM: a GitHub secret holds text, and the action reads PEM only',
        fix: certificate
            ? `openssl x509 -inform der -in ${input} -out ${output}`
            : `openssl pkey -inform der -in ${input} -out ${output}`
    }),
    'escaped-newlines': ({ input, output, certificate }) => ({
        problem: `is one line with literal \\n where the line breaks belong (how secret managers and JSON keep it): ${certificate ? 'openssl, Java and Python' : 'openssl, Python and Node'} refuse it`,
        // Literal \r\n first, so that no carriage return is left at a line end.
        fix: `awk '{ gsub(/\\\\r\\\\n|\\\\n/, "\\n"); print }' ${input} > ${output}`
    }),
    flattened: ({ input, output, certificate }) => ({
        problem: `is one line whose line breaks became spaces (a paste into a one-line field): ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
        // Each blank-separated word on a line of its own, except the words of a BEGIN or END line.
        fix: `awk '{ for (i = 1; i <= NF; i++) { w = $i; if (w ~ /^-----(BEGIN|END)/) while (w !~ /^-----(BEGIN|END) .*-----$/ && i < NF) w = w " " $(++i); print w } }' ${input} > ${output}`
    }),
    indented: ({ input, output, certificate }) => ({
        problem: `has blanks before -----BEGIN or at the start of its lines: ${certificate ? 'openssl and Java' : 'openssl and Node'} refuse it, Python does not`,
        fix: `sed 's/^[[:space:]]*//' ${input} > ${output}`
    }),
    'trusted-certificate': ({ rewrite }) => ({
        problem: "is in OpenSSL's TRUSTED CERTIFICATE format (the certificate followed by OpenSSL's own trust settings): Java and Python refuse it",
        fix: rewrite
    }),
    'several-certificates': ({ input, output, rewrite }, { count = 2, keep = 1 }) => ({
        problem: `holds ${count} certificates: NetSuite takes one certificate per upload, and readers disagree about which one such a file means (openssl and Python take the first, Java all of them)`,
        fix: keep === 1
            ? rewrite
            : `awk '/-----BEGIN CERTIFICATE-----/{n++} n==${keep}' ${input} > ${output}`
    })
};
/**
 * The problem `code` for a `kind` file at `file`. Every fix is one command
 * that works alike on Linux and macOS (no GNU-only sed): awk, tr, iconv,
 * openssl, each writing a copy beside the file.
 */
function formatProblem(code, kind, file, detail = {}) {
    const input = shellWord(file);
    const output = shellWord(fixedName(file));
    const certificate = kind === 'certificate';
    const rewrite = certificate
        ? `openssl x509 -in ${input} -out ${output}`
        : `openssl pkey -in ${input} -out ${output}`;
    return { code, ...DESCRIBE[code]({ input, output, certificate, rewrite }, detail) };
}
function utf16Name(utf16) {
    if (!utf16 || utf16.bom)
        return 'UTF-16';
    return utf16.order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
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

/***/ 304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ decodePem),
  s: () => (/* binding */ toPem)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
;// CONCATENATED MODULE: ./src/core/pem-base64.ts
/**
 * Strict base64, as openssl, Java and Python read a PEM body: the standard
 * alphabet (A-Z a-z 0-9 + / and = padding) and blanks between the characters,
 * nothing else. Node's decoder is lenient (it drops what it does not know and
 * reads URL-safe `-` and `_` as `+` and `/`), so every character outside the
 * alphabet is found here first, with where it is, before anything is decoded.
 */
const MARKER = /-----(BEGIN|END) [A-Z0-9 ]+-----/g;
const HAS_MARKER = /-----(BEGIN|END) [A-Z0-9 ]+-----/;
const INVISIBLE = /^[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]$/u;
const NAMES = {
    '\u00a0': 'NO-BREAK SPACE',
    '\u00ad': 'SOFT HYPHEN',
    '\u200b': 'ZERO WIDTH SPACE',
    '\u200c': 'ZERO WIDTH NON-JOINER',
    '\u200d': 'ZERO WIDTH JOINER',
    '\u2028': 'LINE SEPARATOR',
    '\u2029': 'PARAGRAPH SEPARATOR',
    '\u202f': 'NARROW NO-BREAK SPACE',
    '\u2060': 'WORD JOINER',
    '\u3000': 'IDEOGRAPHIC SPACE',
    '\ufeff': 'BYTE ORDER MARK'
};
/** "U+200B ZERO WIDTH SPACE", "`-`": a character named so that it can be found. */
function nameCharacter(char) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20 && code < 0x7f)
        return `\`${char}\``;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    return NAMES[char] ? `U+${hex} ${NAMES[char]}` : `U+${hex}`;
}
function kindOf(char) {
    if (/^[A-Za-z0-9+/= \t\r]$/.test(char))
        return undefined;
    if (char === '-' || char === '_')
        return 'url-safe';
    return INVISIBLE.test(char) ? 'invisible' : 'other';
}
/**
 * Every character outside the base64 alphabet inside a PEM block of `text`
 * (lines end in `\n`; a one-line form with literal `\n` counts as one line).
 * Text outside the blocks is not read by anyone and is not checked; lines
 * with a `:` inside a block are RFC 1421 headers (Proc-Type), not base64.
 */
function strayCharacters(text) {
    const found = [];
    let inside = false;
    text.split('\n').forEach((raw, index) => {
        // Literal \n and \r\n of a one-line form are line breaks, not characters of the body.
        const line = raw.replace(/\\r\\n|\\n/g, escape => ' '.repeat(escape.length));
        let at = 0;
        const markerLine = HAS_MARKER.test(line);
        const check = (end) => {
            const segment = line.slice(at, end);
            const header = segment.includes(':');
            for (let i = 0; i < segment.length; i++) {
                const kind = kindOf(segment[i]);
                // Beside a BEGIN or END line only the invisible ones count: they break that line.
                const counts = inside && !header ? kind : markerLine && kind === 'invisible';
                if (kind && counts)
                    found.push({ char: segment[i], line: index + 1, column: at + i + 1, kind });
            }
        };
        for (const marker of line.matchAll(MARKER)) {
            check(marker.index);
            inside = marker[1] === 'BEGIN';
            at = marker.index + marker[0].length;
        }
        check(line.length);
    });
    return found;
}
/** "U+200B ZERO WIDTH SPACE at line 3, column 65; `-` at line 4, column 2": every one, where it is. */
function describeStray(found) {
    return found.map(s => `${nameCharacter(s.char)} at line ${s.line}, column ${s.column}`).join('; ');
}
/** The text without the invisible characters (each is noise from copying, never part of the data). */
function withoutInvisible(text) {
    return text.replace(/[^ -~\t\n\r]/gu, char => (INVISIBLE.test(char) ? '' : char));
}

// EXTERNAL MODULE: ./src/core/pem-problems.ts
var pem_problems = __webpack_require__(158);
;// CONCATENATED MODULE: ./src/core/pem.ts
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
            const key = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type });
            return { label: 'PRIVATE KEY', text: key.export({ type: 'pkcs8', format: 'pem' }) };
        }
        catch {
            // try the next encoding
        }
    }
    try {
        new external_node_crypto_.X509Certificate(der);
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
        const bom = (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff);
        problems.push((0,pem_problems/* formatProblem */.Vw)('utf16', kind, file, { utf16: { order, bom } }));
        const even = buffer.subarray(0, buffer.length - (buffer.length % 2));
        const text = (order === 'le' ? even : Buffer.from(even).swap16()).toString('utf16le');
        return text.replace(/^\ufeff/, '');
    }
    if (derLength(buffer) === buffer.length) {
        problems.push((0,pem_problems/* formatProblem */.Vw)('der', kind, file));
        return kind === 'certificate'
            ? { label: 'CERTIFICATE', text: toPem('CERTIFICATE', buffer) }
            : derKeyBlock(buffer);
    }
    return buffer.toString('utf8');
}
/**
 * Holds the PEM bodies to the base64 alphabet, as every strict reader does.
 * Invisible characters and URL-safe base64 are copying damage with a plain
 * meaning: noted, and the text returned without the invisible ones. Anything
 * else outside the alphabet is a changed text, and refused.
 */
function strictBase64(text, reading) {
    const { kind, name, file, problems, repairs } = reading;
    const found = strayCharacters(text);
    const other = found.filter(s => s.kind === 'other');
    if (other.length > 0) {
        throw new errors/* InputError */.dz(`${name} has characters that are not base64 inside its PEM block: ${describeStray(other)}. The text was changed after it was made (base64 holds only A-Z, a-z, 0-9, +, / and =): copy it again from where it was made`);
    }
    const invisible = found.filter(s => s.kind === 'invisible');
    if (invisible.length > 0) {
        problems.push((0,pem_problems/* formatProblem */.Vw)('invisible-characters', kind, file, { where: describeStray(invisible) }));
        repairs.push('invisible-characters');
    }
    const urlSafe = found.filter(s => s.kind === 'url-safe');
    if (urlSafe.length > 0) {
        // Where a key's base64 has + and / is a little of the key: for a key, only how many.
        const where = kind === 'certificate'
            ? describeStray(urlSafe)
            : `${urlSafe.length} of them (where, is not shown for a private key)`;
        problems.push((0,pem_problems/* formatProblem */.Vw)('url-safe-base64', kind, file, { where }));
        repairs.push('url-safe-base64');
    }
    return invisible.length > 0 ? withoutInvisible(text) : text;
}
const BLOCK = /^([ \t]*)-----BEGIN ([A-Z0-9 ]+)-----[ \t]*\n([\s\S]*?)^[ \t]*-----END \2-----/gm;
/**
 * Every PEM block in `input` (text, or a file's bytes), with what was wrong
 * with how it was written. Throws only when nothing usable is there: empty,
 * not PEM, cut short, or the wrong kind of thing (a key for a certificate).
 */
function decodePem(input, kind, name, file = kind === 'certificate' ? 'certificate.pem' : 'private-key.pem') {
    const reading = { kind, name, file, problems: [], repairs: [] };
    const { problems, repairs } = reading;
    const decoded = typeof input === 'string' ? input : decodeBytes(input, kind, file, problems);
    if (typeof decoded !== 'string')
        return checkKind({ blocks: [decoded], problems, repairs }, kind, name, file);
    let text = withoutByteOrderMark(withLineFeeds(decoded, reading), reading);
    if (text.trim() === '')
        throw new errors/* InputError */.dz(`${name} is empty`);
    text = strictBase64(text, reading);
    text = unflattened(withLineBreaks(text, reading), reading);
    const blocks = pemBlocks(text, reading);
    if (blocks.length === 0)
        throw notPem(text, reading);
    return checkKind({ blocks, problems, repairs }, kind, name, file);
}
/** Line ends as openssl reads them: CRLF quietly, a carriage return alone noted. */
function withLineFeeds(decoded, { kind, file, problems, repairs }) {
    if (/\r(?!\n)/.test(decoded)) {
        // A carriage return alone ends no line for openssl: the whole file is one line to it.
        problems.push((0,pem_problems/* formatProblem */.Vw)('cr-line-ends', kind, file));
        repairs.push('cr-line-ends');
    }
    else if (decoded.includes('\r'))
        repairs.push('crlf');
    return decoded.replace(/\r\n?/g, '\n');
}
function withoutByteOrderMark(text, { kind, file, problems, repairs }) {
    if (!text.startsWith('\ufeff'))
        return text;
    repairs.push('utf8-bom');
    // openssl, Python and node read a key with a BOM alike; Java's certificate reader does not.
    if (kind === 'certificate')
        problems.push((0,pem_problems/* formatProblem */.Vw)('utf8-bom', kind, file));
    return text.slice(1);
}
/** One line with literal \n where the line breaks belong (secret managers, JSON). */
function withLineBreaks(text, { kind, file, problems, repairs }) {
    if (text.trim().includes('\n') || !/\\n/.test(text))
        return text;
    problems.push((0,pem_problems/* formatProblem */.Vw)('escaped-newlines', kind, file));
    repairs.push('escaped-newlines');
    return text.trim().replace(/\\r\\n|\\n/g, '\n');
}
/** One line whose line breaks became blanks (a paste into a one-line field). */
function unflattened(text, { kind, file, problems, repairs }) {
    const flat = /^(-----BEGIN [A-Z0-9 ]+-----)[ \t]+([\s\S]*?)[ \t]+(-----END [A-Z0-9 ]+-----)$/.exec(text.trim());
    if (!flat || flat[2].includes('\n'))
        return text;
    problems.push((0,pem_problems/* formatProblem */.Vw)('flattened', kind, file));
    repairs.push('flattened');
    return `${flat[1]}\n${flat[2].replace(/[ \t]+/g, '\n')}\n${flat[3]}\n`;
}
/** Each BEGIN/END block, re-encoded as a clean PEM; indentation noted. */
function pemBlocks(text, { kind, file, problems, repairs }) {
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
            // URL-safe characters were reported by strictBase64; here they mean what they say.
            const body = lines.join('').replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
            blocks.push({ label, text: toPem(label, Buffer.from(body, 'base64')) });
        }
    }
    if (indented) {
        problems.push((0,pem_problems/* formatProblem */.Vw)('indented', kind, file));
        repairs.push('indented');
    }
    return blocks;
}
/** Why text with no usable PEM block is not one: text beside a BEGIN or END line, cut short, or not PEM. */
function notPem(text, { kind, name }) {
    const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
    if (begin && text.includes(`-----END ${begin[1]}-----`)) {
        return new errors/* InputError */.dz(`${name} has text beside its -----BEGIN ${begin[1]}----- or -----END ${begin[1]}----- line: each must be on a line of its own, with nothing before or after it`);
    }
    if (begin) {
        return new errors/* InputError */.dz(`${name} has -----BEGIN ${begin[1]}----- but no -----END ${begin[1]}-----: the text was cut short when it was copied; copy all of it, both lines included`);
    }
    const expected = kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY';
    return new errors/* InputError */.dz(`${name} is not PEM: expected text starting with -----BEGIN ${expected}----- (a file openssl writes)`);
}
const X509_LABEL = 'X509 CERTIFICATE';
const isKeyLabel = (label) => label.endsWith('PRIVATE KEY');
/** Certificates for certificates, keys for keys; OpenSSL's trusted form unwrapped; several noted. */
function checkKind(decoded, kind, name, file) {
    const labels = decoded.blocks.map(block => block.label);
    if (kind === 'certificate') {
        if (labels.some(isKeyLabel)) {
            throw new errors/* InputError */.dz(`${name} holds a private key where a certificate was expected: pass the certificate PEM (-----BEGIN CERTIFICATE-----) and keep the key in a secret`);
        }
        const blocks = decoded.blocks.flatMap(block => {
            if (block.label === 'CERTIFICATE')
                return [block];
            if (block.label === X509_LABEL) {
                // An older name for the same thing: openssl, Java and Python read it as CERTIFICATE.
                decoded.labelled = X509_LABEL;
                return [
                    { label: 'CERTIFICATE', text: block.text.replace(/X509 CERTIFICATE/g, 'CERTIFICATE') }
                ];
            }
            if (block.label !== 'TRUSTED CERTIFICATE')
                return [];
            // OpenSSL appends its trust settings after the certificate: keep the certificate alone.
            decoded.problems.push((0,pem_problems/* formatProblem */.Vw)('trusted-certificate', kind, file));
            const der = Buffer.from(block.text.split('\n').slice(1, -2).join(''), 'base64');
            return [{ label: 'CERTIFICATE', text: toPem('CERTIFICATE', der.subarray(0, derLength(der))) }];
        });
        if (blocks.length === 0) {
            throw new errors/* InputError */.dz(`${name} holds a ${labels[0]}, not a certificate: NetSuite needs the X.509 certificate (-----BEGIN CERTIFICATE-----), e.g. from \`netsuite-m2m generate\` or \`openssl req -x509\``);
        }
        if (blocks.length > 1) {
            decoded.problems.push((0,pem_problems/* formatProblem */.Vw)('several-certificates', kind, file, { count: blocks.length }));
        }
        return { ...decoded, blocks };
    }
    if (labels.includes('CERTIFICATE') || labels.includes('TRUSTED CERTIFICATE')) {
        throw new errors/* InputError */.dz(`${name} holds a certificate where a private key was expected: pass the private key PEM (labelled PRIVATE KEY) from the secret`);
    }
    const blocks = decoded.blocks.filter(block => isKeyLabel(block.label));
    if (blocks.length === 0) {
        throw new errors/* InputError */.dz(`${name} holds a ${labels[0]}, not a private key: pass the private key PEM (labelled PRIVATE KEY) that was made with the certificate`);
    }
    const [block] = blocks;
    if (block.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type: 4,ENCRYPTED/.test(block.text)) {
        decoded.problems.push((0,pem_problems/* decryptCommand */.NN)(block.label, file));
    }
    return { ...decoded, blocks: [block] };
}


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ daysUntil),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony exports addDays, formatDateTime */
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
/** `name` is what the user typed: the action's `validity-days`, the command line's `--days`. */
function validateValidityDays(days, name = 'validity-days') {
    if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a whole number from 1 to ${MAX_VALIDITY_DAYS} (NetSuite's maximum); got "${days}"`);
    }
    return days;
}


/***/ })

};
