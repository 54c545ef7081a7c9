/** Messages: a route that does not exist, one the caller's role does not allow, and the notice after an action. */
import { t } from '../i18n/index.js'
import { Link } from './Link.js'

export function NotFound() {
  return (
    <section class="page narrow">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <Link to="/">{t.nav.dashboard}</Link>
    </section>
  )
}

export function NotAllowed() {
  return (
    <section class="page narrow">
      <h1>{t.notAllowed.title}</h1>
      <p>{t.notAllowed.text}</p>
      <Link to="/">{t.nav.dashboard}</Link>
    </section>
  )
}

/** What an action answered: saved (a status) or refused (an alert). */
export interface NoticeMessage {
  ok: boolean
  text: string
}

export function Notice({ message }: { message: NoticeMessage | null }) {
  if (!message) return null
  return (
    <p class={message.ok ? 'notice ok' : 'notice error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  )
}
