// Four pages of one county site, shared by the tests of learned templates
// (boilerplate.test.ts, ingest-mem-s38.test.ts): each its own report, all
// ending in the site's two template lines, which no chrome rule lists; every
// report quotes the same slogan inside a sentence.
export const template = ['廉洁清风 护航发展', '县纪委监委宣传部 制作'];
export const reports = [
  ['县纪委监委召开专题会议', '3月5日，县纪委监委召开专题会议，传达学习上级会议精神，要求全体干部牢记“三严三实”，把纪律和规矩挺在前面。', '会议强调，要坚持问题导向，聚焦群众身边的不正之风和腐败问题，持续开展专项整治，以实际成效取信于民。'],
  ['县纪委监委开展廉政教育活动', '4月12日，县纪委监委组织党员干部赴廉政教育基地参观学习，引导大家践行“三严三实”，筑牢拒腐防变思想防线。', '活动中，大家重温入党誓词，观看警示教育片，纷纷表示要以案为鉴、以案促改，做到警钟长鸣。'],
  ['县纪委监委督查节日期间作风建设', '5月1日前后，县纪委监委派出督查组，对节日期间作风建设情况开展明察暗访，督促各单位落实“三严三实”要求。', '督查组重点检查公车私用、违规吃喝等问题，对发现的问题当场反馈、限期整改，形成有力震慑。'],
  ['县纪委监委举办业务培训班', '6月8日，县纪委监委举办纪检监察干部业务培训班，邀请专家授课，要求学员以“三严三实”标准提升履职能力。', '培训围绕监督检查、审查调查、案件审理等内容展开，参训人员表示收获很大，将把所学运用到实际工作中。'],
];
