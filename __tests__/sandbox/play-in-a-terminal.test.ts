/**
 * `npm run sandbox` in a real terminal: a prompt, what is typed echoed, and an
 * end at once on `quit` and on Ctrl-C. A pseudo-terminal (Python's pty module,
 * `helpers/terminal.py`) stands in for the person at the keyboard; a pipe, as
 * in play.test.ts, would not show any of this.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

interface Session {
  done: number
  output: string
  exit_code: number | null
  seconds_to_exit: number | null
}

type Move = { expect: string; timeout?: number } | { send: string } | { exits_within: number }

function inTerminal(moves: Move[]): Session {
  const result = spawnSync(
    'python3',
    [
      join('__tests__', 'sandbox', 'helpers', 'terminal.py'),
      join('node_modules', '.bin', 'tsx'),
      'sandbox/play.ts'
    ],
    { input: JSON.stringify(moves), encoding: 'utf8', timeout: 120_000 }
  )
  if (result.status !== 0) throw new Error(`terminal.py failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as Session
}

const PROMPT: Move = { expect: 'sandbox> ', timeout: 60 }

describe('npm run sandbox in a terminal', () => {
  it('shows a prompt, echoes what is typed, answers, and ends at once on quit', () => {
    const moves: Move[] = [
      PROMPT,
      { send: 'hel' },
      // Echoed before Enter: the terminal is in raw mode, so only readline can show it.
      { expect: 'hel', timeout: 5 },
      { send: 'p\r' },
      { expect: 'commands:', timeout: 10 },
      PROMPT,
      { send: 'quit\r' },
      { exits_within: 5 }
    ]
    const session = inTerminal(moves)
    expect({ done: session.done, exit: session.exit_code }).toEqual({
      done: moves.length,
      exit: 0
    })
    expect(session.seconds_to_exit).toBeLessThan(5)
  })

  it('ends at once on Ctrl-C', () => {
    const moves: Move[] = [PROMPT, { send: 'sta' }, { send: '\u0003' }, { exits_within: 5 }]
    const session = inTerminal(moves)
    expect({ done: session.done, exit: session.exit_code }).toEqual({
      done: moves.length,
      exit: 130
    })
    expect(session.seconds_to_exit).toBeLessThan(5)
  })
})
