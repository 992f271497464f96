import { useId, useState, type CSSProperties } from 'react'
import { STRUCTURE_IDS, type StructureId } from '../anatomy/structures'
import { useStructureDescriptions, type FigureWords } from '../i18n/figureWords'
import { useExplainer, useExplainerStore } from './ExplainerProvider'

export type StructureListProps = {
  /** Names and strings for the list: a language bundle, or the figure's words. */
  bundle: Pick<FigureWords, 'messages' | 'structures'>
  /** Start open. @defaultValue false */
  open?: boolean
  className?: string
  style?: CSSProperties
}

/**
 * The keyboard and screen-reader way to pick what the mouse picks in 3D: a real list of buttons,
 * one per structure; the picked one is highlighted, labelled and announced.
 */
export function StructureList({ bundle, open = false, className, style }: StructureListProps) {
  const store = useExplainerStore()
  const selected = useExplainer((s) => s.selected)
  const hintId = useId()
  // the descriptions are the buttons' tooltips: asked for when the list may open (a pointer on
  // it, focus on its summary, or open)
  const [wanted, setWanted] = useState(open)
  const want = () => setWanted(true)
  const description = useStructureDescriptions(bundle.structures, wanted)
  const pick = (id: StructureId | null) =>
    store.setState(
      id
        ? { selected: id, highlight: [id], labels: [id] }
        : { selected: null, highlight: [], labels: [] },
    )
  return (
    <details
      className={['knee-structure-list', className].filter(Boolean).join(' ')}
      open={open}
      onToggle={want}
      onPointerEnter={want}
      onFocus={want}
      style={{ margin: '0.5em 0', ...style }}
    >
      <summary style={SUMMARY}>{bundle.messages.structureList}</summary>
      <p id={hintId} style={{ margin: '0.4em 0' }}>
        {bundle.messages.structureListHint}
      </p>
      <ul aria-describedby={hintId} style={LIST}>
        <li>
          <button
            type="button"
            aria-pressed={selected === null}
            onClick={() => pick(null)}
            style={BUTTON}
          >
            {bundle.messages.clearSelection}
          </button>
        </li>
        {STRUCTURE_IDS.map((id) => (
          <li key={id}>
            <button
              type="button"
              aria-pressed={selected === id}
              onClick={() => pick(id)}
              title={description(id)}
              style={selected === id ? { ...BUTTON, ...PRESSED } : BUTTON}
            >
              {bundle.structures[id].name}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}

const SUMMARY: CSSProperties = {
  cursor: 'pointer',
  minHeight: 32,
  lineHeight: '32px',
  fontWeight: 600,
}
const LIST: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap: 6,
}
const BUTTON: CSSProperties = {
  minHeight: 32,
  padding: '0 10px',
  font: 'inherit',
  color: 'var(--knee-text, #1d2125)',
  background: 'var(--knee-control-surface, #ffffff)',
  border: '1px solid var(--knee-border, #6b7178)',
  borderRadius: 'var(--knee-radius, 8px)',
  cursor: 'pointer',
}
const PRESSED: CSSProperties = {
  background: 'var(--knee-accent, #1f5fbf)',
  color: 'var(--knee-on-accent, #ffffff)',
  borderColor: 'var(--knee-accent, #1f5fbf)',
}
