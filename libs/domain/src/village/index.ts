export * from './village.events';
export * from './village.state';
export * from './village.commands';
export * from './village.rules';
export * from './village.decider';
