export * from './plan.decider';
