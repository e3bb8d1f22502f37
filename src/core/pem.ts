import { InputError } from './errors.js'

/**
 * PEMs reach us through secrets, variables and files, often mangled on the way:
 * CRLF line ends, literal "\n" sequences from a JSON paste, surrounding blanks.
 */
export function normalisePem(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').trim()
  if (!text.includes('\n') && text.includes('\\n')) text = text.replace(/\\n/g, '\n')
  return text + '\n'
}

export function pemLabels(text: string): string[] {
  return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map(match => match[1])
}

/** Refuses anything that is not exactly what `what` expects, naming what it got instead. */
export function expectPem(
  raw: string,
  kind: 'certificate' | 'private key',
  inputName: string
): string {
  if (raw.trim() === '') throw new InputError(`${inputName} is empty`)
  const text = normalisePem(raw)
  const labels = pemLabels(text)
  if (labels.length === 0) {
    throw new InputError(
      `${inputName} is not PEM: expected text starting with -----BEGIN ${kind === 'certificate' ? 'CERTIFICATE' : 'PRIVATE KEY'}-----`
    )
  }
  const isKey = (label: string): boolean => label.endsWith('PRIVATE KEY')
  if (kind === 'certificate' && labels.some(isKey)) {
    throw new InputError(
      `${inputName} holds a private key where a certificate was expected: pass the certificate PEM (-----BEGIN CERTIFICATE-----) and keep the key in a secret`
    )
  }
  if (kind === 'private key' && labels.includes('CERTIFICATE')) {
    throw new InputError(
      `${inputName} holds a certificate where a private key was expected: pass the private key PEM (labelled PRIVATE KEY) from the secret`
    )
  }
  if (
    kind === 'private key' &&
    (labels.includes('ENCRYPTED PRIVATE KEY') || /Proc-Type: 4,ENCRYPTED/.test(text))
  ) {
    throw new InputError(
      `${inputName} is passphrase-protected: NetSuite integrations need an unencrypted key; decrypt it once with \`openssl pkey -in key.pem -out plain.pem\` and store the result as the secret`
    )
  }
  return text
}
