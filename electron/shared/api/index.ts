export * from './contract';
export * from './results';
export * from './settings';
export * from './export-request';
export * from './last-view';
