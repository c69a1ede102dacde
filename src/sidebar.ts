/** Sidebar of both locales. Groups list their folder's pages, ordered by each page's `sidebar.order`. */
export const sidebar = [
  {
    label: '案例研究',
    translations: { en: 'Case studies' },
    items: [{ autogenerate: { directory: 'cases' } }],
  },
  {
    label: '知识库',
    translations: { en: 'Knowledge base' },
    items: [{ autogenerate: { directory: 'kb' } }],
  },
];
