// The engine's public surface: what dist/core.mjs exports and what every host imports.
export * from './galat';
export type * from './model';
export type * from './tabel/spec';
