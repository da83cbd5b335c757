export * from './challenge';
export * from './common';
export * from './config';
export * from './submission';
