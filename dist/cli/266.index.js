export const id = 266;
export const ids = [266];
export const modules = {

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GENERATE_HELP: () => (/* binding */ GENERATE_HELP),
  runGenerate: () => (/* binding */ runGenerate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: ./src/core/validity.ts
var validity = __webpack_require__(877);
// EXTERNAL MODULE: ./src/core/key-types.ts
var key_types = __webpack_require__(368);
// EXTERNAL MODULE: ./src/core/pem.ts + 1 modules
var pem = __webpack_require__(304);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/asn1.js
var asn1 = __webpack_require__(357);
var asn1_default = /*#__PURE__*/__webpack_require__.n(asn1);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/util.js
var util = __webpack_require__(456);
var util_default = /*#__PURE__*/__webpack_require__.n(util);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(296);
;// CONCATENATED MODULE: ./src/core/x509.ts
/**
 * A minimal X.509 v3 certificate builder. node-forge can only sign RSA
 * certificates, so forge serves here just as a DER encoder (it is already a
 * dependency) while node:crypto, i.e. OpenSSL, generates the
 * keys, exports the SubjectPublicKeyInfo and makes the signature. One path for
 * RSA and EC alike. RFC 5280 section 4.1.
 */




const U = (asn1_default()).Class.UNIVERSAL;
const T = (asn1_default()).Type;
const seq = (items) => asn1_default().create(U, T.SEQUENCE, true, items);
const set = (items) => asn1_default().create(U, T.SET, true, items);
const oid = (id) => asn1_default().create(U, T.OID, false, asn1_default().oidToDer(id).getBytes());
const octets = (bytes) => asn1_default().create(U, T.OCTETSTRING, false, bytes.toString('binary'));
const bool = (value) => asn1_default().create(U, T.BOOLEAN, false, String.fromCharCode(value ? 0xff : 0));
const explicit = (tag, inner) => asn1_default().create((asn1_default()).Class.CONTEXT_SPECIFIC, tag, true, [inner]);
const der = (node) => Buffer.from(asn1_default().toDer(node).getBytes(), 'binary');
const fromDer = (bytes) => asn1_default().fromDer(bytes.toString('binary'));
/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 on. */
function time(date) {
    return date.getUTCFullYear() < 2050
        ? asn1_default().create(U, T.UTCTIME, false, asn1_default().dateToUtcTime(date))
        : asn1_default().create(U, T.GENERALIZEDTIME, false, asn1_default().dateToGeneralizedTime(date));
}
const ATTRIBUTES = {
    CN: '2.5.4.3',
    C: '2.5.4.6',
    L: '2.5.4.7',
    ST: '2.5.4.8',
    O: '2.5.4.10',
    OU: '2.5.4.11',
    SERIALNUMBER: '2.5.4.5',
    EMAILADDRESS: '1.2.840.113549.1.9.1'
};
const SPECIAL = ',+"\\<>;=# /';
/** Splits at `separator` where it is not escaped with a backslash; escapes are kept. */
function splitUnescaped(text, separator) {
    const parts = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\' && i + 1 < text.length) {
            current += text[i] + text[++i];
        }
        else if (text[i] === separator) {
            parts.push(current);
            current = '';
        }
        else
            current += text[i];
    }
    parts.push(current);
    return parts;
}
/** RFC 4514 section 3 escapes: `\,` and the other specials, or `\XX` for a byte of UTF-8. */
function unescapeValue(raw, subject) {
    const bytes = [];
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] !== '\\') {
            bytes.push(...Buffer.from(raw[i], 'utf8'));
            continue;
        }
        const next = raw.slice(i + 1, i + 3);
        if (next === '') {
            throw new errors/* InputError */.dz(`subject "${subject}" ends with a lone \\: write \\\\ for a backslash`);
        }
        if (/^[0-9A-Fa-f]{2}$/.test(next)) {
            bytes.push(parseInt(next, 16));
            i += 2;
        }
        else if (SPECIAL.includes(next[0])) {
            bytes.push(next.charCodeAt(0));
            i += 1;
        }
        else {
            throw new errors/* InputError */.dz(`subject "${subject}": \\${next[0]} is not an RFC 4514 escape: escape only , + " \\ < > ; = # and spaces, or write a byte as \\XX`);
        }
    }
    const value = Buffer.from(bytes).toString('utf8');
    if (value.includes('\ufffd')) {
        throw new errors/* InputError */.dz(`subject "${subject}" has \\XX escapes that are not UTF-8`);
    }
    return value;
}
function parseAttribute(part, rdn, raw) {
    const eq = part.indexOf('=');
    const type = part.slice(0, eq).trim().toUpperCase();
    const value = eq <= 0 ? '' : unescapeValue(part.slice(eq + 1).trim(), raw);
    if (eq <= 0 || !ATTRIBUTES[type] || value === '') {
        throw new errors/* InputError */.dz(`subject "${raw}" is malformed at "${rdn.trim()}": write attribute=value pairs separated by commas, the most specific first, e.g. CN=NetSuite M2M acme/erp-sync,O=Acme,C=US (attributes: ${Object.keys(ATTRIBUTES).join(', ')}); escape a + in a value as \\+ and a comma as \\,`);
    }
    if (type === 'C' && !/^[A-Z]{2}$/.test(value)) {
        throw new errors/* InputError */.dz(`subject country "C=${value}" must be a two-letter code such as US`);
    }
    if (value.length > 200)
        throw new errors/* InputError */.dz(`subject ${type} is longer than 200 characters`);
    return { type, value };
}
/**
 * Parses a subject into RDNs in DER order. An RFC 4514 string
 * (`CN=NetSuite M2M acme/erp,O=Acme,C=US`) lists the most specific RDN first,
 * so its DER order is the reverse; OpenSSL's `-subj` form (`/C=US/O=Acme/CN=x`)
 * is written in DER order. Both take `+` for multi-valued RDNs and backslash
 * escapes (`\,`, `\+`, `\XX`).
 */
