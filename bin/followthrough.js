#!/usr/bin/env node
// Runs the TypeScript entry point through tsx, so the CLI needs no separate compile step.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/main.ts');
