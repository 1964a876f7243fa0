// Titles of one numbered series (…的通告（第6号）, …（第7号）): a page of one of
// them links its neighbours under its own title (Wikisource's ← | 第5号 | 第6号 /
// 第7号 navigation), and a neighbour's title is never this document's.
// Hand-written: a numbering convention of Chinese official series.
import { bare } from './title-agreement.ts';

/** A serial number in a title: 第6号, 第七期, （2）. */
const SERIAL = /第[0-9一二三四五六七八九十百]{1,4}[号期次批]|[（(][0-9一二三四五六七八九十]{1,3}[）)]/gu;

/** Two titles the same but for their serial number (…的通告（第6号） and …的通告（第7号）): two documents of one series. */
export function seriesSibling(a: string, b: string): boolean {
  const serial = (t: string) => [...t.matchAll(SERIAL)].map((m) => m[0]).join('|');
  const rest = (t: string) => bare(seriesForm(t).replace(SERIAL, '#'));
  return serial(a) !== '' && serial(b) !== '' && serial(a) !== serial(b) && rest(a) === rest(b);
}

/** A remark in brackets after a space at the end of a title that ends in its serial (…（第6号） （玉环市）): a wiki's disambiguator. */
const SERIES_REMARK = /(?<=第[0-9一二三四五六七八九十百]{1,4}[号期次批][）)]?)\s+[（(][^（）()]{1,10}[）)]$/u;

/** The title as its series prints it: without a remark the page added after its serial. */
export function seriesForm(title: string): string {
  return title.replace(SERIES_REMARK, '');
}

