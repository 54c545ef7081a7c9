/** Whole-page messages: a route that does not exist, or one the caller's role does not allow. */
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
