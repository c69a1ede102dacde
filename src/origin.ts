/** The public knowledge base this casebook re-tells, pinned to the commit its facts were taken from. */
export const ORIGIN = {
  repository: 'AdaMartin18010/wasmedge_k3s',
  commit: 'e7984d761afd4ee815bf1bac51bc8dd769ff54c0',
  casesFolder: 'docs/COGNITIVE/05-decision-analysis/decision-models/03-cases',
} as const;

/** Link to a file of the original at the pinned commit. */
export function originUrl(path: string): string {
  return `https://github.com/${ORIGIN.repository}/blob/${ORIGIN.commit}/${path}`;
}
