// Test keys and certificates made with openssl, and JWTs signed by hand with
// node:crypto, so the emulator's tests depend on neither jose nor src/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type TestKeyType =
  'rsa-2048' | 'rsa-3072' | 'rsa-4096' | 'ec-p256' | 'ec-p384' | 'ec-p521' | 'ec-secp256k1'

export interface TestCredentials {
  certPem: string
  keyPem: string
}

const NEWKEY: Record<TestKeyType, string[]> = {
  'rsa-2048': ['-newkey', 'rsa:2048'],
  'rsa-3072': ['-newkey', 'rsa:3072'],
  'rsa-4096': ['-newkey', 'rsa:4096'],
  'ec-p256': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  'ec-p384': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  'ec-p521': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  'ec-secp256k1': ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp256k1']
}

/** A self-signed certificate and its PKCS#8 key, valid from now for `days`. */
export function makeCredentials(keyType: TestKeyType, days = 730): TestCredentials {
  const dir = mkdtempSync(join(tmpdir(), 'ns-emu-'))
  try {
    const keyFile = join(dir, 'k.pem')
    const certFile = join(dir, 'c.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        ...NEWKEY[keyType],
        '-sha256',
        '-nodes',
        '-days',
        String(days),
        '-subj',
        '/CN=test',
        '-keyout',
        keyFile,
        '-out',
        certFile
      ],
      { stdio: 'pipe' }
    )
    return { certPem: readFileSync(certFile, 'utf8'), keyPem: readFileSync(keyFile, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// The hand signer and the token exchange live with the sandbox's consumer (one signer for
// the emulator's tests and for the scenarios' "can the integration log in?").
export {
  exchange,
  JWT_BEARER,
  parseObject,
  signJwt,
  type SignOptions
} from '../../../sandbox/consumer.js'
