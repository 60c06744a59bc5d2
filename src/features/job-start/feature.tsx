import { notBuiltFeature } from '../not-built';

export const feature = notBuiltFeature('job-start');
