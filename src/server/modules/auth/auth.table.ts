/** Row types of login sessions and login throttling. */
export interface SessionTable {
  /** sha256 of the cookie value. */
  id: string
  userId: string
  csrfToken: string
  createdAt: number
  lastSeenAt: number
  expiresAt: number
}

export interface LoginThrottleTable {
  /** "account:<email>" or "address:<ip>". */
  key: string
  failures: number
  lastFailureAt: number
  lockedUntil: number
}
