export * from './policy';
export * from './policy-2021';
export * from './policy-2025';
export * from './policy-registry';
export * from './rating-year';
