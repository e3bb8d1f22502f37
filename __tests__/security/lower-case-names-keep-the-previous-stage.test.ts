// Names given in lower case (`certificate-variable: netsuite_cert` and friends).
// GitHub stores and answers secret and variable names in upper case; the action
// compares names without regard to case, so a whole second rotation keeps the
// replaced credentials as _PREVIOUS and a rollback returns to them.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startWorld, type World } from '../../sandbox/world.js'
import { ADMIN, EC, expectSucceeded } from '../e2e/helpers.js'
import type { RunResult } from '../../sandbox/runner/index.js'

const NAMES = {
  'secret-name': 'netsuite_key',
  'certificate-variable': 'netsuite_cert',
  'certificate-id-variable': 'netsuite_cert_id'
}

function inputs(world: World): Record<string, string> {
  const secret = (name: string): string => world.github.secret(name)?.value ?? ''
  const variable = (name: string): string => world.github.variable(name)?.value ?? ''
  return {
    ...EC,
    ...NAMES,
    'certificate-id': variable('netsuite_cert_id'),
    certificate: variable('netsuite_cert'),
    'private-key': secret('netsuite_key'),
    'previous-private-key': secret('netsuite_key_PREVIOUS'),
    'pending-private-key': secret('netsuite_key_PENDING'),
    'pending-certificate': variable('netsuite_cert_PENDING')
  }
}

async function step(
  world: World,
  command: string,
  status: string,
  event?: unknown
): Promise<RunResult> {
  const result = await world.step(command, {
    inputs: inputs(world),
    ...(event ? { event: event as ReturnType<World['comment']> } : {})
  })
  expectSucceeded(result, status)
  return result
}

async function rotation(world: World): Promise<string> {
  const started = await step(world, 'check', 'rotation-started')
  const pem = world.github.variable('NETSUITE_CERT_PENDING')?.value ?? ''
  const { certificateId } = world.netsuite.uploadCertificate({
    clientId: world.clientId,
    pem,
    roleId: world.roleId,
    entityId: world.entityId
  })
  const event = world.comment(
    Number(started.outputs['issue-number']),
    `/certificate-id ${certificateId}`,
    ADMIN
  )
  await step(world, 'promote', 'promoted', event)
  return certificateId
}

describe('lower-case secret and variable names through two rotations', () => {
  let world: World
  let first: { id: string; key: string; certificate: string }
  let secondId: string

  beforeAll(async () => {
    world = await startWorld()
    const id = await rotation(world)
    first = {
      id,
      key: world.github.secret('NETSUITE_KEY')?.value ?? '',
      certificate: world.github.variable('NETSUITE_CERT')?.value ?? ''
    }
    world.advanceDays(680)
    secondId = await rotation(world)
  })
  afterAll(async () => {
    await world.close()
  })

  it('the second generation is current', () => {
    expect(world.github.variable('NETSUITE_CERT_ID')?.value).toBe(secondId)
  })

  it('the first generation is kept as _PREVIOUS', () => {
    expect({
      key: world.github.secret('NETSUITE_KEY_PREVIOUS')?.value,
      certificate: world.github.variable('NETSUITE_CERT_PREVIOUS')?.value,
      id: world.github.variable('NETSUITE_CERT_ID_PREVIOUS')?.value
    }).toEqual({ key: first.key, certificate: first.certificate, id: first.id })
  })

  it('a rollback returns to the first generation', async () => {
    await step(world, 'rollback', 'rolled-back')
    expect(world.github.variable('NETSUITE_CERT_ID')?.value).toBe(first.id)
  })
})
