// The access date a citation shows as the page is built (CiteBox.astro), the
// same YYYY-MM-DD as citation.ts's isoDay. Every document page asks for it,
// and making an Intl.DateTimeFormat loads its locale data, which cost more than
// the rest of the page's citation: here one formatter per time zone serves
// them all. isoDay stays as it is because the page's script carries a copy of
// it to the browser, where it runs once per copy.
const formats = new Map<string, Intl.DateTimeFormat>();

export function buildDay(date: Date, timeZone = 'Asia/Shanghai'): string {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(date);
}
