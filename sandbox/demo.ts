/**
 * `npm start`: the whole rotation story against the local sandbox, through the
 * shipped dist/index.js, narrated. Options: --key-type <type>, --zero-touch,
 * --fan-out (two more repositories and the organization receive each promotion, and a
 * chat webhook receives the notifications), --doctor (a broken set-up found by doctor,
 * then fixed).
 */
import { generateCredentials } from '../src/core/generate.js'
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto'
import { parseArgs } from 'node:util'
import { startWorld, type World } from './world.js'
import type { RunResult } from './runner/index.js'

const { values } = parseArgs({
  options: {
    'key-type': { type: 'string', default: 'rsa-4096' },
    'zero-touch': { type: 'boolean', default: false },
    'fan-out': { type: 'boolean', default: false },
    doctor: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  }
})
if (values.help) {
  console.log(
    'usage: npm start [-- --key-type rsa-4096|rsa-3072|ec-p256|ec-p384|ec-p521] [-- --zero-touch] [-- --fan-out] [-- --doctor]'
  )
  process.exit(0)
}
const keyType = values['key-type']
const bold = (text: string): string => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
const dim = (text: string): string => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text)
let stepNumber = 0
const chapter = (title: string): void => console.log(`\n${bold(`${++stepNumber}. ${title}`)}`)
const say = (text: string): void => console.log(`   ${text}`)

function report(result: RunResult): void {
  const outputs = ['status', 'days-remaining', 'certificate-id', 'issue-number']
    .filter(name => result.outputs[name] !== undefined)
    .map(name => `${name}=${result.outputs[name]}`)
  say(dim(`action exit ${result.exitCode}; ${outputs.join(' ')}`))
  for (const annotation of result.annotations)
    say(dim(`::${annotation.level}:: ${annotation.message.slice(0, 220)}`))
}

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`demo expectation failed: ${what}`)
}

/** SHA-256 of the public key a stored private key belongs to, so keys can be told apart without showing them. */
function keyFingerprint(pem: string): string {
  const spki = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' })
  return (
    createHash('sha256')
      .update(spki)
      .digest('hex')
      .toUpperCase()
      .match(/../g)!
      .slice(0, 8)
      .join(':') + '…'
  )
}

function showState(world: World): void {
  say(
    bold('Actions secrets') +
      dim(' (values stay sealed; shown: fingerprint of the public key each private key belongs to)')
  )
  for (const secret of world.github.secrets())
    say(`  ${secret.name.padEnd(32)} ${keyFingerprint(secret.value)}`)
  say(bold('Actions variables'))
  for (const variable of world.github.variables()) {
    const shown = variable.value.startsWith('-----BEGIN')
      ? '(certificate PEM)'
      : variable.value.length > 60
        ? variable.value.slice(0, 57) + '…'
        : variable.value
    say(`  ${variable.name.padEnd(32)} ${shown}`)
  }
  say(bold('Issues'))
  for (const issue of world.github.issues())
    say(`  #${issue.number} [${issue.state}] ${issue.title} (${issue.comments.length} comments)`)
}

/** What each fan-out target holds, and what the chat webhook was told. */
function showFanOut(world: World): void {
  say(bold('Fan-out targets') + dim(' (targets input of every step)'))
  for (const line of world.targets.split('\n')) {
    const [name, environment] = line.split('@')
    if (name.startsWith('org:')) {
      const org = world.github.org
      const key = org.secret('NETSUITE_PRIVATE_KEY')
      const id = org.variable('NETSUITE_CERTIFICATE_ID')
      say(
        `  ${line.padEnd(22)} key ${key ? keyFingerprint(key.value) : '(none)'} [${key?.visibility ?? '-'}], ID ${id?.value.slice(0, 16) ?? '(none)'}… [${id?.visibility ?? '-'}]`
      )
      continue
    }
    const repo = world.repositories[name]
    const key = repo.secret('NETSUITE_PRIVATE_KEY', environment)
    const id = repo.variable('NETSUITE_CERTIFICATE_ID', environment)
    say(
      `  ${line.padEnd(22)} key ${key ? keyFingerprint(key.value) : '(none)'}, ID ${id?.value.slice(0, 16) ?? '(none)'}…`
    )
  }
  say(bold('Notifications') + dim(' (what the chat webhook received)'))
  for (const request of world.webhook?.requests ?? []) {
    const body = request.json as { text: string; netsuite: { event: string } }
    say(`  ${body.netsuite.event.padEnd(18)} ${dim(body.text.slice(0, 140))}`)
  }
}

