/**
 * Actions secrets are sent as libsodium sealed boxes against the repository's
 * (or environment's) public key, both base64 ORIGINAL (docs.github.com REST
 * "Create or update a repository secret").
 *
 * libsodium (its WebAssembly instantiated on load) is loaded by the first seal, not with the
 * GitHub gateway: most runs that talk to GitHub (check with nothing due, promote, doctor)
 * write no secret.
 */
export async function sealSecret(publicKeyBase64: string, value: string): Promise<string> {
  const { default: sodium } = await import('libsodium-wrappers')
  await sodium.ready
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL)
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key)
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL)
}
