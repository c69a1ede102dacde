/**
 * Where a figure comes from.
 * - `original`: stated by the original knowledge base without any cited measurement.
 * - a source id: a primary source listed in content/sources.yaml that states this figure.
 * In a module of its own, without zod, so that code bundled for the browser can use it.
 */
export const ORIGINAL = 'original' as const;
