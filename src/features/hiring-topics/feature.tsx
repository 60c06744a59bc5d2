import { notBuiltFeature } from '../not-built';

export const feature = notBuiltFeature('hiring-topics');
