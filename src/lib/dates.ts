// Display of the archive's partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in Chinese.

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return `${y}年${m}月${d}日`;
  if (m) return `${y}年${m}月`;
  return `${y}年`;
}
