import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../scripts/ingest/structure/body.ts';
import { parseLabel } from '../../scripts/ingest/structure/turns.ts';
import { ANSWERING, ASKING, HOSTING, SITE_ASKING, SOUND_BITE } from '../../scripts/ingest/structure/turn-labels.ts';
import type { Term } from '../../scripts/ingest/people/vocabulary.ts';
import { parseSeen } from '../fixtures/classify/sources.ts';
const turns = (lines: string[]) => bodyBlocks(lines).map((b) => (b.kind === 'turn' ? `${b.role}|${b.speaker}|${b.text.slice(0, 8)}` : `${b.kind}|${b.text.slice(0, 8)}`));

describe('turn label vocabulary', { timeout: 60_000 }, () => {
  const lists: [string, Term[]][] = [
    ['ASKING', ASKING],
    ['ANSWERING', ANSWERING],
    ['HOSTING', HOSTING],
    ['SITE_ASKING', SITE_ASKING],
  ];
  it.each(lists)('%s rests on examples from at least two sites', (_name, terms) => {
    expect(new Set(terms.map((t) => parseSeen(t.seen).site)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(lists.flatMap(([name, terms]) => terms.map((t) => [name, t] as const)))('%s %o: the label holds its term (its source holds the line: tests/pipeline/vocabulary-sources.test.ts)', (name, term) => {
    const label = term.example.split(/[：:]/u)[0]!.trim();
    const re = name === 'HOSTING' ? new RegExp(term.term, 'u') : new RegExp(`^(?:${term.term})$`, 'u');
    expect(re.test(label), `${label} ~ /${term.term}/`).toBe(true);
  });
});

describe('interview turns', { timeout: 60_000 }, () => {
  it('labels in square brackets are turns like labels before a colon, and keep their brackets (hhyfoundation.org repost of a 新华网 interview)', () => {
    expect(
      turns([
        '[主持人]下午好,各位网友。这里是正在直播的新华网两会访谈。',
        '[徐永光]你好,各位网友大家好,非常高兴今天在新华网和大家一起聊天。',
        '[主持人]不久前徐委员做客我们新华网的身份还是中国青少年发展基金会的副理事长。',
        '[徐永光] 筹建中的北京黄河缘公益基金会是浙江南都集团出资创办的。',
      ]),
    ).toEqual(['interviewer|[主持人]|下午好,各位网友', 'interviewee|[徐永光]|你好,各位网友大', 'interviewer|[主持人]|不久前徐委员做客', 'interviewee|[徐永光]|筹建中的北京黄河']);
    // The name in metadata is the word inside the brackets.
    expect(parseLabel('[徐永光] 筹建中的北京黄河缘公益基金会是浙江南都集团出资创办的。')).toMatchObject({ label: '[徐永光]', name: '徐永光' });
  });

  it("a live page's bulleted labels on their own lines; a host named after his posts asks (xpj33277.com mirror of 中国网)", () => {
    expect(
      turns([
        '- 十二届全国人大四次会议新闻中心副主任、主持人钟雪泉:',
        '各位记者朋友,大家上午好。欢迎参加十二届全国人大四次会议记者会。',
        '- 陈吉宁:',
        '非常高兴今天有这样的机会和我们的媒体朋友们见面,回答大家的问题。',
      ]),
    ).toEqual(['interviewer|十二届全国人大四次会议新闻中心副主任、主持人钟雪泉|各位记者朋友,大', 'interviewee|陈吉宁|非常高兴今天有这']);
  });

  it('reporters of named newspapers ask, 答 answers', () => {
    expect(
      turns([
        '山西日报记者：刚才你谈到今年我省将深入、集中开展煤焦领域反腐败斗争，请问有什么具体的措施？',
        '答：近两年来，省纪委、省监委针对人民群众反映强烈的我省煤焦领域党风廉政建设存在的问题，在全省深入开展了煤焦领域反腐败斗争。',
        '山西晚报记者：在本案的查处中，遇到过哪些阻力？',
      ]),
    ).toEqual(['interviewer|山西日报记者|刚才你谈到今年我', 'interviewee|答|近两年来，省纪委', 'interviewer|山西晚报记者|在本案的查处中，']);
  });

  it('labels of posts and a name standing alone, with or without a colon, take the next line; the spokesman who opens hosts', () => {
    expect(
      turns([
        '国务院新闻办公室于2020年5月22日（星期五）上午11时30分举行吹风会，请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读《政府工作报告》有关情况，并答记者问。',
        '国务院新闻办新闻局局长、新闻发言人 胡凯红',
        '女士们、先生们，大家上午好。欢迎出席国务院新闻办今天举办的吹风会。',
        '《政府工作报告》起草组负责人、国务院研究室主任 黄守宏：',
        '各位记者朋友，大家上午好！',
      ]),
    ).toEqual([
      'paragraph|国务院新闻办公室',
      'interviewer|国务院新闻办新闻局局长、新闻发言人 胡凯红|女士们、先生们，',
      'interviewee|《政府工作报告》起草组负责人、国务院研究室主任 黄守宏|各位记者朋友，大',
    ]);
  });

  it('a surname and a post label the guest; the header that names host and guests is no turn', () => {
    expect(
      turns([
        '访谈嘉宾：市卫健委主任沈勇、市卫健委副主任黄海平、莫晶和邵平',
        '主持人：',
        '您好！听众朋友，欢迎收听《政风行风热线》，我是主持人梧阳。',
        '沈主任：',
        '主持人好！各位听众朋友，大家好！',
      ]),
    ).toEqual(['paragraph|访谈嘉宾：市卫健', 'interviewer|主持人|您好！听众朋友，', 'interviewee|沈主任|主持人好！各位听']);
  });

  it('a name first, then a post: the interviewee, even when the post is 记者', () => {
    expect(
      turns([
        '任永蔚 中央电视台记者：好的，大家可能透过我们的节目看到我们的问政高官。',
        '主持人：',
        '我也应注意到这样，你这两天采访了一些部长，而且好像都是在行进当中完成的。',
        '任永蔚：',
        '我觉得采访这些部长给我印象比较深的可以说是“三李”，李肇星、李毅中、李金华。',
      ]).map((t) => t.split('|').slice(0, 2).join('|')),
    ).toEqual(['interviewee|任永蔚 中央电视台记者', 'interviewer|主持人', 'interviewee|任永蔚']);
  });

  it('a single quoted name in a report is no turn', () => {
    expect(turns(['县委书记陆晓延：一是进一步统一思想，提高认识。', '会议还传达学习了中共洪湖市第九次代表大会会议精神。'])).toEqual([
      'paragraph|县委书记陆晓延：',
      'paragraph|会议还传达学习了',
    ]);
  });

  it('brackets printed before a colon stay with the label, which stands for the bare role or name (pfcx.cn and jfxwcn.com reposts of 人民网 interviews)', () => {
    const blocks = bodyBlocks([
      '[主持人]：各位网友下午好，为了及时回应社会关切，更好地促进人民法院与广大网友之间的互动交流，人民网、最高人民法院网联合推出2012年“两会”在线访谈。',
      '【王少南】：刚刚在人民大会堂王胜俊院长代表最高人民法院作了工作报告。',
      '[主持人]：大家上午好，您正在关注的是人民网强国论坛视频访谈。',
      '[吴江]：网友们，大家好。',
    ]);
    expect(blocks.map((b) => `${b.role}|${b.speaker}|${b.name}|${b.text.slice(0, 6)}`)).toEqual([
      'interviewer|[主持人]|主持人|各位网友下午',
      'interviewee|【王少南】|王少南|刚刚在人民大',
      'interviewer|[主持人]|主持人|大家上午好，',
      'interviewee|[吴江]|吴江|网友们，大家',
    ]);
  });

  it('a bracketed label with its colon on a line of its own takes the next line; the news site asks under its name (ailibi.com repost of 人民网)', () => {
    expect(
      turns([
        '[人民网]:',
        '日前，2013中国医院竞争力排行榜出炉。这份榜单呈现出哪些新趋势和新特点呢？',
        '[主持人]:',
        '首先问一下王总，我们出了这个排名，当时是出于一个怎样的考虑来打造这个排名？',
        '[王兴琳]:',
        '我们是从2010年开始的第一届县医院的排名。',
      ]),
    ).toEqual(['interviewer|[人民网]|日前，2013中', 'interviewer|[主持人]|首先问一下王总，', 'interviewee|[王兴琳]|我们是从2010']);
    // m.dali56.com repost of 人民网's live text of a press conference.
    expect(parseLabel('[人民网]：今天的总理记者会一票难求，一座更难求。')).toMatchObject({ label: '[人民网]', name: '人民网', text: '今天的总理记者会一票难求，一座更难求。', kind: 'asker' });
  });

  it('bulleted labels of the news site and the guest; a page cut mid-sentence keeps its last short turn (fangtan.china.com.cn, xpj33277.com)', () => {
    expect(
      turns([
        '• 中国网：',
        '各位网友，大家好！欢迎您收看中国访谈·世界对话！',
        '• 元轶：',
        '你好！',
        '• 中国网：',
        '在节目开始前，首先请您给我们解释',
      ]),
    ).toEqual(['interviewer|中国网|各位网友，大家好', 'interviewee|元轶|你好！', 'interviewer|中国网|在节目开始前，首']);
    expect(turns(['- 中国网：', '今天上午，十二届全国人大四次会议在梅地亚中心举行记者会。', '- 陈吉宁：', '非常高兴今天有这样的机会和我们的媒体朋友们见面。'])).toEqual([
      'interviewer|中国网|今天上午，十二届',
      'interviewee|陈吉宁|非常高兴今天有这',
    ]);
  });

  it('a role word with its holder in brackets asks, and so does that name alone later (msdfz.org.cn mirror of 新闻1+1, cneb.gov.cn radio transcript)', () => {
    expect(turns(['主持人（王跃军）：', '您好，欢迎收看今天的《新闻1+1》。', '每年的“两会”即将召开了。'])).toEqual(['interviewer|主持人（王跃军）|您好，欢迎收看今', 'paragraph|每年的“两会”即']);
    const blocks = bodyBlocks(['主持人（修奇）：好的，北京时间来到11点30分，您现在锁定收听的依然是中国高速公路交通广播。', '姜鹏：各位听众朋友大家好。', '修奇：其实在这次发布会举行的之初我们就预料到。']);
    expect(blocks.map((b) => `${b.role}|${b.speaker}|${b.name}`)).toEqual(['interviewer|主持人（修奇）|修奇', 'interviewee|姜鹏|姜鹏', 'interviewer|修奇|修奇']);
  });

  it('a host given with his posts in brackets, and a guest with hers: the name and the post (xwboo.com repost of a 湖北 briefing; a 北京市环保局 briefing live text)', () => {
    const host = bodyBlocks(['主持人（省生态环境厅宣教处处长杨正国）：各位记者朋友，各位嘉宾：上午好！'])[0]!;
    expect([host.role, host.speaker, host.name]).toEqual(['interviewer', '主持人（省生态环境厅宣教处处长杨正国）', '杨正国']);
    expect(parseLabel('方力（北京市环保局副局长）：尊敬的各位媒体朋友大家好。')).toMatchObject({ label: '方力（北京市环保局副局长）', name: '方力', post: '北京市环保局副局长', kind: 'person' });
  });

  it('a news site in brackets without a colon tags a headline, and asks in no turn', () => {
    // 【人民网】 before the headlines a university lists as coverage of its classes (a page seen through the code corpus).
    expect(parseLabel('【人民网】一个无学分课程 引发高校垃圾回收分类实践')).toBeUndefined();
  });

  it('bare labels with no colon anywhere: a role word and posts and a name open turns (j637 mirror of a 新华网 live transcript)', () => {
    expect(
      turns([
        '3月3日下午，全国政协十三届二次会议开幕会结束后，2019年全国两会“部长通道”在人民大会堂正式开启。',
        '主持人',
        '我们现在正式开始今天的“部长通道”。今天第一位走上“部长通道”的是中国民用航空局局长冯正霖。',
        '中国民用航空局局长 冯正霖',
        '首先非常感谢各位记者朋友和社会公众长期以来对民航工作的关注、关心、支持和帮助。',
      ]),
    ).toEqual(['paragraph|3月3日下午，全', 'interviewer|主持人|我们现在正式开始', 'interviewee|中国民用航空局局长 冯正霖|首先非常感谢各位']);
  });

  it('one bare role word alone opens no turn: a byline-like line is no transcript', () => {
    expect(turns(['主持人', '我们现在正式开始今天的活动，欢迎各位来宾。'])).toEqual(['paragraph|主持人', 'paragraph|我们现在正式开始']);
  });

  it("a photo caption between a lone label and its text is set aside; a caption that says 主持 makes its person the host (hmed365 repost of a SCIO transcript)", () => {
    const blocks = bodyBlocks([
      '以下是发布会文字实录：',
      '国务院新闻办新闻局 寿小丽：',
      '国务院新闻办公室新闻局副局长寿小丽主持发布会',
      '女士们、先生们，大家下午好。欢迎出席国务院新闻办公室新闻发布会。',
      '于学军：',
      '国家卫生健康委员会党组成员、副主任于学军',
      '谢谢主持人。各位媒体朋友，大家下午好。',
    ]);
    expect(blocks.map((b) => (b.kind === 'turn' ? `${b.role}|${b.speaker}|${b.text}` : b.text))).toEqual([
      '以下是发布会文字实录：',
      'interviewer|国务院新闻办新闻局 寿小丽|女士们、先生们，大家下午好。欢迎出席国务院新闻办公室新闻发布会。',
      'interviewee|于学军|谢谢主持人。各位媒体朋友，大家下午好。',
    ]);
  });

  it('a line naming someone else under a lone label is no caption', () => {
    expect(turns(['于学军：', '国家卫生健康委员会党组成员、副主任王某某', '谢谢主持人。'])).not.toContain('interviewee|于学军|谢谢主持人。');
  });

  it('a 吹风会 frames a lone official\'s label as a turn (fresh h5-sina, a SCIO briefing on the 政府工作报告)', () => {
    expect(
      turns([
        '国务院新闻办于2019年3月5日（星期二）下午1时30分举行吹风会，请《政府工作报告》起草组负责人介绍情况。',
        '黄守宏：',
        '各位记者朋友大家下午好，很高兴向大家介绍一下《政府工作报告》的起草情况。',
      ]),
    ).toEqual(['paragraph|国务院新闻办于2', 'interviewee|黄守宏|各位记者朋友大家']);
  });

  it('a numbered paragraph in round brackets is no label', () => {
    expect(parseLabel('（一）：加强组织领导。')).toBeUndefined();
  });
});


describe('an info line is not a turn', () => {
  // 时间 and 来源 pass the surname test (时, 来); as labels they only ever head a field.
  it('reads no speaker in an event notice\'s 时间 line (pkl.gov.taipei, simplified)', () => {
    expect(parseLabel('◆时间: 105年9月3日 (星期六) 上午9点50分整')).toBeUndefined();
  });
  it('reads no speaker in an article info line (aoya, 时间:  来源:澳亚网 访问量:)', () => {
    expect(parseLabel('时间:  来源:澳亚网 访问量:')).toBeUndefined();
    expect(parseLabel('来源:澳亚网 访问量:')).toBeUndefined();
  });
  it('still reads a name of the same length as a turn', () => {
    expect(parseLabel('唐荣：这是两个问题。')).toMatchObject({ name: '唐荣', kind: 'name' });
  });
});

describe('broadcast script sound bites', { timeout: 60_000 }, () => {
  it('the sound-bite markers rest on two sites, each example opening with its marker', () => {
    expect(new Set(SOUND_BITE.map((t) => parseSeen(t.seen).site)).size).toBeGreaterThanOrEqual(2);
    for (const t of SOUND_BITE) expect(new RegExp(`^【(?:${t.term})】`, 'u').test(t.example), t.example).toBe(true);
  });

  it('【同期】 posts and name open a turn without the marker; the one whose words end in a question asks (203.198.47.105, LegCo exchange)', () => {
    expect(
      turns([
        '【同期】香港立法会议员 何君尧',
        '多谢主席。局长刚才都已经解释了，她很心急。你会不会接受我这个邀约？',
        '【同期】香港特区政府房屋局局长 何永贤 多谢主席，多谢何君尧议员的邀约。首先我想说，坊间事实上有很多影片。',
      ]),
    ).toEqual(['interviewer|香港立法会议员 何君尧|多谢主席。局长刚', 'interviewee|香港特区政府房屋局局长 何永贤|多谢主席，多谢何']);
  });

  it('a speaker run into the words after the marker is no label (wenku365.com script)', () => {
    expect(parseLabel('【同期声】大地幼儿园老师一组一组的小朋友,到哪边?上这辆车,站在车厢里面')).toBeUndefined();
  });

  it('a lone sound bite whose words end in a question, with nobody after it, does not ask', () => {
    const blocks = turns(['【同期】香港立法会议员 何君尧', '你会不会接受我这个邀约？局长刚才都已经解释了，她很心急，是希望可以早点进入公屋？']);
    expect(blocks.some((b) => b.startsWith('interviewer'))).toBe(false);
  });
});
