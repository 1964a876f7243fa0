import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../scripts/ingest/people/find.ts';
import { isOfficialName } from '../../scripts/ingest/people/names.ts';
import { ANSWER_TOLD, ANSWERERS_LISTED, ANSWERING, ANSWERS_LEAD_IN, FULL_TEXT_FOLLOWS, GUESTS_INTRODUCED, HOST_SHAPES, HOST_WELCOME, LABEL_AFTER_POST, INVITED, INVITED_SPOKESMAN, QUESTION_TOLD, REPORTING, SPEAKER_TITLE_SHAPES, NAME_HONOURS, SIGNATURE_AFFIXES, SPEECH_LEAD_IN, SPEECH_SOLE_LABEL, VISITING } from '../../scripts/ingest/people/speaker-cues.ts';
import { AFTER_NAME, BEFORE_NAME, LINE_POSTS, POSTS, SURNAMES, type Term } from '../../scripts/ingest/people/vocabulary.ts';
import { parseSeen } from '../fixtures/classify/sources.ts';

const found = (text: string) => findPeople(text).map((p) => `${p.post}|${p.name}`);

describe('people vocabulary', { timeout: 60_000 }, () => {
  const lists: [string, Term[]][] = [
    ['POSTS', POSTS],
    // Posts read in a whole name line only (thirty-fourth session, titleshape).
    ['LINE_POSTS', LINE_POSTS],
    ['AFTER_NAME', AFTER_NAME],
    ['BEFORE_NAME', BEFORE_NAME],
    ['SURNAMES', SURNAMES],
    ['INVITED', INVITED],
    ['GUESTS_INTRODUCED', GUESTS_INTRODUCED],
    ['ANSWERERS_LISTED', ANSWERERS_LISTED],
    ['SPEECH_LEAD_IN', SPEECH_LEAD_IN],
    // A media session's answers announced by the press office (thirty-first session, speakerless).
    ['ANSWERS_LEAD_IN', ANSWERS_LEAD_IN],
    ['FULL_TEXT_FOLLOWS', FULL_TEXT_FOLLOWS],
    ['HOST_WELCOME', HOST_WELCOME],
    ['REPORTING', REPORTING],
    ['QUESTION_TOLD', QUESTION_TOLD],
    ['ANSWER_TOLD', ANSWER_TOLD],
    // One rule: the headline or lede names the interviewee, after the name or before it.
    ['ANSWERING and VISITING', [...ANSWERING, ...VISITING]],
    // Each shape of a speech's title, by its id (thirtieth session, speakermiss).
    // A spokesman invited to answer (thirty-second session, speakermiss).
    ['INVITED_SPOKESMAN', INVITED_SPOKESMAN],
    // One person's label over a speech's words (thirty-second session, speakermiss).
    ['SPEECH_SOLE_LABEL', SPEECH_SOLE_LABEL],
    // Honours after a name and a signer's affixes (thirty-fourth session, areaspeaker).
    ['NAME_HONOURS', NAME_HONOURS],
    ['SIGNATURE_AFFIXES', SIGNATURE_AFFIXES],
    ...[...new Set(SPEAKER_TITLE_SHAPES.map((t) => t.id))].map((id): [string, Term[]] => [`SPEAKER_TITLE_SHAPES ${id}`, SPEAKER_TITLE_SHAPES.filter((t) => t.id === id)]),
    // Who gives the floor, and a refused name label named after a post (thirty-eighth session, turnspeak).
    ...[...new Set(HOST_SHAPES.map((t) => t.id))].map((id): [string, Term[]] => [`HOST_SHAPES ${id}`, HOST_SHAPES.filter((t) => t.id === id)]),
    ['LABEL_AFTER_POST', LABEL_AFTER_POST],
  ];
  it.each(lists)('%s rests on examples from at least two sites', (_name, terms) => {
    const sites = new Set(terms.map((t) => parseSeen(t.seen).site).filter((site) => site !== 'synthetic'));
    expect(sites.size).toBeGreaterThanOrEqual(2);
  });

  it.each(lists.flatMap(([name, terms]) => terms.map((t) => [name, t] as const)))('%s %o holds its term (its source holds it: tests/pipeline/vocabulary-sources.test.ts)', (_name, term) => {
    expect(new RegExp(term.term, 'u').test(term.example)).toBe(true);
  });
});

describe('people: names', { timeout: 60_000 }, () => {
  it.each(['王华容', '杜杰', '霍海军', '郝向东', '信长星', '习近平'])('%s is a name', (name) => {
    expect(isOfficialName(name)).toBe(true);
  });

  // Ordinary words that start with a surname character, organs, places, and a name with the post written after it.
  it.each(['强调', '强调的', '高度', '安排', '党支部', '区委', '宣布', '常德', '金华', '华容县', '陈坚校长', '冯少勇院长', '孙翰林书记'])('%s is no name', (text) => {
    expect(isOfficialName(text)).toBe(false);
  });
});

