/** My staff API tokens: create one (shown once), see when each was used, revoke. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { dateTime, errorText } from '../format.js'
import { t } from '../i18n/index.js'
import type { ApiToken } from '../types.js'

export function Tokens() {
  const [tokens, setTokens] = useState<ApiToken[]>([])
  const [name, setName] = useState('')
  const [created, setCreated] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => api<{ tokens: ApiToken[] }>('GET', '/tokens').then((r) => setTokens(r.tokens)).catch((e: unknown) => setError(errorText(e)))
  useEffect(() => void load(), [])

  const create = async (event: Event) => {
    event.preventDefault()
    setError(null)
    try {
      const { token } = await api<{ token: ApiToken & { token: string } }>('POST', '/tokens', { name: name.trim() })
      setCreated(token.token)
      setName('')
      await load()
    } catch (e) {
      setError(errorText(e))
    }
  }
  const revoke = async (token: ApiToken) => {
    if (!window.confirm(t.tokens.confirmRevoke(token.name))) return
    await api('DELETE', `/tokens/${token.id}`).catch((e: unknown) => setError(errorText(e)))
    await load()
  }

  return (
    <section class="page narrow">
      <h1>{t.tokens.title}</h1>
      <p class="muted">{t.tokens.intro}</p>
      {error && <p class="notice error" role="alert">{error}</p>}
      {created && (
        <div class="notice ok" role="status">
          <p>{t.tokens.createdOnce}</p>
          <code class="token">{created}</code>
        </div>
      )}
      <form class="inline-form" onSubmit={create}>
        <label for="token-name">{t.tokens.name}</label>
        <input id="token-name" required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" class="primary">
          {t.tokens.create}
        </button>
      </form>
      <table class="list">
        <thead>
          <tr>
            <th scope="col">{t.tokens.name}</th>
            <th scope="col">{t.tokens.createdAt}</th>
            <th scope="col">{t.tokens.lastUsed}</th>
            <th scope="col"><span class="sr-only">{t.tokens.revoke}</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{dateTime(token.createdAt)}</td>
              <td>{token.lastUsedAt ? dateTime(token.lastUsedAt) : '—'}</td>
              <td>
                {token.revokedAt ? (
                  <span class="muted">{t.tokens.revoked}</span>
                ) : (
                  <button type="button" class="link" onClick={() => void revoke(token)}>
                    {t.tokens.revoke}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
