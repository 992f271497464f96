/**
 * three.js's Clock without its deprecation warning (three r183 warns each time one is made, and
 * @react-three/fiber 9 makes one per canvas: a page of figures would fill the console). Same
 * behaviour as three/src/core/Clock.js (MIT); used only by the standalone script's three.js subset.
 */
export class Clock {
  startTime = 0
  oldTime = 0
  elapsedTime = 0
  running = false

  constructor(public autoStart = true) {}

  start() {
    this.startTime = performance.now()
    this.oldTime = this.startTime
    this.elapsedTime = 0
    this.running = true
  }

  stop() {
    this.getElapsedTime()
    this.running = false
    this.autoStart = false
  }

  getElapsedTime() {
    this.getDelta()
    return this.elapsedTime
  }

  getDelta() {
    if (this.autoStart && !this.running) {
      this.start()
      return 0
    }
    if (!this.running) return 0
    const now = performance.now()
    const diff = (now - this.oldTime) / 1000
    this.oldTime = now
    this.elapsedTime += diff
    return diff
  }
}
