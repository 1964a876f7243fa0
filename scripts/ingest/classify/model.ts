// The type model: a multinomial logistic regression over the document's
// features (classify/features.ts) with the weights of classify/type-weights.ts,
// fitted on the evaluation corpus by scripts/eval/fit-type-model.ts. It may
// overrule the cue rules' answer only when it is sure by a clear margin; a
// disagreement below that margin keeps the rules' answer and is reported.
import type { DocumentType } from '../types.ts';
import { FEATURES, type Features } from './features.ts';
import { TYPE_WEIGHTS } from './type-weights.ts';

export const TYPES: DocumentType[] = ['speech', 'interview', 'report', 'notice', 'article'];

export interface Weights {
  bias: Record<DocumentType, number>;
  weights: Record<DocumentType, Partial<Record<string, number>>>;
}

export type Probabilities = Record<DocumentType, number>;

/** How much likelier (log odds) the model's type must be than the rules' to replace it. */
export const OVERRULE_MARGIN = Math.log(4);
/**
 * The same where no cue rule reached its minimum and the rules' article is
 * only their default: ln 3 until the model was refitted on twenty sets, then
 * ln 4 (docs/eval.md, typefit); ln 5 since the refit on twenty-two sets and 77
 * fixtures, which left one set out decides one development page and one
 * fixture more at ln 5 for every penalty tried (docs/eval.md, typedata).
 */
export const DEFAULT_MARGIN = Math.log(5);

export function typeProbabilities(features: Features, model: Weights = TYPE_WEIGHTS): Probabilities {
  const logits = TYPES.map((t) => model.bias[t] + FEATURES.reduce((sum, f) => sum + (model.weights[t][f] ?? 0) * features[f], 0));
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(TYPES.map((t, i) => [t, exps[i] / total])) as Probabilities;
}

export interface Decision {
  type: DocumentType;
  /** The model's most likely type. */
  model: DocumentType;
  /** Log odds of the model's type over the rules' type; 0 when they agree. */
  margin: number;
  /** The model disagreed with the rules but not by enough to overrule them. */
  unsure: boolean;
}

/**
 * The types of the rules that the model may overrule: their article is what
 * is left when nothing else fired, and the cues of a report (a day, an event,
 * an official's words) stand in speeches and notices too. A speech, an
 * interview or a notice the rules found rests on its own forms (a
 * salutation, turns or a 专访 lede, a 文号 or addressees), which the corpus
 * has too few of for the model to judge: the model's doubt is only reported.
 */
const OVERRULABLE: ReadonlySet<DocumentType> = new Set(['article', 'report']);

export interface Margins {
  overrule: number;
  default: number;
}

/**
 * A notice is its forms (addressees, a 文号, the formula that issues it),
 * which the cue rules read; the model's lean to it on a title's genre word
 * alone (…实施意见) is no notice, so it takes the full margin even over a
 * rules' default.
 */
const FORMAL: ReadonlySet<DocumentType> = new Set(['notice']);

/**
 * Whether a notice's own forms are there: addressees or a 文号, what the
 * README's type definition asks of a notice (通知/通报/意见/决定 with
 * addressees or a 文号). Without them the model may not make a notice of a
 * text the rules typed otherwise, however sure it is: its lean then rests on
 * the title's genre word and the body's headings, which an 实施意见 or a
 * plan published without them shares with articles.
 */
export const noticeFormed = (features: Pick<Features, 'addressee' | 'docNumber'>) => features.addressee > 0 || features.docNumber > 0;

/** The log odds the model's type needs over the rules' to replace it. */
export function marginFor(model: DocumentType, rulesDefaulted: boolean, margins: Margins = { overrule: OVERRULE_MARGIN, default: DEFAULT_MARGIN }): number {
  return rulesDefaulted && !FORMAL.has(model) ? margins.default : margins.overrule;
}

/**
 * The rules' type unless the model is surer of another by the margin; a
 * notice only where its forms are there (noticeFormed).
 */
export function decideType(rules: DocumentType, probabilities: Probabilities, rulesDefaulted = false, margins: Margins = { overrule: OVERRULE_MARGIN, default: DEFAULT_MARGIN }, noticeForm = true): Decision {
  const model = TYPES.reduce((a, b) => (probabilities[b] > probabilities[a] ? b : a));
  const margin = marginFor(model, rulesDefaulted, margins);
  if (model === rules) return { type: rules, model, margin: 0, unsure: false };
  const odds = Math.log(probabilities[model]) - Math.log(probabilities[rules]);
  const allowed = OVERRULABLE.has(rules) && (model !== 'notice' || noticeForm);
  return odds >= margin && allowed ? { type: model, model, margin: odds, unsure: false } : { type: rules, model, margin: odds, unsure: true };
}
