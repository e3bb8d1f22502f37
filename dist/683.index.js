export const id = 683;
export const ids = [683];
export const modules = {

/***/ 4229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ PENDING_FIELDS),
/* harmony export */   iO: () => (/* binding */ announceRotation),
/* harmony export */   lN: () => (/* binding */ dropPending),
/* harmony export */   uV: () => (/* binding */ pendingRotation)
/* harmony export */ });
/* unused harmony exports ADOPTED_REASON, newRotation */
/* harmony import */ var _core_inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3795);
/* harmony import */ var _rotation_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7449);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4096);



const PENDING_FIELDS = [..._rotation_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .ISSUE_FIELDS */ .ov, 'certificate', 'pendingPrivateKey'];
const ADOPTED_REASON = 'A pending certificate was found stored without a rotation record (left by an interrupted run or an earlier release of this action); it is announced here so it can be uploaded and promoted.';
function newRotation(ctx, fields) {
    return {
        fingerprint: fields.fingerprint,
        reason: fields.reason,
        reregister: fields.reregister ?? false,
        emergency: fields.emergency ?? false,
        remindersSent: [],
        startedAt: ctx.now().toISOString()
    };
}
/** Records a new rotation of this certificate and shows it on its issue (opened, or the recorded one updated). */
async function announceRotation(ctx, github, store, fields) {
    const { certificate, deadline, ...rest } = fields;
    const rotation = newRotation(ctx, { fingerprint: certificate.fingerprint, ...rest });
    return (0,_rotation_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .showRotation */ .Eq)(ctx, github, store, { rotation, certificate, deadline });
}
/**
 * Drops the pending rotation: its issue (the one the record names) is closed
 * with the note, the pending secret and variable are deleted, the record
 * forgets it.
 */
async function dropPending(ctx, github, store, note) {
    const n = ctx.inputs.names;
    const recorded = store.record.rotation;
    if (recorded?.issue !== undefined) {
        await (0,_rotation_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .closeRotationIssue */ .au)(github, recorded.issue, note, 'not_planned');
    }
    await store.deleteSecret(n.keyPending);
    await store.deleteVariable(n.certificatePending);
    await store.save(record => ({ ...record, rotation: undefined }));
}
/**
 * `reason` is what this run would say starting a rotation: a pair left by an
 * interrupted run of the same command (no record at all) is announced with it.
 */
async function pendingRotation(ctx, github, store, reason) {
    const { inputs } = ctx;
    const n = inputs.names;
    const recorded = store.record.rotation;
    const certificate = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFromVariable */ .kj)(store.variables.get(n.certificatePending), n.certificatePending);
    const key = inputs.pendingPrivateKey;
    if (certificate && key && !(0,_core_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .keyMatchesCertificate */ .Yh)(key.keyObject, certificate)) {
        // Two overlapping runs can leave the key of one next to the certificate of the other: such a
        // pair can never be promoted, so it is replaced by a fresh rotation.
        ctx.log.warning('The pending key and the pending certificate come from two overlapping rotations; starting afresh.');
        if (recorded?.issue !== undefined) {
            await (0,_rotation_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .closeRotationIssue */ .au)(github, recorded.issue, 'Two rotations overlapped, so the stored pending key does not belong to the certificate above; it can never be promoted. This issue is closed and a fresh rotation replaces it. Give the workflows a shared `concurrency` group to prevent this.', 'not_planned');
        }
        await store.save(record => ({ ...record, rotation: undefined }));
        return { kind: 'none', overlapped: true };
    }
    if (!certificate) {
        if (recorded) {
            if (recorded.issue !== undefined) {
                await (0,_rotation_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .closeRotationIssue */ .au)(github, recorded.issue, `The pending certificate is no longer stored (the variable \`${n.certificatePending}\` is empty), so this rotation cannot be finished. The next rotation starts on a new issue.`, 'not_planned');
            }
            await store.save(record => ({ ...record, rotation: undefined }));
        }
        return { kind: 'none', overlapped: false };
    }
    if (recorded?.fingerprint === certificate.fingerprint) {
        return { kind: 'pending', rotation: recorded, certificate, adopted: false };
    }
    const reregister = inputs.certificate?.fingerprint === certificate.fingerprint;
    const rotation = {
        ...newRotation(ctx, {
            fingerprint: certificate.fingerprint,
            reason: recorded || reregister ? ADOPTED_REASON : reason,
            reregister
        }),
        ...(recorded?.issue !== undefined ? { issue: recorded.issue, openedBy: recorded.openedBy } : {})
    };
    ctx.log.info(`Adopting the stored pending certificate ${certificate.fingerprint} into the rotation record.`);
    return { kind: 'pending', rotation, certificate, adopted: true };
}


