// `npx vite examples/react-article`: the example article as a React page.
import { createRoot } from 'react-dom/client'
import modelUrl from '../../models/knee.glb?url'
import { Article } from './Article'

createRoot(document.getElementById('root')!).render(<Article modelSrc={modelUrl} />)
