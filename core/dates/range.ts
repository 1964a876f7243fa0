/** The earliest and latest years a document date may have (the contract's `year`, the date grammar's range). */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
