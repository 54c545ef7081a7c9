/**
 * The `newsdesk` command: serve | migrate | seed | user | token. Every command parses its
 * arguments strictly and writes nothing when they are wrong.
 */
import { ConfigError, loadConfig } from './config/index.js'
import { AppError } from './errors.js'
import { runCommand, UsageError, usage } from './cli/commands.js'

async function main(argv: string[]): Promise<number> {
  try {
    return await runCommand(argv, () => loadConfig())
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`newsdesk: ${error.message}\n`)
      return 1
    }
    if (error instanceof UsageError) {
      process.stderr.write(`newsdesk: ${error.message}\n\n${usage}\n`)
      return 2
    }
    if (error instanceof AppError) {
      const details = error.details && error.details.length > 1 ? error.details.map((d) => `\n  - ${d.field}: ${d.message}`).join('') : ''
      process.stderr.write(`newsdesk: ${error.message}${details}\n`)
      return 1
    }
    process.stderr.write(`newsdesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}

const code = await main(process.argv.slice(2))
// serve keeps running; every other command ends here.
if (code !== -1) process.exit(code)