async function rotateByHand(world: World, label: string): Promise<void> {
  const issue = world.github
    .issues()
    .find(i => i.state === 'open' && i.labels.includes('netsuite-certificate'))
  expect(issue !== undefined, 'a rotation issue is open')
  chapter(`${label}: an admin uploads the certificate in NetSuite`)
  const certificateId = world.adminUploadsPending()
  say(
    `Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup > Create New`
  )
  say(`NetSuite assigned certificate ID ${certificateId}`)

  chapter(`${label}: a reader tries to promote it`)
  let result = await world.step('promote', {
    event: world.comment(issue!.number, `/certificate-id ${certificateId}`, 'reader-rita')
  })
  report(result)
  const reply = world.github.issue(issue!.number)!.comments.at(-1)!
  say(`reply on #${issue!.number}: ${dim(reply.body)}`)
  expect(
    result.exitCode === 0 && world.github.issue(issue!.number)!.state === 'open',
    'the reader is refused and nothing changes'
  )

  chapter(`${label}: the admin replies /certificate-id ${certificateId.slice(0, 10)}…`)
  result = await world.step('promote', {
    event: world.comment(issue!.number, `/certificate-id ${certificateId}`, 'admin-alice')
  })
  report(result)
  expect(result.outputs.status === 'promoted', 'the promotion succeeds')
  say(
    `NetSuite accepted a token signed with the new key; issue #${issue!.number} is ${world.github.issue(issue!.number)!.state}.`
  )
}

