// A strict local NetSuite: the OAuth 2.0 M2M token endpoint and the certificate
// rotation endpoint. See README.md in this folder.
export { startNetSuiteEmulator } from './server.js'
export { UploadRefusedError } from './types.js'
export type {
  CertificateRecord,
  Fault,
  Integration,
  LogEntry,
  NetSuiteEmulator,
  NetSuiteEmulatorOptions,
  SavedNetSuite
} from './types.js'
