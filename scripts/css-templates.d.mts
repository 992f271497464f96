import type { Plugin } from 'vite'
export function minifyCss(css: string): string
export function minifyCssTemplates(code: string): string | null
export function cssTemplates(): Plugin
