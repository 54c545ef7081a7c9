/**
 * Everything about an article besides its text: tags (autocomplete; the first is the primary
 * tag), authors, the feature image, the search result (SEO fields with a live preview), and the
 * flags (featured, breaking, sponsored with the sponsor).
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { errorText } from '../format.js'
import { t } from '../i18n/index.js'
import { can, useUser } from '../session.js'
import type { Person, Tag } from '../types.js'
import type { Fields } from './fields.js'
import { MediaLibrary } from './MediaLibrary.js'
import { imageFiles, uploadImage } from './upload.js'

interface Props {
  fields: Fields
  type: 'article' | 'page'
  excerpt: string
  siteHost: string
  onChange: (changes: Partial<Fields>) => void
}

export function MetaPanel({ fields, type, excerpt, siteHost, onChange }: Props) {
  return (
    <>
      {type === 'article' && <TagField tags={fields.tags} onChange={(tags) => onChange({ tags })} />}
      <AuthorField authors={fields.authors} onChange={(authors) => onChange({ authors })} />
      <FeatureImageField image={fields.featureImage} onChange={(featureImage) => onChange({ featureImage })} />
      <SeoField fields={fields} excerpt={excerpt} siteHost={siteHost} onChange={onChange} />
      {type === 'article' && <Flags fields={fields} onChange={onChange} />}
    </>
  )
}

function TagField({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  // Authors and up make a tag by using it; contributors choose from the existing ones.
  const mayCreate = can(useUser(), 'publishOwn')
  const [known, setKnown] = useState<Tag[]>([])
  const [input, setInput] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => void api<{ tags: Tag[] }>('GET', '/tags').then((r) => setKnown(r.tags)).catch(() => undefined), [])
  const add = (raw: string) => {
    const name = raw.trim().replace(/,$/, '').trim()
    if (!name) return
    const match = known.find((tag) => tag.name.toLowerCase() === name.toLowerCase() || tag.slug === name.toLowerCase())
    if (!match && !mayCreate) return setProblem(t.fields.unknownTag(name))
    setProblem(null)
    const value = match?.name ?? name
    if (!tags.some((tag) => tag.toLowerCase() === value.toLowerCase())) onChange([...tags, value])
    setInput('')
  }
  const move = (i: number) => onChange([tags[i]!, ...tags.filter((_, j) => j !== i)])
  return (
    <fieldset class="panel">
      <legend>{t.fields.tags}</legend>
      <ul class="chips" aria-label={t.fields.tags}>
        {tags.map((tag, i) => (
          <li key={tag} class={i === 0 ? 'chip primary-chip' : 'chip'}>
            <span>{tag}</span>
            {i === 0 ? (
              <span class="chip-note">{t.fields.primary}</span>
            ) : (
              <button type="button" class="chip-action" aria-label={t.fields.makePrimary(tag)} title={t.fields.makePrimary(tag)} onClick={() => move(i)}>
                ↑
              </button>
            )}
            <button type="button" class="chip-action" aria-label={t.fields.remove(tag)} title={t.fields.remove(tag)} onClick={() => onChange(tags.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label for="tag-input" class="sr-only">
        {t.fields.addTag}
      </label>
      <input
        id="tag-input"
        list="tag-options"
        value={input}
        placeholder={t.fields.addTag}
        onInput={(e) => {
          const value = e.currentTarget.value
          // Picking from the list fills the whole name at once: take it.
          if (known.some((tag) => tag.name === value) && value.length > input.length + 1) add(value)
          else if (value.endsWith(',')) add(value)
          else setInput(value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            add(input)
          } else if (e.key === 'Backspace' && input === '' && tags.length > 0) onChange(tags.slice(0, -1))
        }}
        onBlur={() => input.trim() && add(input)}
      />
      <datalist id="tag-options">
        {known.filter((tag) => !tags.includes(tag.name)).map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      <p class="hint">{mayCreate ? t.fields.tagsHint : t.fields.tagsHintExisting}</p>
    </fieldset>
  )
}

function AuthorField({ authors, onChange }: { authors: Fields['authors']; onChange: (authors: Fields['authors']) => void }) {
  const [people, setPeople] = useState<Person[]>([])
  useEffect(() => void api<{ people: Person[] }>('GET', '/people').then((r) => setPeople(r.people.filter((p) => p.status === 'active'))).catch(() => undefined), [])
  const others = people.filter((p) => !authors.some((a) => a.id === p.id))
  return (
    <fieldset class="panel">
      <legend>{t.fields.authors}</legend>
      {authors.length === 0 && <p class="hint">{t.fields.authorsDefault}</p>}
      <ul class="chips" aria-label={t.fields.authors}>
        {authors.map((a, i) => (
          <li key={a.id} class="chip">
            <span>{a.name}</span>
            <button type="button" class="chip-action" aria-label={t.fields.remove(a.name)} title={t.fields.remove(a.name)} onClick={() => onChange(authors.filter((_, j) => j !== i))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label for="author-add" class="sr-only">
        {t.fields.addAuthor}
      </label>
      <select
        id="author-add"
        value=""
        onChange={(e) => {
          const person = people.find((p) => p.id === e.currentTarget.value)
          if (person) onChange([...authors, { id: person.id, name: person.name }])
        }}
      >
        <option value="">{t.fields.addAuthor}</option>
        {others.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </fieldset>
  )
}

function FeatureImageField({ image, onChange }: { image: Fields['featureImage']; onChange: (image: Fields['featureImage']) => void }) {
  const [busy, setBusy] = useState(false)
  const [library, setLibrary] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [over, setOver] = useState(false)
  const upload = async (files: File[]) => {
    const file = files[0]
    if (!file) return
    setBusy(true)
    setError(null)
    try {
      const media = await uploadImage(file)
      onChange({ src: media.url, alt: image?.alt ?? '', caption: image?.caption ?? null, credit: image?.credit ?? null })
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <fieldset class="panel">
      <legend>{t.fields.featureImage}</legend>
      {image ? (
        <div class="feature">
          <img src={image.src} alt="" />
          <label for="fi-alt">{t.editor.alt}</label>
          <input id="fi-alt" value={image.alt} required aria-invalid={image.alt.trim() === ''} onInput={(e) => onChange({ ...image, alt: e.currentTarget.value })} />
          {image.alt.trim() === '' && <p class="field-error">{t.editor.altNeeded}</p>}
          <label for="fi-caption">{t.editor.caption}</label>
          <input id="fi-caption" value={image.caption ?? ''} onInput={(e) => onChange({ ...image, caption: e.currentTarget.value })} />
          <label for="fi-credit">{t.editor.credit}</label>
          <input id="fi-credit" value={image.credit ?? ''} onInput={(e) => onChange({ ...image, credit: e.currentTarget.value })} />
          <button type="button" onClick={() => onChange(null)}>
            {t.fields.removeImage}
          </button>
        </div>
      ) : (
        <label
          class={over ? 'dropzone over' : 'dropzone'}
          onDragOver={(e) => (e.preventDefault(), setOver(true))}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault()
            setOver(false)
            void upload(imageFiles(e.dataTransfer?.files))
          }}
        >
          <span>{busy ? t.editor.uploading : t.fields.dropImage}</span>
          <input type="file" accept="image/*" class="sr-only" onChange={(e) => void upload(imageFiles(e.currentTarget.files))} />
        </label>
      )}
      {!image && (
        <button type="button" onClick={() => setLibrary(true)}>
          {t.fields.chooseFromLibrary}
        </button>
      )}
      {library && (
        <MediaLibrary
          onPick={(media) => onChange({ src: media.url, alt: media.alt, caption: media.caption, credit: media.credit })}
          onClose={() => setLibrary(false)}
        />
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

function SeoField({ fields, excerpt, siteHost, onChange }: { fields: Fields; excerpt: string; siteHost: string; onChange: (changes: Partial<Fields>) => void }) {
  const title = fields.seo.title || fields.title || t.editor.untitled
  const description = fields.seo.description || fields.standfirst || excerpt
  const seo = (changes: Partial<Fields['seo']>) => onChange({ seo: { ...fields.seo, ...changes } })
  return (
    <fieldset class="panel">
      <legend>{t.fields.seo}</legend>
      <div class="serp" aria-label={t.fields.serpPreview}>
        <div class="serp-url">
          {siteHost} › {fields.slug || '…'}
        </div>
        <div class="serp-title">{clip(title, 60)}</div>
        <div class="serp-desc">{clip(description, 160)}</div>
      </div>
      <label for="seo-title">
        {t.fields.seoTitle} <span class="count">{t.fields.count(fields.seo.title.length, 60)}</span>
      </label>
      <input id="seo-title" value={fields.seo.title} placeholder={fields.title} maxLength={300} onInput={(e) => seo({ title: e.currentTarget.value })} />
      <label for="seo-description">
        {t.fields.seoDescription} <span class="count">{t.fields.count(fields.seo.description.length, 160)}</span>
      </label>
      <textarea id="seo-description" rows={3} value={fields.seo.description} placeholder={fields.standfirst || excerpt} maxLength={500} onInput={(e) => seo({ description: e.currentTarget.value })} />
      <label for="seo-canonical">{t.fields.canonical}</label>
      <input id="seo-canonical" type="url" value={fields.seo.canonicalUrl} placeholder="https://" onInput={(e) => seo({ canonicalUrl: e.currentTarget.value })} />
      <label for="slug">{t.fields.slug}</label>
      <input id="slug" value={fields.slug} pattern="[a-z0-9-]+" onInput={(e) => onChange({ slug: e.currentTarget.value })} />
    </fieldset>
  )
}

function Flags({ fields, onChange }: { fields: Fields; onChange: (changes: Partial<Fields>) => void }) {
  const check = (key: 'featured' | 'breaking' | 'sponsored', label: string, hint: string) => (
    <label class="check">
      <input type="checkbox" checked={fields[key]} onChange={(e) => onChange({ [key]: e.currentTarget.checked })} />
      <span>
        {label}
        <small>{hint}</small>
      </span>
    </label>
  )
  return (
    <fieldset class="panel">
      <legend>{t.fields.flags}</legend>
      {check('featured', t.fields.featured, t.fields.featuredHint)}
      {check('breaking', t.fields.breaking, t.fields.breakingHint)}
      {check('sponsored', t.fields.sponsored, t.fields.sponsoredHint)}
      {fields.sponsored && (
        <>
          <label for="sponsor">{t.fields.sponsor}</label>
          <input id="sponsor" value={fields.sponsor} required onInput={(e) => onChange({ sponsor: e.currentTarget.value })} />
          <label for="sponsor-url">{t.fields.sponsorUrl}</label>
          <input id="sponsor-url" type="url" value={fields.sponsorUrl} placeholder="https://" onInput={(e) => onChange({ sponsorUrl: e.currentTarget.value })} />
        </>
      )}
    </fieldset>
  )
}
