// The domain's names and value lists without the engine: what a browser bundle needs to label states and events,
// with no XState in it.
export * from './lib/types';
export * from './lib/labels';
export { finnishDate } from './lib/dates';
