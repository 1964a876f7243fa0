import { describe, expect, it } from 'vitest';
import { removeLearnedBoilerplate, removeLearnedBoilerplateWith, render, type Relearn } from '../../scripts/ingest/boilerplate.ts';
import { ingestOne, type IngestResult } from '../../scripts/ingest/pipeline.ts';
import { reports, template } from './template-site.ts';

const encode = (text: string) => new TextEncoder().encode(text);
type Doc = Extract<IngestResult, { kind: 'document' }>;

const results = reports.map(([title, ...body], i) => ingestOne({ path: `qingfeng-county/${i}.txt`, bytes: encode([title, ...body, ...template].join('\n') + '\n') }));
const other = ingestOne({ path: 'elsewhere/0.txt', bytes: encode([...reports[0], ...template].join('\n') + '\n') });

describe('removeLearnedBoilerplate', () => {
  const { results: cleaned, learned } = removeLearnedBoilerplate([...results, other]);
  const texts = (r: IngestResult) => (r as Doc).blocks.map((b) => b.text);

  it('the template lines reach the per-file result (no rule knows them)', () => {
    for (const r of results) expect(texts(r)).toEqual(expect.arrayContaining(template));
  });

  it('removes lines that recur with the same neighbour in the files of one site, with their rule id', () => {
    cleaned.slice(0, 4).forEach((r, i) => {
      expect(texts(r).some((t) => template.includes(t))).toBe(false);
      expect((r as Doc).meta.removed.filter((s) => s.rule === 'learned-template').map((s) => s.text)).toEqual(template);
      const body = (r as Doc).mdx.split('\n---\n').slice(1).join('\n---\n');
      expect(body).toContain(reports[i][1].slice(0, 12));
      expect(body).not.toContain('县纪委监委宣传部');
    });
    expect(learned).toEqual(template.map((text) => ({ site: 'qingfeng-county', text, removed: 4 })));
  });

  it('keeps every sentence, the slogan recurring inside them included', () => {
    cleaned.slice(0, 4).forEach((r, i) => expect(texts(r)).toEqual(reports[i].slice(1)));
  });

  it('leaves a file of another site alone', () => {
    expect(texts(cleaned[4])).toEqual(expect.arrayContaining(template));
  });

  it('learns nothing from fewer than three files of a site', () => {
    expect(removeLearnedBoilerplate(results.slice(0, 2)).learned).toEqual([]);
  });
});

// Three notices of one provincial site (fzgg.gansu.gov.cn's joint notices, with
// the section headings every 实施方案 of a county or city portal opens with, as
// lnlh.gov.cn's and laodongfa.com's plans do): the shared headings and the
// joint signature are the documents' own; the site's footer lines are its template.
describe('removeLearnedBoilerplate keeps what the documents of a site share in their text', () => {
  const topics = ['工业企业设备更新', '消费品以旧换新', '农业机械报废更新'];
  const notices = topics.map((topic, i) =>
    [
      `甘肃省发展和改革委员会等部门关于印发《甘肃省${topic}实施方案》的通知`,
      '各市、自治州人民政府，兰州新区管委会，省直有关单位：',
      `《甘肃省${topic}实施方案》已经省委省政府同意，现印发你们，请结合实际认真贯彻落实。`,
      '一、总体要求',
      '（一）指导思想',
      `以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进${topic}工作，为全省经济高质量发展提供有力支撑。`,
      `到2025年，全省${topic}取得明显成效，相关领域投资规模较2023年增长25%以上，重点行业能效水平持续提升。`,
      '甘肃省发展和改革委员会 甘肃省工业和信息化厅',
      '甘肃省财政厅 国家税务总局甘肃省税务局',
      `2025年${i + 2}月25日`,
      ...template,
    ].join('\n') + '\n',
  );
  const docs = notices.map((text, i) => ingestOne({ path: `fzgg-gansu/${i}.txt`, bytes: encode(text) }));
  const { results: cleaned } = removeLearnedBoilerplate(docs);
  const texts = (r: IngestResult) => (r as Doc).blocks.map((b) => b.text);

  it("keeps the shared headings between the paragraphs and the joint signature, and drops the footer lines", () => {
    for (const r of cleaned) {
      expect(texts(r)).toEqual(expect.arrayContaining(['一、总体要求', '（一）指导思想', '甘肃省发展和改革委员会 甘肃省工业和信息化厅', '甘肃省财政厅 国家税务总局甘肃省税务局']));
      expect(texts(r).some((t) => template.includes(t))).toBe(false);
    }
  });
});

