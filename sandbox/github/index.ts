// The GitHub REST emulator: see README.md in this folder.
export { startGitHubEmulator } from './emulator.js'
export { loadOpenApi, type OpenApi } from './openapi.js'
export type {
  ActionsSettings,
  Comment,
  Fault,
  GitHubEmulator,
  GitHubEmulatorOptions,
  Issue,
  OrgAccess,
  OrganizationHandle,
  OrgVisibility,
  Permission,
  RepositoryHandle,
  StoredOrgEntry,
  RequestLogEntry,
  SavedGitHub,
  StoredSecret,
  StoredVariable,
  TokenCapabilities,
  Workflow
} from './types.js'