/** doctor's table rows (findings and certificates) from a step's job summary. */
function showDoctor(result: RunResult): void {
  report(result)
  for (const line of result.summary.split('\n').filter(l => /^\| (✅|⚠️|❌|`)/.test(l)))
    say(dim(`  ${line.length > 170 ? line.slice(0, 167) + '…' : line}`))
}

/** A set-up with three mistakes, found by doctor one run at a time and fixed. */
async function doctorStory(world: World): Promise<void> {
  // Token requests and reads are all doctor may send.
  const writesNow = (): number =>
    world.github.log.filter(entry => entry.method !== 'GET').length +
    world.netsuite.log.filter(entry => entry.method !== 'GET' && !/\/token$/.test(entry.path))
      .length
  const writesBefore = writesNow()
  chapter('Someone pasted the application ID as client-id, and admin-token cannot read secrets')
  const narrow = world.github.addToken('narrow-admin', {
    issues: true,
    actions: true,
    secrets: false,
    variables: true
  })
  const applicationId = 'A1B2C3D4-0000-4000-8000-00000000F00D'
  let result = await world.step('doctor', {
    adminToken: narrow,
    inputs: { 'client-id': applicationId, 'renew-before-days': '30' }
  })
  showDoctor(result)
  expect(result.outputs.status === 'unhealthy', 'doctor finds the broken set-up')

  chapter('Fixed: the real client ID and a token with Secrets and Variables; doctor looks again')
  say('Meanwhile an admin had uploaded four certificates by hand, for tests long forgotten.')
  for (let i = 0; i < 4; i++) {
    const { certificatePem } = await generateCredentials({
      keyType: 'ec-p256',
      validityDays: 365,
      subject: `CN=forgotten test ${i + 1}`,
      now: world.now()
    })
    world.netsuite.uploadCertificate({
      clientId: world.clientId,
      pem: certificatePem,
      roleId: world.roleId,
      entityId: world.entityId
    })
  }
  result = await world.step('doctor')
  showDoctor(result)
  expect(result.outputs.status === 'unhealthy', 'doctor finds five active certificates')

  chapter('Fixed: the four unknown certificates revoked in NetSuite; doctor once more')
  const current = world.github.variable('NETSUITE_CERTIFICATE_ID')?.value
  for (const certificate of world.netsuite.certificates(world.clientId))
    if (certificate.certificateId !== current)
      world.netsuite.revokeCertificate(certificate.certificateId)
  result = await world.step('doctor')
  showDoctor(result)
  expect(result.outputs.status === 'healthy' && result.exitCode === 0, 'the set-up is healthy')
  expect(writesNow() === writesBefore, 'doctor wrote nothing')
  say('In its three runs doctor wrote nothing: no GitHub write, no NetSuite upload or revocation.')
}

async function main(): Promise<void> {
  console.log(bold('netsuite-m2m-rotate: the whole lifecycle against the local sandbox'))
  const zeroTouch = values['zero-touch']
  const fanOut = values['fan-out']
  // doctor's story reads NetSuite's certificate list, as zero-touch set-ups allow.
  const world = await startWorld({
    zeroTouch: zeroTouch || values.doctor === true,
    fanOut,
    webhook: fanOut
  })
  // The organization already shares the certificate with every repository: it stays so.
  if (fanOut) world.github.org.setVariable('NETSUITE_CERTIFICATE', 'older', { visibility: 'all' })
  try {
    say(`GitHub emulator   ${world.github.url}  (repository acme/erp-sync)`)
    say(`NetSuite emulator ${world.netsuite.url}  (account 1234567_SB1, one integration record)`)
    say(`Every step runs dist/index.js exactly as the Actions runner does. Key type: ${keyType}.`)

    chapter('The scheduled check finds no certificate and starts a rotation')
    let result = await world.step('check', { inputs: { 'key-type': keyType } })
    report(result)
    expect(result.outputs.status === 'rotation-started', 'check starts a rotation')
    const issue = world.github.issues()[0]
    say(`Issue #${issue.number} "${issue.title}" asks an admin to act. Its text:`)
    const body = issue.body.split('\n').filter(l => !l.startsWith('<!--'))
    // The PEM is long: show its first and last lines only.
    const shown = body.filter(
      (line, i) =>
        !(
          /^[A-Za-z0-9+/=]{64}$/.test(line) &&
          /^[A-Za-z0-9+/=]{64}$/.test(body[i - 1] ?? '') &&
          /^[A-Za-z0-9+/=]{40,}$/.test(body[i + 1] ?? '')
        )
    )
    for (const line of shown) say(dim(`  │ ${line.length > 110 ? line.slice(0, 107) + '…' : line}`))

    await rotateByHand(world, 'First rotation')
    if (values.doctor) {
      await doctorStory(world)
      return
    }
    if (fanOut) {
      chapter('The promotion reached acme/billing, acme/etl@production and the organization')
      showFanOut(world)
      const org = world.github.org
      expect(
        org.variable('NETSUITE_CERTIFICATE')?.visibility === 'all' &&
          org.secret('NETSUITE_PRIVATE_KEY')?.visibility === 'private',
        'the organization keeps the visibility of what existed; new entries are private'
      )
    }

    chapter('The CI gate verifies the credentials on every push')
    result = await world.step('verify')
    report(result)
    expect(result.outputs.status === 'verified', 'verify passes')

    if (zeroTouch) {
      chapter(
        "680 days later, the daily check rotates by itself through NetSuite's certificate endpoint"
      )
      say(
        'The role holds "Manage own OAuth 2.0 Client Credentials certificates", and the workflow passes its role and entity IDs.'
      )
      world.advanceDays(680)
      result = await world.step('check', { inputs: { 'key-type': keyType } })
      report(result)
      expect(result.outputs.status === 'promoted', 'the rotation finishes without a person')
      const record = world.github.issues().at(-1)!
      say(`Record: issue #${record.number} "${record.title}" [${record.state}]`)
      for (const line of record.body.split('\n')) say(dim(`  │ ${line}`))

      chapter('15 days later, the check revokes the previous certificate in NetSuite')
      world.advanceDays(15)
      result = await world.step('check')
      report(result)
      const revoked = world.netsuite.certificates().filter(c => c.revoked).length
      expect(revoked === 1, 'the previous certificate is revoked')
      say(
        `NetSuite now lists ${world.netsuite.certificates().length} certificates, ${revoked} revoked; the _PREVIOUS secret and variables are gone.`
      )
      result = await world.step('verify')
      report(result)
      expect(result.outputs.status === 'verified', 'verify passes with the new certificate')
    } else {
      chapter('680 days later, the daily check starts the next rotation')
      world.advanceDays(680)
      result = await world.step('check', { inputs: { 'key-type': keyType } })
      report(result)
      expect(result.outputs.status === 'rotation-started', 'the second rotation starts')

      await rotateByHand(world, 'Second rotation')
      result = await world.step('verify')
      report(result)
      expect(result.outputs.status === 'verified', 'verify passes with the new certificate')
      say(
        'The first generation is kept as _PREVIOUS, so `rollback` can return to it while NetSuite still accepts it.'
      )
    }

    chapter('Final state')
    showState(world)
    if (fanOut) showFanOut(world)
    const writes = world.github.log.filter(entry => entry.method !== 'GET').length
    say(
      dim(
        `${world.github.log.length} GitHub API requests (${writes} writes), ${world.netsuite.log.length} NetSuite requests.`
      )
    )
    console.log(
      `\n${bold('Done.')} Next: read README.md to set this up for a real account; run \`npm test\` for the proofs.`
    )
  } finally {
    await world.close()
  }
}

main().catch(error => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