describe('removeLearnedBoilerplate with removals remembered between runs', () => {
  const texts = (r: IngestResult) => (r as Doc).blocks.map((b) => b.text);
  /** A memo keyed by the document's result and the template, as the batch keys it by the result's cache key. */
  function memo() {
    const stored = new Map<string, string>();
    const key = (rs: IngestResult[], i: number, template: string) => `${JSON.stringify(rs[i])}\u0000${template}`;
    let computed = 0;
    const of = (rs: IngestResult[]) => ({
      get: (i: number, template: string) => {
        const json = stored.get(key(rs, i, template));
        return json === undefined ? undefined : (JSON.parse(json) as Doc);
      },
      set: (i: number, template: string, result: Doc) => {
        computed++;
        stored.set(key(rs, i, template), JSON.stringify(result));
      },
    });
    return { of, computed: () => computed };
  }
  const inputs = [...results, other];
  const plain = removeLearnedBoilerplate(inputs);

  it('cleans each document of the site once, and gives the same output from memory after', () => {
    const m = memo();
    const first = removeLearnedBoilerplate(inputs, m.of(inputs));
    expect(m.computed()).toBe(4);
    expect(first).toEqual(plain);
    const again = removeLearnedBoilerplate(inputs, m.of(inputs));
    expect(m.computed()).toBe(4);
    expect(again).toEqual(plain);
  });

  it('cleans anew only the document that changed while the template stayed', () => {
    const m = memo();
    removeLearnedBoilerplate(inputs, m.of(inputs));
    const [title, ...body] = reports[2]!;
    const edited = ingestOne({ path: 'qingfeng-county/2.txt', bytes: encode([title, ...body, '督查组将持续跟踪整改落实情况。', ...template].join('\n') + '\n') });
    const changed = inputs.map((r, i) => (i === 2 ? edited : r));
    const after = removeLearnedBoilerplate(changed, m.of(changed));
    expect(m.computed()).toBe(5);
    expect(after).toEqual(removeLearnedBoilerplate(changed));
    expect(texts(after.results[2]!)).toContain('督查组将持续跟踪整改落实情况。');
    expect(texts(after.results[2]!)).not.toContain('廉洁清风 护航发展');
  });
});

describe('removeLearnedBoilerplateWith (the batch serializes in the worker pool)', () => {
  const inputs = [...results, other];

  it('gives removeLearnedBoilerplate\'s output, and remembers the same documents in the same order', async () => {
    const log = () => {
      const sets: number[] = [];
      return { memo: { get: () => undefined, set: (i: number) => void sets.push(i) }, sets };
    };
    const plain = log();
    const expected = removeLearnedBoilerplate(inputs, plain.memo);
    const pooled = log();
    const asked: Relearn[][] = [];
    // Answers computed out of order, as workers finish, and handed back in the order asked.
    const renderAll = async (relearn: Relearn[]) => {
      asked.push(relearn);
      const answers = await Promise.all(relearn.map(async (r, k) => (await new Promise((done) => setTimeout(done, 5 * (relearn.length - k))), render(r.meta, r.blocks))));
      return answers;
    };
    expect(await removeLearnedBoilerplateWith(inputs, pooled.memo, renderAll)).toEqual(expected);
    expect(asked.map((relearn) => relearn.map((r) => r.index))).toEqual([[0, 1, 2, 3]]);
    expect(pooled.sets).toEqual([0, 1, 2, 3]);
    expect(pooled.sets).toEqual(plain.sets);
  });

  it('asks for nothing when every removal is remembered or none is learned', async () => {
    let asked = 0;
    const renderAll = async (relearn: Relearn[]) => (asked++, relearn.map((r) => render(r.meta, r.blocks)));
    const none = await removeLearnedBoilerplateWith(results.slice(0, 2), undefined, renderAll);
    expect(none.results).toEqual(results.slice(0, 2));
    const remembered = removeLearnedBoilerplate(inputs).results;
    const memo = { get: (i: number) => remembered[i] as Doc, set: () => undefined };
    expect((await removeLearnedBoilerplateWith(inputs, memo, renderAll)).results).toEqual(remembered);
    expect(asked).toBe(0);
  });
});
