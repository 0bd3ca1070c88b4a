/** The restore plan (SPEC §6): built in src/verdict/plan/, one file per concern. */
export { buildPlan } from './plan/index.js';