function parseDistinguishedName(raw) {
    const text = raw.trim();
    const slashForm = text.startsWith('/');
    const rdns = slashForm ? splitUnescaped(text.slice(1), '/') : splitUnescaped(text, ',');
    const parsed = rdns.map(rdn => splitUnescaped(rdn, '+').map(part => parseAttribute(part, rdn, raw)));
    return slashForm ? parsed : parsed.reverse();
}
const compareDer = (a, b) => Buffer.compare(der(a), der(b));
function x509_name(rdns) {
    return seq(rdns.map(rdn => 
    // A SET OF is DER-encoded in the order of its members' encodings (X.690 11.6).
    set(rdn
        .map(({ type, value }) => {
        const stringType = type === 'C' ? T.PRINTABLESTRING : type === 'EMAILADDRESS' ? T.IA5STRING : T.UTF8;
        const encoded = stringType === T.UTF8 ? util_default().encodeUtf8(value) : value;
        return seq([oid(ATTRIBUTES[type]), asn1_default().create(U, stringType, false, encoded)]);
    })
        .sort(compareDer))));
}
/** Signature AlgorithmIdentifier per key kind and hash (RFC 4055, RFC 5758). */
function signatureAlgorithm(kind, hash) {
    if (kind === 'rsa') {
        const ids = {
            sha256: '1.2.840.113549.1.1.11',
            sha384: '1.2.840.113549.1.1.12',
            sha512: '1.2.840.113549.1.1.13'
        };
        return seq([oid(ids[hash]), asn1_default().create(U, T.NULL, false, '')]);
    }
    const ids = {
        sha256: '1.2.840.10045.4.3.2',
        sha384: '1.2.840.10045.4.3.3',
        sha512: '1.2.840.10045.4.3.4'
    };
    return seq([oid(ids[hash])]);
}
function extension(id, critical, value) {
    return seq([oid(id), ...(critical ? [bool(true)] : []), octets(der(value))]);
}
/** Builds and self-signs the certificate; returns its DER. */
function buildSelfSignedCertificate(request) {
    const spkiDer = request.publicKey.export({ type: 'spki', format: 'der' });
    const spki = fromDer(spkiDer);
    // RFC 5280 4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING value.
    // forge decodes an RSA key's BIT STRING into children but keeps the raw bytes
    // (with the leading unused-bits octet) in bitStringContents.
    const bitString = spki.value[1];
    const raw = bitString.bitStringContents ?? bitString.value;
    const keyBits = Buffer.from(raw, 'binary').subarray(1);
    const keyId = (0,external_node_crypto_.createHash)('sha1').update(keyBits).digest();
    // Random positive 128-bit serial (RFC 5280 4.1.2.2: positive, at most 20 octets).
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] = (serial[0] & 0x7f) | 0x01;
    const algorithm = signatureAlgorithm(request.kind, request.hash);
    const tbs = seq([
        explicit(0, asn1_default().create(U, T.INTEGER, false, String.fromCharCode(2))),
        asn1_default().create(U, T.INTEGER, false, serial.toString('binary')),
        algorithm,
        x509_name(request.subject),
        seq([time(request.notBefore), time(request.notAfter)]),
        x509_name(request.subject),
        spki,
        explicit(3, seq([
            extension('2.5.29.19', true, seq([])), // basicConstraints: CA:FALSE
            // keyUsage: digitalSignature only (bit 0 -> 0x80, 7 unused bits)
            extension('2.5.29.15', true, asn1_default().create(U, T.BITSTRING, false, '\x07\x80')),
            extension('2.5.29.14', false, octets(keyId)) // subjectKeyIdentifier
        ]))
    ]);
    const tbsDer = der(tbs);
    const signature = (0,external_node_crypto_.sign)(request.hash, tbsDer, request.privateKey);
    const certificate = seq([
        tbs,
        signatureAlgorithm(request.kind, request.hash),
        asn1_default().create(U, T.BITSTRING, false, '\x00' + signature.toString('binary'))
    ]);
    return der(certificate);
}

