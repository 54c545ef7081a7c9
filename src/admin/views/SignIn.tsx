/** Sign in with email and password; says plainly when the password is wrong or the account is locked for a while. */
import { useState } from 'preact/hooks'
import { ApiError } from '../api.js'
import { errorText } from '../format.js'
import { t } from '../i18n/index.js'
import { signIn, type User } from '../session.js'

function signInError(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return t.signIn.wrong
  if (error instanceof ApiError && error.status === 429) return t.signIn.locked(error.retryAfter ?? 60)
  return errorText(error)
}

export function SignIn({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await signIn(email.trim(), password))
    } catch (e) {
      setError(signInError(e))
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <main class="sign-in">
      <form onSubmit={submit} class="card" aria-describedby={error ? 'sign-in-error' : undefined}>
        <h1>{t.signIn.title}</h1>
        <p class="muted">{t.signIn.intro}</p>
        {error && (
          <p id="sign-in-error" class="notice error" role="alert">
            {error}
          </p>
        )}
        <label for="email">{t.signIn.email}</label>
        <input id="email" name="email" type="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} autofocus />
        <label for="password">{t.signIn.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.signIn.busy : t.signIn.submit}
        </button>
      </form>
    </main>
  )
}
