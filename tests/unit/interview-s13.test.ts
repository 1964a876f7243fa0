// Interviews of the thirteenth session, on lines copied from the pages named;
// expected values written by hand. A programme host's turn that speaks to a
// guest makes an interview where the guest's answer is under no label the
// structure stage reads (masked, or after the stored page's cut).
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { hostSpeaksToGuest, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const host = (speaker: string, text: string): Block => ({ kind: 'turn', part: 'body', text, speaker, name: speaker, role: 'interviewer' });
const typeOfBlocks = (title: string | undefined, blocks: Block[]) => typeOf(scoreTypes(documentView(title, blocks, [])));

describe('classify: a programme host’s turn speaking to a guest', () => {
  it('a mayor’s online interview whose answers sit under a masked label (emerson-ct.cn, z1-emersonct-zhoushan-mayor-online-interview)', () => {
    const blocks = [
      host('主持人', '周市长，昨天上午我们在舟山论坛了您要与网友对话的消息，网友反映十分热烈，提问也很踊跃，网友帖子所提的问题涉及面很广。'),
      para('周市长，您来舟山时间还不长，已有细心的网友通过发帖表达这样的意思，有些网友很想知道，通过这段时间的调研，您对舟山最直接的感受或者说印象是什么？'),
      para('**：各位网友，我是4月29日到舟山报到的，受省委的指派到舟山工作，到现在已经5个多月了。'),
    ];
    expect(hostSpeaksToGuest(blocks)).toBe(true);
    // The page's template title ends in 致辞, which the speech-title cue reads.
    expect(typeOfBlocks('感谢你的支持与批评致辞', blocks)).toBe('interview');
  });

  it('a TV programme’s transcript cut before the guest answers (msdfz.org.cn, c3c-msdfz-mirror-news1plus1-interview)', () => {
    const blocks = [
      para('国务院总理与普通网民在网上零距离的交流，可以说成了大家热议的一个话题。央视《新闻1+1》近日邀请了北京大学的王锡锌教授做分析点评。'),
      host('主持人（王跃军）', '您好，欢迎收看今天的《新闻1+1》。'),
      para('国务院总理与普通网民在网上零距离的交流，可以说成了大家热议的一个话题。今天在演播室我们还是请来了北京大学的王锡锌教授。'),
      para('王教授，总理与普通网民在网上亲密接触，一呼'),
    ];
    expect(typeOfBlocks('总理和网民互动是倾听“原生态”的声音', blocks)).toBe('interview');
  });

  it('a meeting host’s script that addresses the room and gives the floor is no interview (written after the 主持词 pages of unseen3 w2-16fw and unseen9 b9-zixin)', () => {
    const blocks = [
      host('主持人', '尊敬的各位领导、各位来宾，同志们：大家上午好！今天，我们在这里隆重举行县文体中心奠基仪式。'),
      para('首先，请允许我介绍出席今天奠基仪式的领导和来宾。'),
      para('下面，请县委书记王某某同志讲话，大家欢迎。'),
    ];
    expect(hostSpeaksToGuest(blocks)).toBe(false);
  });

  it('a second person only inside a quotation the host cites is no address', () => {
    const blocks = [host('主持人', '有网友留言说：“您什么时候来我们村看看？”这是很多人的心声。'), para('下面请各位代表发言。')];
    expect(hostSpeaksToGuest(blocks)).toBe(false);
  });

  it('not a reporter’s label: a report’s 告诉记者 line asks nobody (shjnet, ho-shjnet-xiji-potato-report)', () => {
    const blocks = [
      para('2月11日，走进西吉县城近郊的脱毒种薯繁育中心，透过玻璃墙，只见无菌组培室内一排排架子上，育有脱毒种苗的玻璃瓶整齐列队。'),
      host('固原市委副书记、西吉县委书记白学贵告诉记者', '“西吉县已形成了县有繁育中心、乡有种薯基地、村有扩繁点、组有良种示范户的四级良繁体系。”'),
    ];
    expect(hostSpeaksToGuest(blocks)).toBe(false);
  });
});
