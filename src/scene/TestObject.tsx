import type { ThreeElements } from '@react-three/fiber'

export type TestObjectProps = ThreeElements['group']

/**
 * A bone-coloured capsule, 16 cm long, at the knee's place in the frame: the first vertical
 * slice shows the canvas, the lights and the colour before the knee model exists.
 */
export function TestObject(props: TestObjectProps) {
  return (
    <group {...props}>
      <mesh name="test-object">
        <capsuleGeometry args={[0.035, 0.09, 8, 32]} />
        <meshStandardMaterial color="#e9dcc3" roughness={0.65} metalness={0} />
      </mesh>
    </group>
  )
}
