export * from './account.vocabulary';
export * from './account.events';
export * from './account.state';
export * from './account.rules';
export * from './account.decider';
