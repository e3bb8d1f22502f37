import sodium from 'libsodium-wrappers'

/**
 * Actions secrets are sent as libsodium sealed boxes against the repository's
 * (or environment's) public key, both base64 ORIGINAL (docs.github.com REST
 * "Create or update a repository secret").
 */
export async function sealSecret(publicKeyBase64: string, value: string): Promise<string> {
  await sodium.ready
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL)
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key)
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL)
}