/***/ }),

/***/ 2683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROTATION_FIELDS: () => (/* binding */ ROTATION_FIELDS),
  "default": () => (/* binding */ rotate),
  resumesAutomatically: () => (/* binding */ resumesAutomatically),
  rotationPending: () => (/* binding */ rotationPending),
  startRotation: () => (/* binding */ startRotation)
});

// EXTERNAL MODULE: ./src/action/command.ts
var command = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/commands/emergency.ts
var emergency = __webpack_require__(4643);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/rotation/issue-text.ts
var issue_text = __webpack_require__(5305);
// EXTERNAL MODULE: ./src/commands/promote.ts + 2 modules
var promote = __webpack_require__(3314);
// EXTERNAL MODULE: ./src/commands/credentials.ts
var credentials = __webpack_require__(4096);
// EXTERNAL MODULE: ./src/commands/results.ts
var results = __webpack_require__(5396);
// EXTERNAL MODULE: ./src/commands/zero-touch.ts
var zero_touch = __webpack_require__(8332);
// EXTERNAL MODULE: ./src/commands/retirement.ts
var retirement = __webpack_require__(6471);
;// CONCATENATED MODULE: ./src/commands/zero-touch-promote.ts
/**
 * The end of a zero-touch rotation: prove the uploaded certificate, promote it
 * exactly as promote does, and leave a closed issue as the record.
 */








