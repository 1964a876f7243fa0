// Site settings in one place: astro.config.mjs, layouts, feeds and citations read them.
export const site = {
  title: '讲话文库',
  description: '地方党政讲话、访谈、报道与通知的可检索文库：清洗后的全文、元数据、出处与引用。',
  /** Canonical origin of the published site; permalinks and citations use it. */
  url: process.env.SITE_URL ?? 'https://speech-archive.example.org',
  lang: 'zh-CN',
} as const;
