// GitHub encrypts Actions secrets with libsodium sealed boxes: the client fetches the
// repository's (or environment's) X25519 public key, seals the value with crypto_box_seal and
// sends it base64 (ORIGINAL variant). The emulator holds the private half and opens the box
// exactly as GitHub does, so a client that seals wrongly fails here as it would there.
// https://docs.github.com/rest/guides/encrypting-secrets-for-the-rest-api
import sodium from 'libsodium-wrappers'

export interface SealKeyPair {
  /** GitHub's key ids are long decimal strings. */
  keyId: string
  /** Base64 (ORIGINAL) public key, as GET .../secrets/public-key serves it. */
  key: string
  publicKey: Uint8Array
  privateKey: Uint8Array
}

let nextKeyId = 3380204578043523366n

/** libsodium compiles its WebAssembly asynchronously; call once before anything else here. */
export async function sodiumReady(): Promise<void> {
  await sodium.ready
}

export function newKeyPair(): SealKeyPair {
  const pair = sodium.crypto_box_keypair()
  nextKeyId += 1n
  return {
    keyId: nextKeyId.toString(),
    key: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL),
    publicKey: pair.publicKey,
    privateKey: pair.privateKey
  }
}

/** The plaintext of a sealed box, or undefined when it does not open with this key pair
 * (tampered, sealed for another key, not base64, too short). */
export function openSealedBox(pair: SealKeyPair, encrypted: string): string | undefined {
  try {
    const box = sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL)
    const plain = sodium.crypto_box_seal_open(box, pair.publicKey, pair.privateKey)
    return new TextDecoder('utf-8', { fatal: true }).decode(plain)
  } catch {
    return undefined
  }
}
