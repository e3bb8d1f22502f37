// https in front of a plain-http emulator, under names only the forwarding proxy resolves:
// a TLS server with a certificate for those names (its own issuer, trusted by the action
// through NODE_EXTRA_CA_CERTS, as a company's inspection CA would be) that pipes each
// connection to the emulator's port on 127.0.0.1.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { createServer } from 'node:tls'
import forge from 'node-forge'

export interface TlsFront {
  port: number
  close(): Promise<void>
}

/** A self-signed certificate (also its own CA) for `names`: the PEM to trust, and the key. */
export function certificateFor(names: string[]): { cert: string; key: string } {
  // node-forge signs with RSA; node:crypto makes the key (much faster than forge).
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const rsaKey = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(
    rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  )
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`
  cert.validity.notBefore = new Date(Date.now() - 86_400_000)
  cert.validity.notAfter = new Date(Date.now() + 30 * 86_400_000)
  const subject = [{ name: 'commonName', value: names[0] }]
  cert.setSubject(subject)
  cert.setIssuer(subject)
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: names.map(value => ({ type: 2, value })) }
  ])
  cert.sign(forge.pki.privateKeyFromPem(rsaKey), forge.md.sha256.create())
  return { cert: forge.pki.certificateToPem(cert), key: rsaKey }
}

export async function startTlsFront(
  credentials: { cert: string; key: string },
  targetPort: number
): Promise<TlsFront> {
  const sockets = new Set<Socket>()
  const server = createServer(credentials, secure => {
    const upstream = connect(targetPort, '127.0.0.1')
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    secure.pipe(upstream).pipe(secure)
    upstream.on('error', () => secure.destroy())
    secure.on('error', () => upstream.destroy())
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(done => server.close(() => done()))
    }
  }
}
