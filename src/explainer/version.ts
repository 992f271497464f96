/** The library's version, shown in the figure's info panel (a unit test keeps it equal to package.json's). */
export const LIBRARY_VERSION = '0.1.0'