const PROMOTE_UPLOADED_FIELDS = [
    ...emergency/* EMERGENCY_FIELDS */.m,
    'privateKey',
    'certificate',
    'certificateId',
    'issueLabel',
    'revokePreviousAfterDays'
];
async function promoteUploaded(ctx, github, store, rotation) {
    const { inputs } = ctx;
    const n = inputs.names;
    const variables = store.variables;
    const { pending, certificateId, emergency } = rotation;
    const token = await (0,zero_touch/* proveUploaded */.x0)(ctx, pending.key, certificateId);
    ctx.log.info(`NetSuite accepted the uploaded certificate ${certificateId}.`);
    const current = (0,credentials/* certificateFromVariable */.kj)(variables.get(n.certificate), n.certificate) ?? inputs.certificate;
    const currentId = inputs.certificateId ?? variables.get(n.certificateId);
    // What the promotion replaced, read before the writes below move it (a rerun finds it in
    // _PREVIOUS; in an emergency it is gone, and the ledger's note names it).
    const replaced = (0,promote.replacedStage)(store, n, {
        pendingCertificate: pending.certificate,
        certificateId,
        current,
        currentId
    });
    await (0,promote.writePromotion)(ctx, store, {
        pendingKey: pending.key,
        pendingCertificate: pending.certificate,
        certificateId,
        current,
        currentId,
        emergency
    });
    // Certificates that left service are revoked now, with the new credentials.
    const settled = await (0,retirement/* settleRetirements */.Sr)(ctx, store, { key: pending.key, certificateId }, [
        certificateId
    ]);
    const now = ctx.now();
    const revokeOn = inputs.revokePreviousAfterDays > 0 && !emergency
        ? (0,time/* formatDate */.Yq)((0,time/* addDays */.fi)(now, inputs.revokePreviousAfterDays))
        : undefined;
    const record = [
        `The NetSuite M2M certificate of account \`${inputs.accountId}\`${(0,issue_text/* where */._M)(inputs)} was rotated automatically through NetSuite's certificate endpoint; no one needs to do anything.`,
        '',
        '| | certificate ID | fingerprint (SHA-256) | valid until |',
        '|---|---|---|---|',
        `| new (current) | \`${certificateId}\` | \`${pending.certificate.fingerprint}\` | ${pending.certificate.notAfter.toISOString()} |`,
        replaced.certificate && !emergency
            ? `| old (previous) | \`${replaced.id ?? ''}\` | \`${replaced.certificate.fingerprint}\` | ${replaced.certificate.notAfter.toISOString()} |`
            : '',
        '',
        emergency
            ? `This was an emergency rotation: the old certificate${replaced.id ? ` \`${replaced.id}\`` : ''} is not kept for rollback.`
            : revokeOn && replaced.certificate
                ? `The old certificate stays usable for rollback until ${revokeOn}, when a scheduled check revokes it in NetSuite (revoke-previous-after-days: ${inputs.revokePreviousAfterDays}).`
                : 'The old certificate is not revoked automatically (revoke-previous-after-days: 0).',
        settled.note
    ]
        .filter(line => line !== '')
        .join('\n');
    // The record carries the label but no rotation marker: it is never mistaken for a pending rotation.
    const issue = await github.createIssue({
        title: `NetSuite ${inputs.accountId}${inputs.environment ? ` (${inputs.environment})` : ''}: M2M certificate rotated automatically`,
        body: record,
        labels: [inputs.issueLabel],
        assignees: []
    });
    if (issue)
        await github.updateIssue(issue.number, { state: 'closed', state_reason: 'completed' });
    return (0,results/* promotedResult */.m0)(now, {
        key: pending.key,
        certificate: pending.certificate,
        certificateId,
        accessToken: token.accessToken,
        state: 'rotated automatically, verified',
        previous: emergency
            ? undefined
            : {
                certificate: replaced.certificate,
                id: replaced.id,
                state: revokeOn ? `revoked after ${revokeOn}` : 'kept'
            },
        issue,
        nextStep: 'Nothing to do: the rotation finished without a person.',
        writes: github.writes
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/validity.ts
var validity = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/core/key-types.ts
var key_types = __webpack_require__(4368);
// EXTERNAL MODULE: ./src/core/pem.ts + 1 modules
var pem = __webpack_require__(2304);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/asn1.js
var asn1 = __webpack_require__(7357);
var asn1_default = /*#__PURE__*/__webpack_require__.n(asn1);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/util.js
var util = __webpack_require__(7456);
var util_default = /*#__PURE__*/__webpack_require__.n(util);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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
function x509_time(date) {
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
        seq([x509_time(request.notBefore), x509_time(request.notAfter)]),
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
    const notAfter = new Date(notBefore.getTime() + validityDays * time/* DAY_MS */.sO);
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

// EXTERNAL MODULE: ./src/core/inspect.ts + 1 modules
var inspect = __webpack_require__(3795);
// EXTERNAL MODULE: ./src/rotation/issue.ts
var rotation_issue = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/rotation/record.ts
var rotation_record = __webpack_require__(9701);
// EXTERNAL MODULE: ./src/rotation/record-store.ts
var record_store = __webpack_require__(6325);
// EXTERNAL MODULE: ./src/commands/pending.ts
var commands_pending = __webpack_require__(4229);
;// CONCATENATED MODULE: ./src/commands/rotate.ts
/**
 * rotate: generate a key pair and certificate, store the key as the pending
 * secret, the certificate as the pending variable, then open the issue and
 * write the record, in that order, so an issue never announces a certificate
 * whose key was not stored. A rotation that is pending is never regenerated;
 * `restart: true` is the only way to drop it.
 */
















/** What starting or showing a rotation reads, an automatic upload and promotion included. */
const ROTATION_FIELDS = [
    ...commands_pending/* PENDING_FIELDS */.Gi,
    ...zero_touch/* ZERO_TOUCH_FIELDS */.D9,
    ...PROMOTE_UPLOADED_FIELDS,
    'keyType',
    'validityDays',
    'subject'
];
/* harmony default export */ const rotate = ((0,command/* defineCommand */.NB)({
    needs: [],
    uses: [...ROTATION_FIELDS, 'restart', 'emergency'],
    writesSecrets: true,
    check: zero_touch/* checkUploadNeeds */.NF,
    run: async (ctx) => {
        const { inputs } = ctx;
        const github = await ctx.github();
        // Read before any write: a token that cannot read the record or its issue fails here.
        const store = await record_store/* RecordStore */.p.open(github, inputs.names.state);
        // GitHub's "Re-run jobs" replays a restart with today's stages: once its new rotation was
        // started, the rerun restarts nothing (it would throw away what an admin has uploaded since).
        const rerunOfRestart = inputs.restart && ctx.run.runId !== '' && store.record.restartRuns.includes(ctx.run.runId);
        if (inputs.restart && !rerunOfRestart)
            await abandonPending(ctx, github, store);
        const reason = inputs.certificate
            ? `A rotation was requested${inputs.emergency ? ' because the current key may be compromised' : ''}. The current certificate (${inputs.certificate.fingerprint.slice(0, 23)}…) expires on ${(0,time/* formatDate */.Yq)(inputs.certificate.notAfter)}.`
            : 'A rotation was requested and there is no current certificate yet.';
        const pending = await (0,commands_pending/* pendingRotation */.uV)(ctx, github, store, reason);
        const deadline = inputs.certificate?.notAfter;
        if (pending.kind === 'pending' && !resumesAutomatically(ctx, pending)) {
            const shown = inputs.emergency ? escalated(ctx, pending, reason) : pending;
            return rotationPending(ctx, github, store, shown, deadline);
        }
        if (rerunOfRestart)
            return restartAlreadyDone(ctx, github);
        // Nothing written yet: a github-token that cannot reach issues fails here, not after the key is stored.
        await github.checkIssueAccess();
        const started = await startRotation(ctx, github, store, {
            reason,
            deadline,
            emergency: inputs.emergency
        });
        if (inputs.restart && ctx.run.runId !== '') {
            await store.save(record => ({
                ...record,
                restartRuns: (0,rotation_record/* withRestartRun */.XL)(record.restartRuns, ctx.run.runId)
            }));
        }
        return started;
    }
}));
/**
 * `emergency: true` while a rotation waits for the admin: the emergency is never dropped. The
 * pending rotation becomes one (its issue says so; its promotion keeps no _PREVIOUS and revokes
 * the current and previous certificates). Whether the pending key itself was exposed only the
 * person knows: then they pass `restart: true` as well.
 */
function escalated(ctx, pending, reason) {
    if (pending.rotation.emergency)
        return pending;
    ctx.log.warning('A rotation was already pending, so it becomes the emergency rotation: once its certificate is uploaded and promoted, no _PREVIOUS is kept and the current and previous certificates are revoked. If the pending key may have been exposed too, run rotate again with restart: true and emergency: true.');
    return { ...pending, rotation: { ...pending.rotation, emergency: true, reason } };
}
function restartAlreadyDone(ctx, github) {
    ctx.log.notice(`This run (${ctx.run.runId}) already restarted the rotation, and that rotation has been finished since; a rerun restarts nothing. Start a new run to restart again.`);
    return {
        status: 'ok',
        outputs: {},
        stages: [],
        nextStep: 'Nothing was changed: this run already restarted the rotation once.',
        writes: github.writes
    };
}
/**
 * A pending pair an automatic rotation stored before it failed (no issue yet,
 * key at hand): the rerun finishes it through the API, reusing the pair and
 * any upload the record holds, instead of asking a person.
 */
function resumesAutomatically(ctx, pending) {
    const { inputs } = ctx;
    const key = inputs.pendingPrivateKey;
    return (pending.kind === 'pending' &&
        pending.adopted &&
        pending.rotation.issue === undefined &&
        !pending.rotation.reregister &&
        (0,zero_touch/* apiUpload */.yX)(inputs) !== undefined &&
        (0,zero_touch/* currentCredentials */.eW)(inputs) !== undefined &&
        key !== undefined &&
        (0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, pending.certificate));
}
/** `restart: true`: the pending pair is deleted and its issue closed with a note. */
async function abandonPending(ctx, github, store) {
    const n = ctx.inputs.names;
    const recorded = store.record.rotation;
    if (!recorded && !store.variables.has(n.certificatePending))
        return;
    ctx.log.info('restart: abandoning the pending rotation.');
    // Uploaded through the API already (even by a run that failed before it opened an issue):
    // its certificate is active in NetSuite and its key is about to be deleted, so it goes to the
    // ledger and is revoked.
    const pem = store.variables.get(n.certificatePending);
    const fingerprint = (0,credentials/* certificateFromVariable */.kj)(pem, n.certificatePending)?.fingerprint ?? recorded?.fingerprint;
    const uploadedId = fingerprint ? store.record.uploads[fingerprint] : undefined;
    const replied = (recorded?.repliedIds ?? []).filter(id => id !== uploadedId);
    await (0,retirement/* recordLeaving */.yU)(ctx, store, [
        {
            certificateId: uploadedId,
            what: 'the abandoned pending certificate',
            reason: '`restart: true` deleted its key'
        }
    ]);
    await (0,commands_pending/* dropPending */.lN)(ctx, github, store, `This rotation was abandoned: the rotate command ran with \`restart: true\`, so the pending key and certificate were deleted. A new rotation replaces it on a new issue; do not upload the certificate above. ${abandonedUploadNote(uploadedId, replied)}`.trim());
    await (0,retirement/* settleRetirements */.Sr)(ctx, store, (0,zero_touch/* currentCredentials */.eW)(ctx.inputs), [ctx.inputs.certificateId]);
}
/** Who revokes an abandoned rotation's certificate that may be in NetSuite: the action for one
 * it uploaded; a person for one an admin uploaded (named when a reply gave its ID). */
