// Makes examples/video-lesson.webm, the short video of examples/video-lesson.html, with no
// external media: headless Chromium draws a plain animation (a title and a side view of the leg
// moving through each of four exercises) on a canvas and records it with MediaRecorder.
// Run: node examples/make-lesson-video.mjs (about 20 s: the recording runs in real time).
import { chromium } from 'playwright'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'

const out = resolve(import.meta.dirname, 'video-lesson.webm')
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS })
const page = await browser.newPage()
const base64 = await page.evaluate(async () => {
  const W = 480
  const H = 270
  const SEGMENT_S = 4
  const canvas = document.createElement('canvas')
  canvas.width = W
  canvas.height = H
  document.body.append(canvas)
  const g = canvas.getContext('2d')
  // each exercise: title, and the hip and knee angles (degrees) over one repetition, u in 0..1
  const wave = (u) => 0.5 - 0.5 * Math.cos(2 * Math.PI * u)
  const EXERCISES = [
    {
      title: '1  Quad set',
      note: 'Tighten the thigh, knee straight',
      hip: () => 0,
      knee: () => 0,
      squeeze: wave,
    },
    {
      title: '2  Straight-leg raise',
      note: 'Lift the straight leg',
      hip: (u) => 40 * wave(u),
      knee: () => 0,
      squeeze: () => 0.6,
    },
    {
      title: '3  Mini squat',
      note: 'Bend a little, knees over toes',
      hip: (u) => 35 * wave(u),
      knee: (u) => 45 * wave(u),
      squeeze: wave,
    },
    {
      title: '4  Clamshell',
      note: 'Lying on the side, open the knees',
      hip: () => 45,
      knee: () => 90,
      squeeze: wave,
      open: wave,
    },
  ]
  const draw = (t) => {
    const i = Math.min(Math.floor(t / SEGMENT_S), EXERCISES.length - 1)
    const e = EXERCISES[i]
    const u = ((t % SEGMENT_S) / SEGMENT_S) * 2 // two repetitions per scene
    g.fillStyle = '#eef0f2'
    g.fillRect(0, 0, W, H)
    g.fillStyle = '#1d2125'
    g.font = 'bold 24px sans-serif'
    g.fillText(e.title, 20, 40)
    g.font = '16px sans-serif'
    g.fillText(e.note, 20, 66)
    // the leg from the side: hip, knee, ankle
    const hip = { x: 250, y: 110 }
    const thigh = 80
    const shin = 80
    const hipRad = ((e.hip(u) + (e.open ? 20 * e.open(u) : 0)) * Math.PI) / 180
    const kneeRad = (e.knee(u) * Math.PI) / 180
    const knee = { x: hip.x + thigh * Math.sin(hipRad), y: hip.y + thigh * Math.cos(hipRad) }
    const ankle = {
      x: knee.x + shin * Math.sin(hipRad - kneeRad),
      y: knee.y + shin * Math.cos(hipRad - kneeRad),
    }
    g.lineCap = 'round'
    g.lineWidth = 22
    const red = Math.round(150 + 80 * e.squeeze(u))
    g.strokeStyle = `rgb(${red}, 70, 60)`
    g.beginPath()
    g.moveTo(hip.x, hip.y)
    g.lineTo(knee.x, knee.y)
    g.stroke()
    g.strokeStyle = '#d9cdb0'
    g.lineWidth = 16
    g.beginPath()
    g.moveTo(knee.x, knee.y)
    g.lineTo(ankle.x, ankle.y)
    g.stroke()
    g.fillStyle = '#9cc6e8'
    g.beginPath()
    g.arc(knee.x, knee.y, 9, 0, 2 * Math.PI)
    g.fill()
    // a time bar
    g.fillStyle = '#1f5fbf'
    g.fillRect(0, H - 6, (W * t) / (SEGMENT_S * EXERCISES.length), 6)
  }
  const stream = canvas.captureStream(15)
  const recorder = new MediaRecorder(stream, {
    mimeType: 'video/webm;codecs=vp8',
    videoBitsPerSecond: 250_000,
  })
  const chunks = []
  recorder.ondataavailable = (event) => chunks.push(event.data)
  const done = new Promise((r) => (recorder.onstop = r))
  const total = SEGMENT_S * EXERCISES.length
  const start = performance.now()
  draw(0)
  recorder.start()
  await new Promise((resolveDone) => {
    const tick = () => {
      const t = (performance.now() - start) / 1000
      if (t >= total) return resolveDone()
      draw(t)
      requestAnimationFrame(tick)
    }
    tick()
  })
  recorder.stop()
  await done
  const blob = new Blob(chunks, { type: 'video/webm' })
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
})
writeFileSync(out, Buffer.from(base64, 'base64'))
console.log(`wrote ${out} (${Math.round(Buffer.from(base64, 'base64').length / 1024)} KB)`)
await browser.close()
