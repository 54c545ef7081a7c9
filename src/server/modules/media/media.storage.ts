/**
 * Where media bytes live. `MediaStorage` is small enough for an S3-compatible store to
 * implement; `createLocalStorage` keeps files under MEDIA_DIR, which several processes can
 * share on one disk or a network mount.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { AppError } from '../../errors.js'

export interface MediaStorage {
  /** Stores the bytes under the key, replacing what was there; readers never see half a file. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>
  exists(key: string): Promise<boolean>
}

const maxKeyLength = 512
// A segment starts with a letter, digit or underscore: no `.`, `..` or hidden files (temp files are hidden).
const segmentPattern = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

/** A key is relative, `/`-separated, and each segment is a plain file name. */
export function isValidMediaKey(key: string): boolean {
  if (key.length === 0 || key.length > maxKeyLength) return false
  return key.split('/').every((segment) => segmentPattern.test(segment))
}

function invalidKey(): AppError {
  return new AppError('BAD_REQUEST', 'That is not a valid media key.', 'key')
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT'
}

export function createLocalStorage(rootDir: string): MediaStorage {
  const root = resolve(rootDir)

  function pathOf(key: string): string {
    if (!isValidMediaKey(key)) throw invalidKey()
    const path = resolve(root, ...key.split('/'))
    // The pattern already rules out escapes; this keeps it true if the pattern ever loosens.
    if (!path.startsWith(root + sep)) throw invalidKey()
    return path
  }

  async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      const handle = await open(temp, 'wx')
      try {
        await handle.writeFile(bytes)
        // Data on disk before the rename makes it visible: a crash leaves the old file or the new one.
        await handle.datasync()
      } finally {
        await handle.close()
      }
      await rename(temp, path)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw error
    }
  }

  return {
    async put(key, bytes) {
      const path = pathOf(key)
      for (let attempt = 1; ; attempt += 1) {
        await mkdir(dirname(path), { recursive: true })
        try {
          return await writeAtomically(path, bytes)
        } catch (error) {
          // A concurrent delete may have removed the emptied folder between mkdir and open.
          if (!isMissing(error) || attempt === 2) throw error
        }
      }
    },

    async get(key) {
      try {
        return await readFile(pathOf(key))
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },

    async delete(key) {
      const path = pathOf(key)
      try {
        await unlink(path)
      } catch (error) {
        if (!isMissing(error)) throw error
      }
      // Like an object store, leave no empty folder behind (fails harmlessly while it has files).
      if (dirname(path) !== root) await rmdir(dirname(path)).catch(() => undefined)
    },

    async exists(key) {
      try {
        return (await stat(pathOf(key))).isFile()
      } catch (error) {
        if (isMissing(error)) return false
        throw error
      }
    },
  }
}