function abandonedUploadNote(uploadedId, replied) {
    if (uploadedId)
        return '';
    const named = replied.map(id => `\`${id}\``).join(', ');
    return replied.length > 0
        ? `An admin replied with certificate ID ${named}: revoke it in NetSuite (${retirement/* WHERE_TO_REVOKE */.dF}) if it is this rotation's certificate, since its key is gone and nothing can use it.`
        : `If an admin already uploaded it to NetSuite, revoke that certificate there (${retirement/* WHERE_TO_REVOKE */.dF}): its key is gone, so nothing can use it.`;
}
async function startRotation(ctx, github, store, why) {
    const { inputs } = ctx;
    const via = why.via === 'none' ? undefined : (why.via ?? (0,zero_touch/* currentCredentials */.eW)(inputs));
    const api = via && (0,zero_touch/* apiUpload */.yX)(inputs);
    const pending = (api && reusablePending(ctx, store)) || (await generateAndStore(ctx, store));
    let note;
    if (api && via) {
        const outcome = await (0,zero_touch/* uploadPending */.PI)(ctx, store, pending, { via, api });
        if (outcome.kind !== 'fallback') {
            if (outcome.kind === 'would-upload' || inputs.dryRun) {
                return dryRunApiResult(ctx, github, pending.certificate);
            }
            return promoteUploaded(ctx, github, store, {
                pending,
                certificateId: outcome.certificateId,
                emergency: why.emergency ?? false
            });
        }
        note = outcome.note;
    }
    const { certificate } = pending;
    const reason = note
        ? `${why.reason}\n\n> [!NOTE]\n> This rotation could not be done automatically: ${note}`
        : why.reason;
    const issue = await (0,commands_pending/* announceRotation */.iO)(ctx, github, store, {
        certificate,
        reason,
        deadline: why.deadline,
        emergency: why.emergency
    });
    return {
        status: 'rotation-started',
        outputs: {
            ...(0,results/* certificateOutputs */.E4)(certificate, ctx.now()),
            ...(0,results/* issueOutputs */.gK)(issue)
        },
        stages: [(0,results/* stageRow */.ru)('pending', certificate, undefined, 'waiting for upload')],
        nextStep: issue
            ? `An admin uploads the certificate in NetSuite and replies \`/certificate-id <ID>\` on issue #${issue.number}.`
            : 'dry-run: nothing was written; run without dry-run to start the rotation.',
        writes: github.writes
    };
}
/** Generates the key pair and stores it: the pending secret first, then the pending variable. */
async function generateAndStore(ctx, store) {
    const { inputs } = ctx;
    const n = inputs.names;
    const generated = await generateCredentials({
        keyType: inputs.keyType,
        validityDays: inputs.validityDays,
        subject: inputs.subject,
        now: ctx.now()
    });
    ctx.log.setSecret(generated.privateKeyPem);
    const certificate = (0,inspect/* parseCertificate */.hB)(generated.certificatePem, 'generated certificate');
    ctx.log.info(`Generated ${certificate.key.label} certificate ${certificate.fingerprint}, valid until ${certificate.notAfter.toISOString()}`);
    await store.putSecret(n.keyPending, generated.privateKeyPem);
    await store.setVariable(n.certificatePending, generated.certificatePem);
    return { key: (0,inspect/* parsePrivateKey */.QW)(generated.privateKeyPem, 'generated key'), certificate };
}
/**
 * A rerun of an automatic rotation that failed after storing its pending key:
 * reuse it (it may already be uploaded) instead of generating another.
 */
