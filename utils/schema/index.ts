export * from './challenge';
export * from './common';
export * from './config';
export * from './loop';
export * from './submission';