// EXTERNAL MODULE: ./src/core/time.ts
var core_time = __webpack_require__(334);
;// CONCATENATED MODULE: ./src/core/generate.ts








const generateKeyPairAsync = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/** notBefore sits a minute in the past so a slightly slow clock elsewhere accepts it at once. */
const CLOCK_SKEW_MS = 60_000;
/** Keys come from OpenSSL through node:crypto (no JavaScript prime search). */
async function generateKey(keyType) {
    const spec = key_types/* KEY_SPECS */.ZD[keyType];
    return spec.kind === 'rsa'
        ? generateKeyPairAsync('rsa', { modulusLength: spec.bits, publicExponent: 0x10001 })
        : generateKeyPairAsync('ec', { namedCurve: spec.curve });
}
async function generateCredentials(options) {
    const validityDays = (0,validity/* validateValidityDays */.m)(options.validityDays);
    const subject = parseDistinguishedName(options.subject);
    const spec = key_types/* KEY_SPECS */.ZD[options.keyType];
    const { privateKey, publicKey } = await generateKey(options.keyType);
    const now = options.now ?? new Date();
    const notBefore = new Date(Math.floor((now.getTime() - CLOCK_SKEW_MS) / 1000) * 1000);
    const notAfter = new Date(notBefore.getTime() + validityDays * core_time/* DAY_MS */.sO);
    const certificateDer = buildSelfSignedCertificate({
        publicKey,
        privateKey,
        kind: spec.kind,
        hash: spec.hash,
        subject,
        notBefore,
        notAfter
    });
    const certificatePem = (0,pem/* toPem */.s)('CERTIFICATE', certificateDer);
    return {
        keyType: options.keyType,
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
        certificatePem,
        fingerprint: new external_node_crypto_.X509Certificate(certificateDer).fingerprint256,
        notBefore,
        notAfter
    };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(593);
// EXTERNAL MODULE: ./src/core/pem-problems.ts
var pem_problems = __webpack_require__(158);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
;// CONCATENATED MODULE: ./src/cli/git-ignore.ts
/**
 * Whether git would pick up a file: inside a work tree and not ignored. Asked
 * of git itself (`git check-ignore`), so every .gitignore, info/exclude and
 * global excludes file counts. Without git there is nothing to warn about.
 */


/** The work tree's top folder when `path` lies in one and git does not ignore it; else undefined. */
function unignoredInWorkTree(path) {
    const git = (...args) => (0,external_node_child_process_.execFileSync)('git', ['-C', (0,external_node_path_.dirname)(path), ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
    let top;
    try {
        top = git('rev-parse', '--show-toplevel');
    }
    catch {
        return undefined; // no git, or not in a work tree
    }
    try {
        git('check-ignore', '--quiet', '--', (0,external_node_path_.basename)(path));
        return undefined; // exit 0: ignored
    }
    catch (error) {
        // Exit 1: not ignored. Anything else (a broken repository) is no reason to warn.
        return error.status === 1 ? top : undefined;
    }
}

;// CONCATENATED MODULE: ./src/cli/generate.ts
/**
 * `netsuite-m2m generate`: the manual `openssl req -x509 -newkey rsa:4096 ...`
 * step, with NetSuite's rules built in. The private key file is created with
 * mode 0600 and O_EXCL, so it is never readable by others, not even briefly,
 * and never replaces a file (or follows a symlink) someone put there.
 */








const GENERATE_HELP = `Usage: netsuite-m2m generate [flags]

Creates a private key and a self-signed X.509 certificate NetSuite accepts for
OAuth 2.0 client credentials (M2M), and writes them to DIR:
  DIR/certificate.pem   upload this to NetSuite (public)
  DIR/private-key.pem   PKCS#8, mode 0600; keep it secret, never upload it

Flags:
  --key-type TYPE   ${key_types/* KEY_TYPES */.WJ.join(', ')} (default ${key_types/* DEFAULT_KEY_TYPE */.Bp})
  --days N          validity in days, 1..${validity/* MAX_VALIDITY_DAYS */.K} (default ${validity/* MAX_VALIDITY_DAYS */.K}, NetSuite's maximum)
  --subject DN      certificate subject (default "CN=NetSuite M2M"), RFC 4514: most specific
                    first, as openssl -nameopt RFC2253 and keytool show it, e.g.
                    "CN=NetSuite M2M acme/erp,O=Acme,C=US"; \\, and \\+ escape, + joins an RDN
  --out DIR         where to write (default: the current directory); created if missing
  --force           replace existing certificate.pem / private-key.pem
  -h, --help        show this help
`;
async function runGenerate(args, io) {
    const flags = (0,cli_args/* parseFlags */.bQ)('generate', args, {
        'key-type': { type: 'string', default: key_types/* DEFAULT_KEY_TYPE */.Bp },
        days: { type: 'string', default: String(validity/* MAX_VALIDITY_DAYS */.K) },
        subject: { type: 'string', default: 'CN=NetSuite M2M' },
        out: { type: 'string', default: '.' },
        force: { type: 'boolean', default: false }
    });
    if (flags.help) {
        io.out(GENERATE_HELP);
        return 0;
    }
    const keyType = (0,key_types/* parseKeyType */.ZX)((0,cli_args/* optionalString */.sx)(flags, 'key-type') ?? key_types/* DEFAULT_KEY_TYPE */.Bp, '--key-type');
    const validityDays = (0,validity/* validateValidityDays */.m)((0,cli_args/* parseWholeNumber */.oA)('days', (0,cli_args/* optionalString */.sx)(flags, 'days') ?? ''), '--days');
    const subject = (0,cli_args/* optionalString */.sx)(flags, 'subject') ?? '';
    const dir = (0,external_node_path_.resolve)((0,cli_args/* optionalString */.sx)(flags, 'out') ?? '.');
    const force = flags.force === true;
    const certificatePath = (0,external_node_path_.join)(dir, 'certificate.pem');
    const keyPath = (0,external_node_path_.join)(dir, 'private-key.pem');
    // Look before generating (RSA 4096 takes a while) and before writing anything.
    const existing = [certificatePath, keyPath].filter(path => (0,external_node_fs_.existsSync)(path));
    if (existing.length > 0 && !force) {
        throw new cli_args/* CliFailure */.Xb(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written. Use --force to replace, or --out another directory`);
    }
    // Flags are validated by the core (InputError, exit 2) before any file is touched.
    const credentials = await generateCredentials({ keyType, validityDays, subject });
    writeFiles(dir, { keyPath, certificatePath }, credentials, force);
    warnIfGitWouldCommit(keyPath, io);
    io.out(generatedReport({ keyPath, certificatePath }, keyType, credentials).join('\n'));
    return 0;
}
/** The key first, created 0600 with O_EXCL, then the certificate; never a key without it. */
function writeFiles(dir, paths, credentials, force) {
    const { keyPath, certificatePath } = paths;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    if (force) {
        // A replaced key must not inherit the old file's mode: remove it, then create it afresh.
        (0,external_node_fs_.rmSync)(keyPath, { force: true });
        (0,external_node_fs_.rmSync)(certificatePath, { force: true });
    }
    (0,external_node_fs_.writeFileSync)(keyPath, credentials.privateKeyPem, { mode: 0o600, flag: 'wx' });
    try {
        (0,external_node_fs_.writeFileSync)(certificatePath, credentials.certificatePem, { mode: 0o644, flag: 'wx' });
    }
    catch (error) {
        // Never leave a key without its certificate (e.g. a file appeared meanwhile).
        (0,external_node_fs_.rmSync)(keyPath, { force: true });
        throw error;
    }
}
/** What was written, what it holds, and what to do with it in NetSuite. */
function generatedReport(paths, keyType, credentials) {
    const { keyPath, certificatePath } = paths;
    const days = Math.round((credentials.notAfter.getTime() - credentials.notBefore.getTime()) / core_time/* DAY_MS */.sO);
    return [
        `Wrote ${certificatePath}`,
        `Wrote ${keyPath} (mode 0600; keep it secret)`,
        '',
        `key type     ${keyType}`,
        `fingerprint  ${credentials.fingerprint}`,
        `not before   ${(0,cli_args/* isoDay */.kh)(credentials.notBefore)}`,
        `not after    ${(0,cli_args/* isoDay */.kh)(credentials.notAfter)} (${days} days)`,
        '',
        'Next steps:',
        '  1. In NetSuite, go to Setup > Integration > Manage Authentication >',
        '     OAuth 2.0 Client Credentials (M2M) Setup > Create New.',
        `  2. Pick the entity, role and integration record, and upload ${certificatePath}.`,
        '  3. Copy the certificate ID NetSuite shows; with it, the client ID and the key:',
        `     netsuite-m2m token --account-id <ID> --client-id <client ID> --certificate-id <certificate ID> --private-key ${keyPath}`
    ];
}
/** A key written into a repository that does not ignore it is one `git add .` from being committed. */
function warnIfGitWouldCommit(keyPath, io) {
    const workTree = unignoredInWorkTree(keyPath);
    if (workTree === undefined)
        return;
    io.err([
        `warning: ${keyPath} is in the git work tree ${workTree}, and git does not ignore it: a \`git add .\` would commit the private key.`,
        `Have git ignore it, or --out a folder outside the repository; fix: printf 'private-key.pem\\n' >> ${(0,pem_problems/* shellWord */.r7)((0,external_node_path_.join)((0,external_node_path_.dirname)(keyPath), '.gitignore'))}`
    ].join('\n'));
}


/***/ })

};
