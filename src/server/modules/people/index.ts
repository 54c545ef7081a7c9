/** People: staff accounts (contributor < author < editor < admin) who can be authors, and their API tokens. */
export {
  createPeopleService,
  presentAuthor,
  presentPerson,
  isRole,
  type Author,
  type Person,
  type PersonUpdate,
  type PeopleService,
  type UserInput,
} from './people.service.js'
export { createTokensService, hashApiToken, type ApiTokenInfo, type TokensService } from './token.service.js'
export { roles, type Role, type UserTable, type ApiTokenTable } from './people.table.js'
export { systemActor, userActor, actorUserId, type Actor } from './actor.js'
export { hashPassword, verifyPassword } from './password.js'
