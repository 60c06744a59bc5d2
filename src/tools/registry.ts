/** All tools, keyed by id. The case overview, the PDF export and the backup schema read them here. */
import type { ToolId } from '../../content/types';
import type { ToolFeature } from '../tool-kit/types';
import { feature as hiringTopics } from './hiring-topics/feature';
import { feature as jobStart } from './job-start/feature';
import { feature as motivation } from './motivation/feature';
import { feature as practicalities } from './practicalities/feature';
import { feature as readiness } from './readiness/feature';
import { feature as roleMapping } from './role-mapping/feature';
import { feature as roleStar } from './role-star/feature';

export const features: Readonly<Record<ToolId, ToolFeature>> = {
  motivation,
  readiness,
  'role-mapping': roleMapping,
  'hiring-topics': hiringTopics,
  'role-star': roleStar,
  practicalities,
  'job-start': jobStart,
};
