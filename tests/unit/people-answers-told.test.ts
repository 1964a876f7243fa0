// Questions told in the text and answered by name (people/reported.ts answersTold):
// the Xinhua write-up of a spokesperson's answers, read as an interview.
import { describe, expect, it } from 'vitest';
import { answersTold } from '../../scripts/ingest/people/reported.ts';
import { conversation } from '../../scripts/ingest/classify/features.ts';

describe('answers to questions told', { timeout: 60_000 }, () => {
  it('a bare name and a verb of saying opens the answer', () => {
    expect(answersTold(['国台办今天上午举行例行新闻发布会。', '有记者问，岛内有学者称两岸已进入准战争状态，请问发言人对此有何评论？谢谢。', '朱凤莲说，我们注意到了相关报道。'])).toEqual([{ name: '朱凤莲' }]);
  });

  it('posts before the name, and a colon for the verb', () => {
    expect(answersTold(['某报记者提问：台当局称对大陆释放善意，发言人有何评价？', '新闻发言人马晓光表示，与其隔空喊话，不如直接对话。'])).toEqual([{ name: '马晓光', role: '新闻发言人' }]);
    expect(answersTold(['有记者问到，中美两国商贸团队是否已对接联络？就此，发言人进行了回应。', '商务部新闻发言人何亚东：中方一直保持密切沟通。'])).toEqual([{ name: '何亚东', role: '商务部新闻发言人' }]);
  });

  it('each answerer once, however many questions he answers', () => {
    expect(answersTold(['有记者问，中方对此有何评论？', '洪磊说，我们表示严重关切。', '有记者问，中方是否会派员出席？', '洪磊说，我们会适时发布消息。'])).toEqual([{ name: '洪磊' }]);
  });

  it('no answer by name: the answer paraphrased, a question without a question mark, the answer not in the next paragraph', () => {
    expect(answersTold(['东南卫视记者问：“请问发言人有何评论？”', '马晓光给予了正面回答，除重申立场外还说了很多。'])).toEqual([]);
    expect(answersTold(['有记者问，中方的立场。', '洪磊说，我们表示严重关切。'])).toEqual([]);
    expect(answersTold(['有记者问，中方对此有何评论？', '会场气氛热烈。', '洪磊说，我们表示严重关切。'])).toEqual([]);
  });

  it('a reporter answering is no answerer', () => {
    expect(answersTold(['有记者问，现场情况如何？', '新华社记者表示，现场秩序良好。'])).toEqual([]);
  });

  it('the classifier reads such a pair as a conversation', () => {
    expect(conversation(['有记者问，中方对此有何评论？', '洪磊说，我们对日方有关言论表示严重关切。'])).toBe(true);
    expect(conversation(['东南卫视记者问：“请问发言人有何评论？”', '马晓光给予了正面回答，还说了很多。'])).toBe(false);
  });
});
