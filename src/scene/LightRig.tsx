import type { ReactNode } from 'react'

export type LightRigProps = {
  /** Overall light intensity multiplier. @defaultValue 1 */
  intensity?: number
  children?: ReactNode
}

/**
 * The library's neutral, local light rig, as an anatomy illustrator would light a plate:
 * a soft key from above-front, a cool fill from the other side, a rim from behind so
 * silhouettes read against the background, and a sky/ground ambient. No environment maps,
 * so nothing is fetched.
 */
export function LightRig({ intensity = 1, children }: LightRigProps) {
  return (
    <group name="light-rig">
      <hemisphereLight args={['#f4f1ea', '#8a8178', 1.0 * intensity]} />
      <directionalLight name="key-light" position={[1.2, 2.4, 2.6]} intensity={2.1 * intensity} />
      <directionalLight
        name="fill-light"
        position={[-2.4, 0.6, 1.4]}
        color="#dfe8f2"
        intensity={0.7 * intensity}
      />
      {/* a low front fill so surfaces that face the reader and slightly down (tendons) stay light */}
      <directionalLight
        name="front-fill"
        position={[0.3, -0.6, 2.4]}
        intensity={0.55 * intensity}
      />
      <directionalLight
        name="rim-light"
        position={[0.4, 1.2, -3]}
        color="#ffffff"
        intensity={1.1 * intensity}
      />
      {children}
    </group>
  )
}