function reusablePending(ctx, store) {
    const key = ctx.inputs.pendingPrivateKey;
    const n = ctx.inputs.names;
    const certificate = (0,credentials/* certificateFromVariable */.kj)(store.variables.get(n.certificatePending), n.certificatePending);
    if (!key || !certificate || !(0,inspect/* keyMatchesCertificate */.Yh)(key.keyObject, certificate))
        return undefined;
    if (certificate.notAfter.getTime() <= ctx.now().getTime())
        return undefined;
    ctx.log.info(`Reusing the pending certificate ${certificate.fingerprint} stored by an earlier run.`);
    return { key, certificate };
}
function dryRunApiResult(ctx, github, certificate) {
    return {
        status: 'rotation-started',
        outputs: (0,results/* certificateOutputs */.E4)(certificate, ctx.now()),
        stages: [(0,results/* stageRow */.ru)('pending', certificate, undefined, 'would be uploaded and promoted')],
        nextStep: 'dry-run: run without dry-run to upload, prove and promote the new certificate automatically.',
        writes: [
            ...github.writes,
            'prove it with a token exchange',
            'promote it (previous, current, delete pending)'
        ]
    };
}
/** A rotation is already pending: keep its issue open and current, generate nothing. */
async function rotationPending(ctx, github, store, pending, deadline) {
    const { certificate, rotation } = pending;
    const issue = await (0,rotation_issue/* showRotation */.Eq)(ctx, github, store, { rotation, certificate, deadline });
    const on = issue ? `issue #${issue.number}` : 'the rotation issue';
    // A pending pair announced for the first time (a rerun after the issue could not be opened).
    const announced = issue !== undefined && issue.number !== rotation.issue;
    ctx.log.info(`A rotation is already pending on ${on}${(0,issue_text/* where */._M)(ctx.inputs)}; nothing new is generated.`);
    return {
        status: announced ? 'rotation-started' : 'rotation-pending',
        outputs: {
            ...(0,results/* certificateOutputs */.E4)(certificate, ctx.now()),
            ...(0,results/* issueOutputs */.gK)(issue)
        },
        stages: [(0,results/* stageRow */.ru)('pending', certificate, undefined, 'waiting for upload')],
        nextStep: `An admin uploads the certificate from ${on} in NetSuite and replies \`/certificate-id <ID>\` there.`,
        writes: github.writes
    };
}


