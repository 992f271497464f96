export function trimThree(code: string, id: string): string | null
