export * from './org-kind';
export * from './org.events';
export * from './org.state';
export * from './org.commands';
export * from './org.rules';
export * from './org.decider';
export * from './org.rating';
export * from './grassroots';