describe('people: posts and names in running text', { timeout: 60_000 }, () => {
  it('a post chain before each name, split at commas and at the name before it', () => {
    expect(found('会议由县委常委、县人武部政委赵山学，县委常委、政法委书记殷树斌，人大副主任徐向挺，副县长李光辉')).toEqual([
      '县委常委、县人武部政委|赵山学',
      '县委常委、政法委书记|殷树斌',
      '人大副主任|徐向挺',
      '副县长|李光辉',
    ]);
    expect(found('上海市委书记陈吉宁、江苏省委书记信长星、浙江省委书记易炼红、安徽省委书记韩俊先后发言')).toEqual([
      '上海市委书记|陈吉宁',
      '江苏省委书记|信长星',
      '浙江省委书记|易炼红',
      '安徽省委书记|韩俊',
    ]);
  });

  it('the name ends where a verb, 同志 or punctuation begins: two or three characters', () => {
    expect(found('西藏自治区农业农村厅厅长杜杰说，下一步将持续开展村庄清洁行动')).toEqual(['西藏自治区农业农村厅厅长|杜杰']);
    expect(found('3月6日，全市公安局长会议以视频会形式召开，副市长、公安局长王锡章出席会议并讲话。')).toEqual(['副市长、公安局长|王锡章']);
    expect(found('同济医院党委书记吴菁同志主持会议。')).toEqual(['同济医院党委书记|吴菁']);
  });

  it('a procuratorate\'s head and a council\'s 主委 are posts: the name after 检察长, the name before or after 主委', () => {
    expect(found('最高检检察长张军表示，举办检察开放日')).toEqual(['最高检检察长|张军']);
    expect(found('会议由最高检党组成员、副检察长葛晓燕主持。')).toEqual(['最高检党组成员、副检察长|葛晓燕']);
    expect(found('王珣章主委在中美经贸圆桌会议的致辞稿')).toEqual(['主委|王珣章']);
    expect(found('前国发会主委陈美伶及县府各局处首长')).toEqual(['前国发会主委|陈美伶']);
    // 检察院 is an organ, not a post: no person after it.
    expect(found('县检察院召开全院干警大会')).toEqual([]);
  });

  it('a name ends before 于 and 关于: the phrase of time or subject after it', () => {
    expect(found('以下为署理行政长官唐英年于六月二日就国务院批准曾荫权辞去香港特别行政区政务司司长职务')).toEqual(['署理行政长官|唐英年']);
    expect(found('检察长张军关于最高人民检察院工作的报告')).toEqual(['检察长|张军']);
    // A name that begins with the surname 于 is still read whole after its post.
    expect(found('组织部部长于克训等出席会议')).toEqual(['组织部部长|于克训']);
  });

  it('总裁 is a post: a company\'s or a public body\'s chief executive', () => {
    expect(found('香江集团总裁 翟美卿')).toEqual(['香江集团总裁|翟美卿']);
    expect(found('苏豪副总裁丁海说')).toEqual(['苏豪副总裁|丁海']);
  });

  it('a Hong Kong married name: the husband\'s surname before the woman\'s own', () => {
    expect(found('政务司司长林郑月娥')).toEqual(['政务司司长|林郑月娥']);
    expect(found('副县长王华容出席会议')).toEqual(['副县长|王华容']);
  });

  it('a name before its post, with the body the post is held in', () => {
    expect(found('今天在主席台的领导有：市委常委、塘下镇党委江孟甫书记，塘下镇人民政府陈世尧镇长，市教育局王育伦局长，塘下镇人大薛存苗主席')).toEqual([
      '市委常委、塘下镇党委书记|江孟甫',
      '塘下镇人民政府镇长|陈世尧',
      '市教育局局长|王育伦',
      '塘下镇人大主席|薛存苗',
    ]);
    expect(found('会上，吴景梅副院长代表中心医院对各位领导及委员表示欢迎')).toEqual(['副院长|吴景梅']);
  });

  it('the post stops at the words of the sentence before it', () => {
    expect(found('刚才，金华同志代表院党组传达了中央政法委书记周永康同志在“学习贯彻党的十七大精神”专题研讨班上的重要讲话')).toEqual(['中央政法委书记|周永康']);
    expect(found('韩广杰与梁园区副区长陈允璨分别代表双方签约。')).toEqual(['梁园区副区长|陈允璨']);
    // The adverbs and the verb of the sentence go (jieba: 还/d 没/v 等/u), the ministry's name stays (news.yuduxx.com).
    expect(found('“部长！网上流传的延迟退休时间表究竟是不是真的？”还没等人力资源和社会保障部部长尹蔚民在话筒前站稳，现场数百名记者提高嗓门')).toEqual(['人力资源和社会保障部部长|尹蔚民']);
    // A pronoun and the verbs of the reporter's sentence go (jieba: 我/r 受命/v 采访/v 到/v), the post and its office stay (m.yybnet.net).
    const reporter = readFileSync(new URL('../fixtures/speakers/pages/yybnet-xiangdong-interview.txt', import.meta.url), 'utf8').split('\n').find((line) => line.includes('我受命采访到'))!;
    expect(found(reporter)).toEqual(['国务院研究室综合二司司长|向东']);
    // A short organ's name whose first character jieba tags as a verb (住/v 建部) is no sentence word.
    expect(found('”的熟客。住建部部长陈政高5日已在“部长通道”回应过关于“房价”的问题')).toEqual(['住建部部长|陈政高']);
  });

  it('a deputy county head named 王华容 is a person, whatever county 华容 is', () => {
    expect(found('副县长王华容出席会议并讲话')).toEqual(['副县长|王华容']);
  });

  it('no person where the word after a post is no name', () => {
    expect(found('今天，新的学期、新的征程已经开启，希望全体师生在新的一年发扬习近平总书记强调的“三牛”精神')).toEqual([]);
    expect(found('全省农业农村局长会议在西安召开')).toEqual([]);
    expect(found('会议由党支部书记主持。')).toEqual([]);
  });
});
