/**
 * The content script's block test, derived from the matcher's own trigger table (docs/adr/0007).
 * In Node (tests) this module compiles the dataset to get it; the build replaces the module with
 * the finished pattern (build/content-plugins.ts), so the content script bundles neither the
 * dataset nor the matcher.
 */
import rawDataset from '../../data/dataset.json';
import { triggerPatternOf } from '../matcher/index.ts';
import type { MatcherDataset } from '../shared/dataset-schema.ts';

const { source, flags } = triggerPatternOf(rawDataset as unknown as MatcherDataset);
export const TRIGGER: RegExp = new RegExp(source, flags);
