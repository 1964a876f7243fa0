// The raw files' fingerprints: core/fs/fingerprints.ts, shared with the build steps.
export { Fingerprints as RawFingerprints, type RawFile } from '../../core/fs/fingerprints.ts';
