/**
 * The scene state of one explainer, in a small external store: what the figure shows (flexion,
 * motion, tracking, highlight, view, overlays). Props set it (controlled) or seed it
 * (uncontrolled); page elements outside the canvas (scroll steps, structure links) talk to the
 * same store. Pure TypeScript: no React, no three.js.
 */
import { GROUP_IDS, STRUCTURE_IDS, resolveHighlight, type StructureId } from '../anatomy/structures'
import { FLEXION_RANGE_DEG, HIP_RANGES } from '../kinematics/input'
import { isTrackingPresetId } from '../kinematics/presets'
import { VIEW_IDS } from '../scene/views'
import type { ExplainerState } from '../scene/stageState'

export type { CompareMode, ExplainerState } from '../scene/stageState'

export const DEFAULT_EXPLAINER_STATE: Readonly<ExplainerState> = {
  flexionDeg: 20,
  playing: false,
  motionRange: [0, 90],
  speed: 1,
  tracking: 'normal',
  trackingParams: {},
  highlight: [],
  dimOthers: true,
  selected: null,
  activation: {},
  view: 'anterior',
  side: 'right',
  labels: [],
  xray: false,
  compare: 'none',
  trail: false,
  forces: false,
  contact: false,
  exercise: null,
  hip: { flexionDeg: 0, abductionDeg: 0, externalRotationDeg: 0 },
}

export type ExplainerKey = keyof ExplainerState
export type Listener = (state: ExplainerState, previous: ExplainerState) => void

export type ExplainerStore = {
  getState(): ExplainerState
  /** Merges a partial state after sanitising it; listeners hear only real changes. */
  setState(patch: Partial<ExplainerState>): void
  subscribe(listener: Listener): () => void
  /** Back to the state the store was created with. */
  reset(): void
}

const warned = new Set<string>()
/** One development warning per distinct message (no console floods). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return
  warned.add(message)
  if (typeof console !== 'undefined') console.warn(`knee-explainer: ${message}`)
}
export function resetExplainerWarnings(): void {
  warned.clear()
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi)
const finite = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback

/**
 * Cleans a patch: clamps numbers, drops unknown ids with one warning that lists the valid ones,
 * and resolves conflicts predictably (see the docs: a min above max is swapped; labels and the
 * selection must be structure ids).
 */
export function sanitizePatch(
  patch: Partial<ExplainerState>,
  current: ExplainerState,
): Partial<ExplainerState> {
  const out: Partial<ExplainerState> = { ...patch }
  if ('flexionDeg' in patch) {
    const raw = finite(patch.flexionDeg, current.flexionDeg)
    const v = clamp(raw, FLEXION_RANGE_DEG.min, FLEXION_RANGE_DEG.max)
    if (v !== patch.flexionDeg)
      warnOnce(
        `flexion ${String(patch.flexionDeg)} is outside ${FLEXION_RANGE_DEG.min}-${FLEXION_RANGE_DEG.max} degrees; using ${v}.`,
      )
    out.flexionDeg = v
  }
  if (patch.motionRange) {
    let [a, b] = patch.motionRange.map((v) =>
      clamp(finite(v, 0), FLEXION_RANGE_DEG.min, FLEXION_RANGE_DEG.max),
    ) as [number, number]
    if (a > b) [a, b] = [b, a]
    out.motionRange = [a, b]
  }
  if ('speed' in patch) out.speed = clamp(finite(patch.speed, 1), 0.1, 4)
  if ('exerciseSeconds' in patch && patch.exerciseSeconds !== null)
    out.exerciseSeconds = Math.max(0, finite(patch.exerciseSeconds, 0))
  if ('tracking' in patch && !isTrackingPresetId(patch.tracking)) {
    warnOnce(`unknown tracking "${String(patch.tracking)}"; using "normal".`)
    out.tracking = 'normal'
  }
  if (patch.highlight) {
    const { structures, unknown } = resolveHighlight(patch.highlight)
    if (unknown.length) {
      warnOnce(
        `unknown structure ids in highlight (${unknown.join(', ')}) are ignored. Valid ids: ${[...STRUCTURE_IDS, ...GROUP_IDS].join(', ')}.`,
      )
      // keep the valid ids and groups as given
      out.highlight = patch.highlight.filter((id) => !unknown.includes(id))
    }
    void structures
  }
  if (patch.labels) {
    const { structures, unknown } = resolveHighlight(patch.labels)
    if (unknown.length)
      warnOnce(`unknown structure ids in labels (${unknown.join(', ')}) are ignored.`)
    out.labels = structures
  }
  if ('selected' in patch && patch.selected !== null && patch.selected !== undefined) {
    if (!(STRUCTURE_IDS as readonly string[]).includes(patch.selected)) {
      warnOnce(`unknown structure "${String(patch.selected)}" cannot be selected.`)
      out.selected = null
    }
  }
  if ('view' in patch && !(VIEW_IDS as readonly string[]).includes(patch.view as string)) {
    warnOnce(`unknown view "${String(patch.view)}"; valid views: ${VIEW_IDS.join(', ')}.`)
    delete out.view
  }
  if ('side' in patch && patch.side !== 'left' && patch.side !== 'right') delete out.side
  if (patch.hip) {
    // hip ranges a person can reach (kinematics' HIP_RANGES)
    out.hip = {
      flexionDeg: clamp(finite(patch.hip.flexionDeg, 0), ...HIP_RANGES.flexionDeg),
      abductionDeg: clamp(finite(patch.hip.abductionDeg, 0), ...HIP_RANGES.abductionDeg),
      externalRotationDeg: clamp(
        finite(patch.hip.externalRotationDeg, 0),
        ...HIP_RANGES.externalRotationDeg,
      ),
    }
  }
  if (patch.activation) {
    const cleaned: Partial<Record<StructureId, number>> = {}
    for (const [id, value] of Object.entries(patch.activation)) {
      if ((STRUCTURE_IDS as readonly string[]).includes(id))
        cleaned[id as StructureId] = clamp(finite(value, 0), 0, 1)
      else warnOnce(`unknown structure "${id}" in activation is ignored.`)
    }
    out.activation = cleaned
  }
  return out
}

function shallowEqualValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => Object.is(v, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    )
  }
  return false
}

export function createExplainerStore(initial: Partial<ExplainerState> = {}): ExplainerStore {
  const seed: ExplainerState = {
    ...DEFAULT_EXPLAINER_STATE,
    ...sanitizePatch(initial, DEFAULT_EXPLAINER_STATE),
  }
  let state = seed
  const listeners = new Set<Listener>()
  const store: ExplainerStore = {
    getState: () => state,
    setState(patch) {
      const clean = sanitizePatch(patch, state)
      let changed = false
      for (const key of Object.keys(clean) as ExplainerKey[]) {
        if (!shallowEqualValue(clean[key], state[key])) changed = true
      }
      if (!changed) return
      const previous = state
      state = { ...state, ...clean }
      for (const listener of [...listeners]) listener(state, previous)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    reset() {
      store.setState(seed)
    },
  }
  return store
}

/** The keys whose value differs between two states. */
export function changedKeys(a: ExplainerState, b: ExplainerState): ExplainerKey[] {
  return (Object.keys(a) as ExplainerKey[]).filter((k) => !shallowEqualValue(a[k], b[k]))
}
