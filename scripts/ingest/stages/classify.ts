// Stage: the document type, by scoring features of the title, the blocks and
// the front lines (issue 5). Each type adds up the weights of the features it
// shows; the highest score wins, and below MIN_SCORE the document is an
// article. The features and their weights:
//
//   interview  turns with an interviewer label (记者：, 主持人：, 问：)       4
//              专访 / 访谈 / 答记者问 / 对话 in the title or the first lines  2
//   speech     讲话 / 致辞 / 发言 / 报告 / 演讲 / 主持词 / 党课 in the title     3
//              a speaker name line or a date line in parentheses under it  1
//              a salutation 同志们： / 各位来宾：                           2
//              谢谢大家 / 谢谢！ at the end                                  1
//              我代表… / 下面，我讲几点意见 (first person at the rostrum)     1
//              a cover notice that transmits it                            2
//   report     本报讯 / 新华社…电 at the start                              3
//              本报记者 / 记者 / 通讯员 bylines, 记者 X 摄                    2
//              a newspaper attribution（《…报》…）or 来源：…报              2
//              据了解 / 据悉 / 近日 / 日前 / 连日来 leading a paragraph         1
//              a headline telling what someone said or did (…强调：…, …调研…)  2
//              a lede opening on the day (4月11日下午，…)                      1
//              出席会议并讲话 / 主持会议 (the speech told, not given)            1
//   notice     …通知 / 通报 / 决定 title                                      3
//              现将…印发 / 请…认真贯彻执行 / 特此通知                          2
//              附件： lines                                                1
//
// A speech transmitted by a cover notice scores the notice features only on
// its notice part, so it stays a speech.
import type { Block, DocumentType, IngestFile } from '../types.ts';

const MIN_SCORE = 2;

type Scores = Record<Exclude<DocumentType, 'article'>, number>;
interface Feature {
  type: keyof Scores;
  weight: number;
  test: (doc: Doc) => boolean;
}
interface Doc {
  title: string;
  /** The title is the document's own, not derived from its first sentence. */
  titleFound: boolean;
  blocks: Block[];
  front: string[];
  /** Body text, one block a line. */
  body: string;
}

const bodyStarts = (doc: Doc, re: RegExp) => doc.blocks.some((b) => b.part === 'body' && b.kind === 'paragraph' && re.test(b.text));

const FEATURES: Feature[] = [
  { type: 'interview', weight: 4, test: (d) => d.blocks.some((b) => b.kind === 'turn' && b.role === 'interviewer') },
  { type: 'interview', weight: 2, test: (d) => /专访|访谈|答记者问|对话/.test(d.title) || /接受.{0,8}(?:专访|采访)/.test(d.body.slice(0, 300)) },
  { type: 'speech', weight: 3, test: (d) => /讲话|致辞|发言|报告|演讲|主持词|党课|讲稿/.test(d.title) },
  { type: 'speech', weight: 1, test: (d) => d.front.some((l) => /^[（(].*[0-9〇○零一二三四五六七八九]{4}年.*[）)]$/.test(l)) },
  { type: 'speech', weight: 2, test: (d) => d.blocks.some((b) => b.part === 'body' && /^(?:.{0,20}[、，])?(?:同志们|各位来宾|各位代表|各位领导)[^。]{0,30}[：！]/.test(b.text)) },
  { type: 'speech', weight: 1, test: (d) => /谢谢大家|谢谢！$|谢谢各位/.test(d.body.slice(-200)) },
  { type: 'speech', weight: 1, test: (d) => /我代表|下面，我(?:讲|谈|再强调|就)/.test(d.body) },
  { type: 'speech', weight: 2, test: (d) => d.blocks.some((b) => b.part === 'notice') },
  { type: 'report', weight: 3, test: (d) => /^(?:本报讯|新华社.{0,12}电|【[^】]+】|（记者[^）]+）)/.test(d.body) },
  { type: 'report', weight: 2, test: (d) => d.front.some((l) => /^(?:本报|特约)?记者|^通讯员|\s摄$|^文\s*[/／]/.test(l)) },
  { type: 'report', weight: 2, test: (d) => d.front.some((l) => /《[^》]+(?:报|刊|网)》|^[（(]?(?:来源|稿源)[：:].*(?:报|通讯社|电视台|广播电台)[）)]?$/.test(l)) },
  { type: 'report', weight: 1, test: (d) => bodyStarts(d, /^(?:据了解|据悉|近日|日前|连日来|今年以来)/) },
  { type: 'report', weight: 2, test: (d) => d.titleFound && /(?:强调|指出|要求)[：:，]|在.{2,30}(?:调研|检查)|主持召开|出席.{2,30}(?:会|仪式|活动)/.test(d.title) },
  { type: 'report', weight: 1, test: (d) => bodyStarts(d, /^[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚)?[，,]/) },
  { type: 'report', weight: 1, test: (d) => /出席(?:会议|活动)?并(?:讲话|致辞)|主持(?:会议|召开)/.test(d.body) },
  { type: 'notice', weight: 3, test: (d) => /(?:通知|通报|决定)$/.test(d.title) },
  { type: 'notice', weight: 2, test: (d) => bodyStarts(d, /^现将.{0,80}(?:印发|转发)|请.{0,30}认真贯彻执行|^特此通知/) },
  { type: 'notice', weight: 1, test: (d) => bodyStarts(d, /^附件[：:]/) },
];

export function scoreTypes(doc: Doc): Scores {
  const scores: Scores = { speech: 0, interview: 0, report: 0, notice: 0 };
  for (const feature of FEATURES) if (feature.test(doc)) scores[feature.type] += feature.weight;
  return scores;
}

export function typeOf(scores: Scores): DocumentType {
  const [best, score] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0] as [keyof Scores, number];
  return score >= MIN_SCORE ? best : 'article';
}

export function classify(file: IngestFile): void {
  const { blocks, front, meta } = file.data;
  const body = blocks.filter((b) => b.part === 'body').map((b) => b.text).join('\n');
  const scores = scoreTypes({ title: meta.title ?? '', titleFound: meta.titleSource === 'found', blocks, front, body });
  meta.type = typeOf(scores);
  file.info(`type ${meta.type} (scores ${JSON.stringify(scores)})`, { ruleId: 'type', source: 'classify' });
}
