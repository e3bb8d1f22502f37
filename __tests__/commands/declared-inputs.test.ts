// A command is handed exactly the inputs it declares, typed so that a needed one is never
// undefined; a missing one, or admin-token where the command writes secrets, stops the run
// before it starts. The registry holds every command the action runs.
import { describe, it, expect } from '@jest/globals'
import { defineCommand, type RunContext } from '../../src/run/command.js'
import type { Result } from '../../src/run/context.js'
import { COMMON_FIELDS, FIELD_INPUTS } from '../../src/inputs/fields.js'
import { parseInputs } from '../../src/action/inputs.js'
import { generateCredentials } from '../../src/core/generate.js'
import { loadCommand } from '../../src/commands/registry.js'
import { COMMAND_NAMES } from '../../src/run/command.js'
import { COMMAND_NEEDS } from '../docs/command-rules.js'
import { actionReader, FakeGitHub, FakeNetSuite } from './fakes.js'

const now = new Date('2026-03-01T00:00:00Z')
const done: Result = { status: 'ok', outputs: {}, stages: [], nextStep: '' }

function values(inputs: Record<string, string>) {
  return parseInputs(
    actionReader({ 'account-id': '1234567_SB1', 'client-id': 'client-1', ...inputs }),
    { owner: 'acme', repo: 'erp-sync' }
  )
}

function context(command = 'probe'): RunContext {
  const github = new FakeGitHub()
  return {
    command,
    run: {
      repository: { owner: 'acme', repo: 'erp-sync' },
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      eventName: 'workflow_dispatch',
      event: {},
      runId: '1'
    },
    log: {
      info: () => undefined,
      notice: () => undefined,
      warning: () => undefined,
      error: () => undefined,
      debug: () => undefined,
      setSecret: () => undefined
    },
    now: () => now,
    github: async () => github,
    netsuite: new FakeNetSuite()
  }
}

describe('a command declares its inputs', () => {
  it('is handed the common inputs and what it declared, nothing else', async () => {
    let seen: string[] = []
    const probe = defineCommand({
      needs: ['clientId'],
      uses: ['renewBeforeDays'],
      writesSecrets: false,
      run: async ctx => {
        seen = Object.keys(ctx.inputs).sort()
        // A needed input is typed as present: no `!` and no `as` to use it.
        expect(ctx.inputs.clientId.length).toBeGreaterThan(0)
        // @ts-expect-error -- an input the command did not declare is not there to read.
        expect(ctx.inputs.adminToken).toBeUndefined()
        return done
      }
    })
    await probe.prepare(values({ 'admin-token': 'admin' }), context())()
    expect(seen).toEqual([...COMMON_FIELDS, 'clientId', 'renewBeforeDays'].sort())
  })

  it('a missing needed input stops the run before it starts, naming the YAML that fixes it', () => {
    let ran = false
    const probe = defineCommand({
      needs: ['previousPrivateKey'],
      uses: [],
      writesSecrets: false,
      run: async () => {
        ran = true
        return done
      }
    })
    expect(() => probe.prepare(values({ 'secret-name': 'ERP_KEY' }), context('rollback'))).toThrow(
      'rollback needs previous-private-key, and it is empty. If the step does not pass it, add `previous-private-key: ${{ secrets.ERP_KEY_PREVIOUS }}`. If it does, the secret ERP_KEY_PREVIOUS arrived empty'
    )
    expect(ran).toBe(false)
  })

  it('a command that writes secrets needs admin-token, except in dry-run', () => {
    const probe = defineCommand({
      needs: [],
      uses: [],
      writesSecrets: true,
      run: async () => done
    })
    expect(() => probe.prepare(values({}), context('rotate'))).toThrow(
      /rotate needs admin-token to write Actions secrets and variables, and it is empty: .*If the step passes it from a secret, that secret arrived empty: it does not exist, or the run may not read it \(runs started by Dependabot, pull requests from forks\)$/
    )
    expect(() => probe.prepare(values({ 'dry-run': 'true' }), context('rotate'))).not.toThrow()
  })

  it("a command's own rules between its inputs run before it starts", async () => {
    const key = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 30,
      subject: 'CN=a',
      now
    })
    const other = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 30,
      subject: 'CN=b',
      now
    })
    const verify = (await loadCommand('verify')).command
    expect(() =>
      verify.prepare(
        values({
          'private-key': key.privateKeyPem,
          certificate: other.certificatePem,
          'certificate-id': 'CERT1'
        }),
        context('verify')
      )
    ).toThrow(/private-key does not belong to certificate/)
  })
})

describe('the registry', () => {
  it('knows every command, and refuses any other name with the list', async () => {
    expect(COMMAND_NAMES).toEqual(['check', 'rotate', 'promote', 'verify', 'rollback', 'doctor'])
    await expect(loadCommand('explode')).rejects.toThrow(
      'command "explode" is unknown: use one of check, rotate, promote, verify, rollback, doctor'
    )
    expect((await loadCommand('')).name).toBe('check')
  })

  it.each(['check', 'rotate', 'promote', 'verify', 'rollback'] as const)(
    'the workflow rules ask %s steps for every input it needs',
    async name => {
      const { command } = await loadCommand(name)
      const needed: string[] = command.needs.map(field => FIELD_INPUTS[field][0])
      if (command.writesSecrets) needed.push('admin-token')
      expect(COMMAND_NEEDS[name]).toEqual(expect.arrayContaining(needed))
    }
  )
})
