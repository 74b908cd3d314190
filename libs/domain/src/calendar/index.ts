export * from './calendar';
export * from './vietnam-holidays';
export * from './working-day-calendar';