/***/ }),

/***/ 7449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ showRotation),
/* harmony export */   au: () => (/* binding */ closeRotationIssue),
/* harmony export */   ov: () => (/* binding */ ISSUE_FIELDS)
/* harmony export */ });
/* unused harmony export REOPENED_NOTE */
/* harmony import */ var _issue_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5305);

const ISSUE_FIELDS = ['issueLabel', 'issueAssignees'];
const REOPENED_NOTE = 'Reopened by the rotation workflow: the pending certificate above is still stored and waiting, and closing this issue does not cancel the rotation. Upload it and reply `/certificate-id <ID>`, or run the rotate command with `restart: true` to abandon it and start another.';
/**
 * Makes the issue the record names show this rotation: updates it, reopens it
 * when closed, or opens one when there is none (or GitHub no longer has it).
 * Saves the record with the issue. Returns the issue (undefined in dry-run).
 */
async function showRotation(ctx, github, store, show) {
    const { inputs } = ctx;
    const { rotation, certificate } = show;
    const view = {
        certificate: { ...certificate, keyLabel: certificate.key.label },
        deadline: show.deadline,
        reason: rotation.reason,
        reregister: rotation.reregister,
        emergency: rotation.emergency
    };
    const title = (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .issueTitle */ .al)(inputs, view);
    const body = (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .issueBody */ .y6)(inputs, view);
    let issue = rotation.issue === undefined ? undefined : await github.findIssue(rotation.issue);
    if (issue && issue.state !== 'open') {
        await github.updateIssue(issue.number, { state: 'open', title, body });
        await github.comment(issue.number, REOPENED_NOTE);
        issue = { ...issue, state: 'open', title, body };
    }
    else if (issue && (issue.body !== body || issue.title !== title)) {
        await github.updateIssue(issue.number, { title, body });
        issue = { ...issue, title, body };
    }
    let created;
    if (!issue) {
        issue = created = await github.createIssue({
            title,
            body,
            labels: [inputs.issueLabel],
            assignees: inputs.issueAssignees
        });
    }
    const recorded = issue ? { issue: issue.number, openedBy: issue.author || rotation.openedBy } : {};
    try {
        await store.save(record => ({ ...record, rotation: { ...rotation, ...recorded } }));
    }
    catch (error) {
        // An issue the record does not name would stay open beside the one the rerun opens,
        // showing a certificate that may later leave service: close it while we still can.
        if (created)
            await closeUnrecorded(github, created.number);
        throw error;
    }
    return issue;
}
async function closeUnrecorded(github, number) {
    try {
        await closeRotationIssue(github, number, 'The rotation record could not be written after this issue was opened, so the run stopped and this issue was closed. A rerun opens the rotation issue again; follow that one.', 'not_planned');
    }
    catch {
        // GitHub is failing: the rerun's issue is the one the record will name.
    }
}
/** Comments and closes the issue the record named (never any other). */
async function closeRotationIssue(github, number, message, reason) {
    const issue = await github.findIssue(number);
    if (!issue || issue.state !== 'open')
        return;
    await github.comment(number, message);
    await github.updateIssue(number, { state: 'closed', state_reason: reason });
}


/***/ })

};
