import type { StructureId } from '../../anatomy/structures'
import { useExplainer, useExplainerStore } from '../ExplainerProvider'
import type { Messages } from '../../i18n'
import { ROOT } from './controlsCss'

/** The figure's check boxes and its reset button, bound to the explainer store. */

export type ControlProps = { m: Messages }

export type Toggle = 'xray' | 'trail' | 'forces' | 'contact'
export const TOGGLES: readonly Toggle[] = ['xray', 'trail', 'forces', 'contact']

export function ToggleCheckbox({ m, toggle }: ControlProps & { toggle: Toggle }) {
  const store = useExplainerStore()
  const checked = useExplainer((s) => s[toggle])
  return (
    <label className={`${ROOT}__check`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => store.setState({ [toggle]: event.target.checked })}
      />
      {m[toggle]}
    </label>
  )
}

export function LabelsCheckbox({
  m,
  labelSet,
}: ControlProps & { labelSet: readonly StructureId[] }) {
  const store = useExplainerStore()
  const checked = useExplainer((s) => s.labels.length > 0)
  return (
    <label className={`${ROOT}__check`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => store.setState({ labels: event.target.checked ? labelSet : [] })}
      />
      {m.labels}
    </label>
  )
}

export function ResetButton({ m }: ControlProps) {
  const store = useExplainerStore()
  return (
    <button type="button" onClick={() => store.reset()}>
      {m.reset}
    </button>
  )
}

/** Shows the fluid sacs (bursae) around the kneecap, which the figure otherwise keeps hidden. */
export function BursaeCheckbox({ m }: ControlProps) {
  const store = useExplainerStore()
  const checked = useExplainer((s) => s.bursae === true)
  return (
    <label className={`${ROOT}__check`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => store.setState({ bursae: event.target.checked })}
      />
      {m.bursae}
    </label>
  )
}
