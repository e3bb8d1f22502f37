/**
 * `npm run sandbox`: the sandbox, one step at a time. Starts both emulators and
 * reads commands (from a terminal or a pipe), each running the shipped
 * dist/index.js as a workflow step would, so a person can try every command,
 * play the admin, and watch the state change. `help` lists the commands.
 */
import { createInterface } from 'node:readline'
import { startWorld, type World } from './world.js'
import type { RunResult } from './runner/index.js'

const HELP = `commands:
  check | rotate | verify | rollback [input=value ...]   run the action (e.g. check key-type=ec-p256 dry-run=true)
  upload                          the NetSuite admin uploads the pending certificate; prints its ID
  reply <user> [certificate-id]   comment /certificate-id on the open rotation issue and run promote
                                  (users: admin-alice, writer-wes, triage-tom, reader-rita)
  promote <certificate-id>        promote by workflow_dispatch with new-certificate-id
  advance <days>                  move the clock (emulators and action alike)
  wipe | revoke                   NetSuite forgets every mapping (sandbox refresh) | revokes the current certificate
  forget                          NetSuite forgets the current certificate only (deleted, not revoked)
  state                           secrets (by name), variables, issues, NetSuite certificates
  issue                           the text of the open rotation issue
  summary                         the job summary of the last step
  help | quit`

function show(result: RunResult): string {
  const lines = [`exit ${result.exitCode}; status=${result.outputs.status ?? '(none)'}`]
  for (const name of ['expires-at', 'days-remaining', 'certificate-id', 'issue-number']) {
    if (result.outputs[name] !== undefined) lines.push(`  ${name}=${result.outputs[name]}`)
  }
  for (const a of result.annotations) lines.push(`  ::${a.level}:: ${a.message}`)
  return lines.join('\n')
}

function state(world: World): string {
  const out = ['secrets:', ...world.github.secrets().map(s => `  ${s.name}`), 'variables:']
  for (const v of world.github.variables()) {
    out.push(`  ${v.name} = ${v.value.startsWith('-----BEGIN') ? '(certificate PEM)' : v.value}`)
  }
  out.push('issues:', ...world.github.issues().map(i => `  #${i.number} [${i.state}] ${i.title}`))
  out.push(`NetSuite certificates (now ${world.now().toISOString()}):`)
  for (const c of world.netsuite.certificates()) {
    out.push(
      `  ${c.certificateId} ${c.revoked ? 'revoked' : 'active'} until ${c.notAfter.toISOString()}`
    )
  }
  return out.join('\n')
}

function inputsFrom(words: string[]): Record<string, string> {
  return Object.fromEntries(
    words.map(word => {
      const eq = word.indexOf('=')
      if (eq <= 0) throw new Error(`expected input=value, got "${word}"`)
      return [word.slice(0, eq), word.slice(eq + 1)]
    })
  )
}

async function main(): Promise<void> {
  const world = await startWorld({ zeroTouch: process.argv.includes('--zero-touch') })
  let last: RunResult | undefined
  let lastUpload: string | undefined
  const openIssue = () =>
    world.github.issues().find(i => i.state === 'open' && i.labels.includes('netsuite-certificate'))
  console.log(`GitHub emulator ${world.github.url}, NetSuite emulator ${world.netsuite.url}`)
  console.log(
    `Type "help". Start with "check" (key-type=ec-p256 is quicker than the default rsa-4096).`
  )
  // In a terminal readline needs the output to show its prompt and echo what is typed; a
  // pipe gets neither, and each command is printed instead so the transcript reads.
  const terminal = process.stdin.isTTY === true
  const rl = createInterface({
    input: process.stdin,
    output: terminal ? process.stdout : undefined,
    terminal,
    prompt: 'sandbox> '
  })
  const prompt = (): void => {
    if (terminal) rl.prompt()
  }
  // Ctrl-C: readline takes it from the terminal (raw mode) and, unheard, only pauses.
  rl.on('SIGINT', () => {
    process.stdout.write('^C\n')
    void world.close().finally(() => process.exit(130))
  })
  prompt()
  try {
    for await (const line of rl) {
      const [command, ...args] = line.trim().split(/\s+/)
      if (!command) {
        prompt()
        continue
      }
      if (command === 'quit' || command === 'exit') break
      if (!terminal) console.log(`> ${line.trim()}`)
      try {
        switch (command) {
          case 'check':
          case 'rotate':
          case 'verify':
          case 'rollback':
            last = await world.step(command, {
              inputs: inputsFrom(args),
              runId: String(Date.now())
            })
            console.log(show(last))
            break
          case 'upload':
            lastUpload = world.adminUploadsPending()
            console.log(`NetSuite assigned certificate ID ${lastUpload}`)
            break
          case 'reply': {
            const issue = openIssue()
            if (!issue) throw new Error('no open rotation issue')
            const id = args[1] ?? lastUpload
            if (!args[0] || !id)
              throw new Error('usage: reply <user> [certificate-id] (upload first)')
            last = await world.step('promote', {
              event: world.comment(issue.number, `/certificate-id ${id}`, args[0])
            })
            console.log(show(last))
            const reply = world.github.issue(issue.number)?.comments.at(-1)
            if (reply && reply.user.login !== args[0])
              console.log(`  reply on #${issue.number}: ${reply.body.split('\n')[0]}`)
            break
          }
          case 'promote':
            if (!args[0]) throw new Error('usage: promote <certificate-id>')
            last = await world.step('promote', { inputs: { 'new-certificate-id': args[0] } })
            console.log(show(last))
            break
          case 'advance':
            world.advanceDays(Number(args[0] ?? 0))
            console.log(`now ${world.now().toISOString()}`)
            break
          case 'wipe':
            world.netsuite.wipe()
            console.log('NetSuite forgot every M2M certificate mapping')
            break
          case 'forget':
            console.log(`NetSuite forgot ${world.netsuiteForgetsCurrent()} (not revoked)`)
            break
          case 'revoke': {
            const id = world.github.variable('NETSUITE_CERTIFICATE_ID')?.value
            if (!id) throw new Error('no current certificate ID')
            world.netsuite.revokeCertificate(id)
            console.log(`revoked ${id} in NetSuite`)
            break
          }
          case 'state':
            console.log(state(world))
            break
          case 'issue':
            console.log(
              openIssue()
                ?.body.replace(/<!--[\s\S]*?-->/g, '')
                .trim() ?? 'no open rotation issue'
            )
            break
          case 'summary':
            console.log(last?.summary ?? 'no step run yet')
            break
          case 'help':
            console.log(HELP)
            break
          default:
            console.log(`unknown command "${command}"; type "help"`)
        }
      } catch (error) {
        console.log(`error: ${error instanceof Error ? error.message : String(error)}`)
      }
      prompt()
    }
  } finally {
    rl.close()
    await world.close()
  }
}

main().then(
  // Ends at once: nothing left should keep a person waiting after `quit`.
  () => process.exit(0),
  error => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
)
