/** Debian's Chromium driven by playwright-core; browser suites skip loudly without it (fail under CI=true). */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

export function browserSkipReason(): string | false {
  if (chromiumPath) return false
  if (process.env.CI === 'true') return false // let the launch fail: CI must have a browser
  console.warn('\n!!! SKIPPING browser tests: Chromium not found (apt-get install -y chromium) !!!\n')
  return 'Chromium not installed'
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}
