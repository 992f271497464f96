// Data a figure loads on first ask (the exercise catalogue, the daily activities): one download
// however often it is asked for, listeners told when it comes, and a chunk that fails to come
// warns once and leaves the figure going on without it.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyTable } from '../../src/kinematics/lazyTable'

afterEach(() => vi.restoreAllMocks())

describe('lazyTable', () => {
  it('loads once on the first ask and tells its listeners', async () => {
    const importer = vi.fn(() => Promise.resolve({ squat: 1 }))
    const table = lazyTable('the test data', importer)
    const heard = vi.fn()
    table.onSettled(heard)
    expect(importer).not.toHaveBeenCalled()
    expect(table.settled()).toBe(false)
    expect(table.get()).toBeNull()
    expect(table.get()).toBeNull()
    await table.load()
    expect(importer).toHaveBeenCalledTimes(1)
    expect(heard).toHaveBeenCalledTimes(1)
    expect(table.settled()).toBe(true)
    expect(table.get()).toEqual({ squat: 1 })
  })

  it('warns once when the chunk fails to come, settles, and answers null from then on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const importer = vi.fn(() => Promise.reject(new Error('network down')))
    const table = lazyTable('the test data', importer)
    const heard = vi.fn()
    const stop = table.onSettled(heard)
    await table.load()
    await table.load()
    expect(table.get()).toBeNull()
    expect(table.settled()).toBe(true)
    expect(heard).toHaveBeenCalledTimes(1)
    expect(importer).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toBe('knee-explainer: the test data did not load.')
    stop()
  })
})
