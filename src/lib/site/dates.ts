// Dates as the newsletter writes them (2026年6月25日) from the ISO dates the parser keeps.

export function formatDateZh(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
