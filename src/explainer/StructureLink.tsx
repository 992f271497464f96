import { useRef, type CSSProperties, type ReactNode } from 'react'
import { isStructureId, isGroupId, type StructureId } from '../anatomy/structures'
import { useExplainerStore } from './ExplainerProvider'
import { warnOnce } from './store'

export type StructureLinkProps = {
  /** Structure id (or group id) the word refers to. */
  id: string
  /** The word or words in the text. */
  children?: ReactNode
  /** Class name for the link (the library's look is a dotted underline). */
  className?: string
  /** Style for the link. */
  style?: CSSProperties
}

/**
 * A word in the prose tied to the figure: hovering or focusing it highlights its structure,
 * clicking selects it. A real button, so it works with a keyboard and a screen reader.
 */
export function StructureLink({ id, children, className, style }: StructureLinkProps) {
  const store = useExplainerStore()
  const saved = useRef<readonly string[] | null>(null)
  const valid = isStructureId(id) || isGroupId(id)
  if (!valid) warnOnce(`StructureLink: unknown structure id "${id}".`)
  const show = () => {
    if (!valid || saved.current) return
    saved.current = store.getState().highlight
    store.setState({ highlight: [id] })
  }
  const hide = () => {
    if (!saved.current) return
    store.setState({ highlight: saved.current })
    saved.current = null
  }
  return (
    <button
      type="button"
      className={['knee-structure-link', className].filter(Boolean).join(' ')}
      data-structure={id}
      disabled={!valid}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onClick={() => {
        if (!valid) return
        saved.current = null
        store.setState({
          highlight: [id],
          ...(isStructureId(id)
            ? { selected: id as StructureId, labels: [id as StructureId] }
            : {}),
        })
      }}
      style={{
        font: 'inherit',
        color: 'inherit',
        background: 'none',
        border: 0,
        padding: 0,
        minHeight: 24,
        textDecoration: 'underline dotted',
        textDecorationColor: 'var(--knee-accent, #1f5fbf)',
        textDecorationThickness: 2,
        textUnderlineOffset: 3,
        cursor: 'pointer',
        ...style,
      }}
    >
      {children}
    </button>
  )
}
