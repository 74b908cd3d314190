export * from './rejection';
export * from './decider';
export * from './local-date';
export * from './facts';
export * from './command-date';
