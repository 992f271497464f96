import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { MODEL_CREDITS, MODEL_LICENCE, creditLine } from '../../anatomy/credits'
import { format, type Messages } from '../../i18n'
import { LIBRARY_VERSION } from '../version'
import { TOOLS } from './toolsCss'

export type FigureInfoProps = {
  /** The figure's words (aboutFigure, aboutShows, aboutSources, ...). */
  m: Messages
  /** Start open. @defaultValue false */
  defaultOpen?: boolean
}

/** A message with one {placeholder} replaced by an element (a link), the rest as text. */
function withLink(template: string, key: string, link: ReactNode): ReactNode {
  const [before, after] = template.split(`{${key}}`)
  return after === undefined ? (
    template
  ) : (
    <>
      {before}
      {link}
      {after}
    </>
  )
}

/**
 * The figure's "i" button and the panel it opens: what the figure shows, where the 3D model comes
 * from (its CC BY 4.0 credit lines, which every page that shows the model must keep) and the
 * library's version. A non-modal dialog: opening moves focus into it, Escape or Close shuts it
 * and focus goes back to the button. Keys pressed inside never reach the figure's shortcuts.
 */
export function FigureInfo({ m, defaultOpen = false }: FigureInfoProps) {
  const [open, setOpen] = useState(defaultOpen)
  const button = useRef<HTMLButtonElement | null>(null)
  const panel = useRef<HTMLDivElement | null>(null)
  const opened = useRef(false)
  const panelId = useId()
  const titleId = useId()

  useEffect(() => {
    // focus follows only what the reader did: not on mount with defaultOpen
    if (open && opened.current) panel.current?.focus()
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // the figure's shortcuts (Space plays, arrows turn) stay out of the panel and the button
    event.stopPropagation()
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      close()
    }
  }

  return (
    <div className={`${TOOLS}__info`} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={`${TOOLS}__corner`}
        aria-label={m.aboutFigure}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          opened.current = true
          setOpen((v) => !v)
        }}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="4" r="1.5" fill="currentColor" />
          <path d="M6.5 7h2.5v6H11v1.5H5V13h1.5V8.5h-1z" fill="currentColor" />
        </svg>
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-modal="false"
          aria-labelledby={titleId}
          tabIndex={-1}
          className={`${TOOLS}__panel`}
        >
          <p id={titleId} className={`${TOOLS}__title`}>
            {m.aboutFigure}
          </p>
          <p>{m.aboutShows}</p>
          <p className={`${TOOLS}__subtitle`}>{m.aboutSources}</p>
          <p>
            {withLink(
              m.aboutModelNote,
              'licence',
              <a href={MODEL_LICENCE.url} rel="license noopener" target="_blank">
                {MODEL_LICENCE.name}
              </a>,
            )}
          </p>
          {/* citations of English papers, as published */}
          <ul lang="en" className={`${TOOLS}__credits`}>
            {MODEL_CREDITS.map((credit) => (
              <li key={credit.title}>
                {creditLine(credit)}
                {credit.doi ? (
                  <>
                    {' '}
                    <a href={`https://doi.org/${credit.doi}`} rel="noopener" target="_blank">
                      doi.org
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p>{format(m.aboutVersion, { version: LIBRARY_VERSION })}</p>
          <button type="button" className={`${TOOLS}__close`} onClick={close}>
            {m.close}
          </button>
        </div>
      ) : null}
    </div>
  )
}
