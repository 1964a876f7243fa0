// Which evaluation sets are open for writing rules and which one is held out.
// A held-out set is read by nobody who writes rules for one session, measured
// at the next session's start and then moved to DEVELOPMENT_SETS with a floor
// (tests/eval/floor.json; docs/eval.md keeps each set's history). A kinds<N>
// set is collected as a development set: many sites of one kind of site (county
// portals, essay sites), so that a rule can tell a kind's shape from one site.
export const DEVELOPMENT_SETS = ['cases', 'holdout', 'fresh', 'unseen', 'unseen2', 'unseen3', 'unseen4', 'unseen5', 'unseen6', 'unseen7', 'unseen8', 'unseen9', 'unseen10', 'unseen11', 'unseen12', 'unseen13', 'unseen14', 'unseen15', 'unseen16', 'unseen17', 'unseen18', 'unseen19', 'unseen20', 'unseen21', 'unseen22', 'unseen23', 'unseen24', 'kinds1', 'kinds2', 'kinds3', 'unseen25', 'unseen26', 'unseen27', 'unseen28', 'unseen29', 'unseen30', 'unseen31', 'unseen32', 'unseen33', 'unseen34', 'unseen35', 'unseen36'] as const;
export const HELD_OUT_SETS = ['unseen37'] as const;

export const setDir = (set: string) => `tests/eval/${set}`;
