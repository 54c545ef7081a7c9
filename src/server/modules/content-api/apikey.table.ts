/** Row type of the Content API keys table. */
export interface ContentApiKeyTable {
  id: string
  name: string
  /** sha256 of the key; the key itself is shown once, when it is created. */
  keyHash: string
  /** The largest `limit` a request with this key gets (`limit=all` too); null: no cap. */
  limitCap: number | null
  createdAt: number
  lastUsedAt: number | null
  revokedAt: number | null
}
